package vn.gov.assistant.channels.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import vn.gov.assistant.channels.TestEngine;

/** Long polling survives a Bot API that cannot be reached at start-up, and stops cleanly. */
class TelegramPollingIT {

    @Test
    void pollingStartsOnceTheBotApiAnswersAndStopsCleanly() throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            api.unavailableFor(2);
            TelegramProperties properties = new TelegramProperties(FakeBotApi.TOKEN, null, null, api.url());
            TelegramAdapter adapter = new TelegramAdapter(
                    TestEngine.reception(), new OkHttpTelegramClient(FakeBotApi.TOKEN, properties.telegramUrl()));
            TelegramPolling polling =
                    new TelegramPolling(FakeBotApi.TOKEN, properties.telegramUrl(), adapter, Duration.ofMillis(100));
            polling.start();
            assertThat(polling.isRunning()).isTrue();

            api.userSays(9_000_001, "làm hộ chiếu cần gì");
            assertThat(api.nextSent(9_000_001, 20))
                    .as("answered once Telegram is reachable")
                    .isNotNull();
            assertThat(polling.polling()).isTrue();

            polling.stop();
            assertThat(polling.isRunning()).isFalse();
            assertThat(polling.polling()).isFalse();
            api.userSays(9_000_001, "còn lệ phí?");
            assertThat(api.nextSent(9_000_001, 1))
                    .as("nothing handled after stop")
                    .isNull();
        }
    }
}
