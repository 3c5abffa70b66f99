package vn.gov.assistant.channels.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The webhook's gate against a fake Zalo: what is unsigned, forged, replayed, stale or malformed
 * is refused and nothing is sent; what is not text gets the Vietnamese "text only" note; a follow
 * gets the welcome. "Nothing sent" is checked by sending a good event after the bad ones: the
 * citizen's lane is ordered, so once its answer has arrived, anything queued before it would have.
 */
class ZaloWebhookIT {

    private static ZaloFixture zalo;

    @BeforeAll
    static void start() throws IOException {
        zalo = new ZaloFixture();
    }

    @AfterAll
    static void stop() {
        zalo.close();
    }

    @Test
    void unsignedEventIsRejected() throws Exception {
        ZaloFixture.Signed event = zalo.text("gate-unsigned", "làm hộ chiếu cần gì");
        assertThat(zalo.post(new ZaloFixture.Signed(event.body(), null))).isEqualTo(401);
        assertThat(zalo.post(new ZaloFixture.Signed(event.body(), "  "))).isEqualTo(401);
        assertOnlyTheNextGoodEventIsAnswered("gate-unsigned");
    }

    @Test
    void forgedZaloSignatureIsRejected() throws Exception {
        ZaloFixture.Signed event = zalo.text("gate-forged", "làm hộ chiếu cần gì");
        ZaloSignature otherKey = new ZaloSignature(ZaloFixture.APP_ID, "not-the-oa-secret");
        String timestamp = timestampOf(event);
        assertThat(zalo.post(new ZaloFixture.Signed(event.body(), otherKey.sign(event.body(), timestamp))))
                .isEqualTo(401);
        assertThat(zalo.post(new ZaloFixture.Signed(event.body(), "mac=zz-not-hex")))
                .isEqualTo(401);
        assertThat(zalo.post(
                        new ZaloFixture.Signed(event.body(), event.signature().replace("mac=", "sha="))))
                .isEqualTo(401);
        // the body changed after signing, still valid JSON
        byte[] tampered = new String(event.body(), StandardCharsets.UTF_8)
                .replace("hộ chiếu", "hộ tịch")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(zalo.post(new ZaloFixture.Signed(tampered, event.signature())))
                .isEqualTo(401);
        assertOnlyTheNextGoodEventIsAnswered("gate-forged");
    }

    @Test
    void theSameMessageDeliveredTwiceIsAnsweredOnce() throws Exception {
        ZaloFixture.Signed event = zalo.text("gate-replay", "xin chào");
        assertThat(zalo.post(event)).isEqualTo(200);
        assertThat(zalo.post(event)).isEqualTo(200); // acknowledged, so that Zalo stops retrying
        zalo.api.next("gate-replay", ZaloFixture.WAIT);
        assertOnlyTheNextGoodEventIsAnswered("gate-replay", 1);
    }

    @Test
    void aSignedEventOutsideTheReplayWindowIsRejected() throws Exception {
        long old = System.currentTimeMillis() - Duration.ofMinutes(10).toMillis();
        ZaloFixture.Signed stale = zalo.text("gate-stale", "làm hộ chiếu cần gì", "stale-1", old);
        assertThat(zalo.post(stale)).isEqualTo(401);
        assertOnlyTheNextGoodEventIsAnswered("gate-stale");
    }

    @Test
    void malformedEventsAreRejected() throws Exception {
        long now = System.currentTimeMillis();
        for (String body : new String[] {
            "not json at all",
            "[1,2,3]",
            "{\"timestamp\":\"" + now + "\"}",
            "{\"event_name\":\"user_send_text\",\"timestamp\":\"" + now + "\",\"sender\":{\"id\":\"gate-malformed\"}}",
            "{\"event_name\":\"user_send_text\",\"timestamp\":\"yesterday\",\"sender\":{\"id\":\"gate-malformed\"},"
                    + "\"message\":{\"msg_id\":\"x\",\"text\":\"hi\"}}"
        }) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            assertThat(zalo.post(new ZaloFixture.Signed(bytes, zalo.signatureOf(bytes, now))))
                    .as(body)
                    .isEqualTo(400);
        }
        byte[] huge = new byte[ZaloWebhook.MAX_BODY_BYTES + 10];
        assertThat(zalo.post(new ZaloFixture.Signed(huge, zalo.signatureOf(huge, now))))
                .isEqualTo(413);
        assertOnlyTheNextGoodEventIsAnswered("gate-malformed");
    }

    @Test
    void anImageGetsTheTextOnlyReply() throws Exception {
        assertThat(zalo.post(zalo.image("gate-image"))).isEqualTo(200);
        FakeZaloApi.Sent reply = zalo.api.next("gate-image", ZaloFixture.WAIT);
        assertThat(reply.text()).contains("chỉ đọc được tin nhắn dạng chữ");
        assertThat(reply.payloads()).isEmpty();
    }

    @Test
    void aFollowGetsTheWelcome() throws Exception {
        assertThat(zalo.post(zalo.follow("gate-follow"))).isEqualTo(200);
        FakeZaloApi.Sent welcome = zalo.api.next("gate-follow", ZaloFixture.WAIT);
        assertThat(welcome.text()).startsWith("Xin chào! Tôi là trợ lý ảo");
        assertThat(zalo.api.sentTo("gate-follow")).hasSize(1);
    }

    @Test
    void aMessageZaloRefusesIsDroppedAndTheNextOneIsAnswered() throws Exception {
        zalo.api.failNext("gate-refused", -230); // e.g. outside the window in which an OA may answer
        assertThat(zalo.post(zalo.text("gate-refused", "xin chào"))).isEqualTo(200);
        assertOnlyTheNextGoodEventIsAnswered("gate-refused");
    }

    private void assertOnlyTheNextGoodEventIsAnswered(String user) throws Exception {
        assertOnlyTheNextGoodEventIsAnswered(user, 0);
    }

    private void assertOnlyTheNextGoodEventIsAnswered(String user, int before) throws Exception {
        // a greeting is answered with exactly one message
        assertThat(zalo.post(zalo.text(user, "xin chào"))).isEqualTo(200);
        zalo.api.next(user, ZaloFixture.WAIT);
        assertThat(zalo.api.sentTo(user)).hasSize(before + 1);
    }

    private static String timestampOf(ZaloFixture.Signed event) {
        String body = new String(event.body(), StandardCharsets.UTF_8);
        return body.replaceAll(".*\"timestamp\":\"(\\d+)\".*", "$1");
    }
}
