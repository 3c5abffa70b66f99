package vn.gov.assistant.channels.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import vn.gov.assistant.channels.TestEngine;

/**
 * The webhook endpoint: only an update carrying our secret token is handled (its reply reaches the
 * local Bot API through the real client); a forged or missing token and malformed JSON are
 * refused, and nothing is sent for them.
 */
class TelegramWebhookIT {

    private static final String SECRET = "s3cret-Token_for-the-webhook-test";

    private static FakeBotApi api;
    private static TelegramWebhookController webhook;

    @BeforeAll
    static void start() throws Exception {
        api = new FakeBotApi();
        TelegramProperties properties =
                new TelegramProperties(FakeBotApi.TOKEN, TelegramProperties.Mode.WEBHOOK, SECRET, api.url());
        TelegramAdapter adapter = new TelegramAdapter(
                TestEngine.reception(), new OkHttpTelegramClient(FakeBotApi.TOKEN, properties.telegramUrl()));
        webhook = new TelegramWebhookController(adapter, properties, TestEngine.state());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static byte[] update(int id, long chat, String chatType, String text) {
        return FakeBotApi.messageUpdateJson(id, chat, chatType, text).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anUpdateWithTheSecretIsAnswered() throws Exception {
        var response = webhook.receive(SECRET, update(1, 8_000_001, "private", "đăng ký tạm trú cần giấy tờ gì"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.nextSent(8_000_001, 5).path("text").asText()).contains("1.004194");
    }

    @Test
    void forgedOrMissingSecretIsRejectedAndNothingSent() throws Exception {
        int before = api.sentCount();
        var forged = webhook.receive(SECRET + "x", update(2, 8_000_002, "private", "làm hộ chiếu cần gì"));
        var prefix = webhook.receive(SECRET.substring(0, 10), update(3, 8_000_002, "private", "làm hộ chiếu"));
        var missing = webhook.receive(null, update(4, 8_000_002, "private", "làm hộ chiếu cần gì"));
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(prefix.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.nextSent(8_000_002, 1)).isNull();
        assertThat(api.sentCount()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        int before = api.sentCount();
        assertThat(webhook.receive(SECRET, "{\"update_id\": 5, \"message\": {".getBytes(StandardCharsets.UTF_8))
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(webhook.receive(SECRET, null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.sentCount()).isEqualTo(before);
    }

    @Test
    void groupChatsAreNotServed() throws Exception {
        var response = webhook.receive(SECRET, update(6, -8_000_003, "group", "làm hộ chiếu cần gì"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.nextSent(-8_000_003, 1)).isNull();
    }
}
