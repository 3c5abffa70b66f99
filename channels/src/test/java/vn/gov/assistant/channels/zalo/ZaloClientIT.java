package vn.gov.assistant.channels.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.message.Option;
import vn.gov.assistant.core.monitoring.ServiceMonitor;

/** The Open API client against a fake Zalo: message formats, the expired-token refresh. */
class ZaloClientIT {

    /** What the client tells whoever watches the service. */
    static final class Watched implements ServiceMonitor {
        final List<String> heard = new CopyOnWriteArrayList<>();

        @Override
        public void sendFailed(String channel) {
            heard.add("send failed on " + channel);
        }

        @Override
        public void tokenRefreshed(String channel, boolean succeeded) {
            heard.add((succeeded ? "refreshed on " : "refresh refused on ") + channel);
        }
    }

    @Test
    void refreshesAndFailedSendsAreReportedAndARefusedRefreshMakesTheTokenUnusable() throws Exception {
        try (ZaloFixture zalo = new ZaloFixture()) {
            Watched monitor = new Watched();
            ZaloClient client = ZaloClient.create(zalo.settings, zalo.tokens, monitor);
            zalo.api.refuse("access-0");
            client.sendText("client-5", "Xin chào");
            assertThat(monitor.heard).containsExactly("refreshed on zalo");
            assertThat(client.tokenUsable()).isTrue();

            zalo.api.refuse("access-1");
            zalo.api.refuseRefreshes();
            assertThatThrownBy(() -> client.sendText("client-5", "Lần hai")).isInstanceOf(ZaloApiException.class);
            assertThat(monitor.heard)
                    .containsExactly("refreshed on zalo", "refresh refused on zalo", "send failed on zalo");
            assertThat(client.tokenUsable()).isFalse();
        }
    }

    @Test
    void anExpiredTokenIsRefreshedTheNewPairStoredFirstAndTheMessageSentOnce() throws Exception {
        try (ZaloFixture zalo = new ZaloFixture()) {
            zalo.api.refuse("access-0");
            ZaloClient client = ZaloClient.create(zalo.settings, zalo.tokens);

            client.sendText("client-1", "Xin chào");

            assertThat(zalo.api.refreshes()).singleElement().satisfies(refresh -> {
                assertThat(refresh.secretKey()).isEqualTo(ZaloFixture.APP_SECRET);
                assertThat(refresh.form())
                        .containsEntry("refresh_token", "refresh-0")
                        .containsEntry("app_id", ZaloFixture.APP_ID)
                        .containsEntry("grant_type", "refresh_token");
            });
            assertThat(zalo.api.attempts()).containsExactly("access-0", "access-1");
            FakeZaloApi.Sent sent = zalo.api.next("client-1", Duration.ofSeconds(1));
            assertThat(sent.accessToken()).isEqualTo("access-1");
            assertThat(sent.text()).isEqualTo("Xin chào");
            // the single-use refresh token was stored before the new access token was used
            assertThat(sent.storedRefreshToken()).isEqualTo("refresh-1");
            assertThat(zalo.tokens.current()).isEqualTo(new ZaloTokens("access-1", "refresh-1"));
            assertThat(zalo.api.sentTo("client-1")).hasSize(1);

            client.sendText("client-1", "Lần hai");
            assertThat(zalo.api.refreshes()).hasSize(1); // the new token is used from then on
        }
    }

    @Test
    void sendsRacingOnAnExpiredTokenRefreshItOnce() throws Exception {
        try (ZaloFixture zalo = new ZaloFixture()) {
            zalo.api.refuse("access-0");
            ZaloClient client = ZaloClient.create(zalo.settings, zalo.tokens);
            List<Thread> senders = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String user = "client-race-" + i;
                senders.add(Thread.ofPlatform().start(() -> client.sendText(user, "Xin chào")));
            }
            for (Thread sender : senders) {
                sender.join(Duration.ofSeconds(10));
            }
            // the refresh token is single-use: a second refresh would have spent the new one
            assertThat(zalo.api.refreshes()).hasSize(1);
            for (int i = 0; i < 4; i++) {
                assertThat(zalo.api.sentTo("client-race-" + i))
                        .singleElement()
                        .extracting(FakeZaloApi.Sent::accessToken)
                        .isEqualTo("access-1");
            }
        }
    }

    @Test
    void aTokenStillRefusedAfterTheRefreshFailsWithoutLooping() throws Exception {
        try (ZaloFixture zalo = new ZaloFixture()) {
            zalo.api.refuse("access-0");
            zalo.api.refuse("access-1");
            ZaloClient client = ZaloClient.create(zalo.settings, zalo.tokens);

            assertThatThrownBy(() -> client.sendText("client-2", "Xin chào"))
                    .isInstanceOf(ZaloApiException.class)
                    .satisfies(e -> assertThat(((ZaloApiException) e).error()).isEqualTo(-216));
            assertThat(zalo.api.refreshes()).hasSize(1);
            assertThat(zalo.api.attempts()).hasSize(2);
        }
    }

    @Test
    void optionsAreSentAsQueryButtonsCarryingTheirValues() throws Exception {
        try (ZaloFixture zalo = new ZaloFixture()) {
            ZaloClient client = ZaloClient.create(zalo.settings, zalo.tokens);

            client.sendButtons(
                    "client-3",
                    "Bạn muốn biết thêm?",
                    List.of(new Option("aspect:fee", "Lệ phí"), new Option("human", "Gặp cán bộ hỗ trợ")));

            FakeZaloApi.Sent sent = zalo.api.next("client-3", Duration.ofSeconds(1));
            assertThat(sent.text()).isEqualTo("Bạn muốn biết thêm?");
            assertThat(sent.payloads()).containsExactly("aspect:fee", "human");
            assertThat(sent.accessToken()).isEqualTo("access-0");
        }
    }
}
