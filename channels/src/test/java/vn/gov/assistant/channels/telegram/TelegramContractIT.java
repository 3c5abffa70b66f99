package vn.gov.assistant.channels.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import vn.gov.assistant.channels.ChannelContract;
import vn.gov.assistant.channels.ChannelDriver;
import vn.gov.assistant.channels.TestEngine;

/**
 * The channel contract over the whole Telegram path: updates come by long polling (the real
 * telegrambots session) from a local Bot API, the real engine answers, and the real telegrambots
 * client sends the reply back to it, where the test reads the text and the inline keyboard.
 */
class TelegramContractIT extends ChannelContract {

    private static final long WAIT_SECONDS = 20;

    private static FakeBotApi api;
    private static TelegramPolling polling;
    private static final Map<String, Long> chats = new ConcurrentHashMap<>();
    private static final AtomicLong nextChat = new AtomicLong(7_000_001);

    @BeforeAll
    static void start() throws Exception {
        api = new FakeBotApi();
        TelegramProperties properties = new TelegramProperties(FakeBotApi.TOKEN, null, null, api.url());
        TelegramAdapter adapter = new TelegramAdapter(
                TestEngine.reception(), new OkHttpTelegramClient(FakeBotApi.TOKEN, properties.telegramUrl()));
        polling = new TelegramPolling(FakeBotApi.TOKEN, properties.telegramUrl(), adapter);
        polling.start();
        assertThat(polling.isRunning()).isTrue();
    }

    @AfterAll
    static void stop() {
        polling.stop();
        api.close();
    }

    private static long chat(String user) {
        return chats.computeIfAbsent(user, u -> nextChat.getAndIncrement());
    }

    @Override
    protected ChannelDriver driver() {
        return new ChannelDriver() {
            @Override
            public Delivered say(String user, String text) throws Exception {
                api.userSays(chat(user), text);
                return delivered(api.nextSent(chat(user), WAIT_SECONDS));
            }

            @Override
            public Delivered press(String user, String optionValue) throws Exception {
                api.userPresses(chat(user), optionValue);
                return delivered(api.nextSent(chat(user), WAIT_SECONDS));
            }
        };
    }

    private static ChannelDriver.Delivered delivered(JsonNode sent) {
        assertThat(sent).as("a message sent back within %d s", WAIT_SECONDS).isNotNull();
        return new ChannelDriver.Delivered(sent.path("text").asText(), callbackData(sent));
    }

    private static List<String> callbackData(JsonNode sent) {
        List<String> values = new ArrayList<>();
        sent.path("reply_markup")
                .path("inline_keyboard")
                .forEach(row -> row.forEach(
                        button -> values.add(button.path("callback_data").asText())));
        return values;
    }

    @Test
    void aPressedButtonIsAnsweredSoItStopsSpinning() throws Exception {
        long chat = chat("telegram-press");
        api.userSays(chat, "đăng ký tạm trú cần giấy tờ gì");
        assertThat(callbackData(api.nextSent(chat, WAIT_SECONDS))).contains("aspect:fee");
        String queryId = api.userPresses(chat, "aspect:fee");
        assertThat(api.callbackAnswer(queryId, WAIT_SECONDS))
                .as("answerCallbackQuery for %s", queryId)
                .isNotNull();
        assertThat(api.nextSent(chat, WAIT_SECONDS).path("text").asText()).contains("7.000 đồng");
    }

    @Test
    void repliesAreSentAsPlainTextWithoutParseMode() throws Exception {
        long chat = chat("telegram-plain");
        api.userSays(chat, "<b>lam ho chieu</b> can gi *gấp*");
        JsonNode sent = api.nextSent(chat, WAIT_SECONDS);
        assertThat(sent).isNotNull();
        assertThat(sent.has("parse_mode")).isFalse();
        assertThat(sent.path("text").asText()).isNotBlank();
    }

    @Test
    void theBotsCommandsStartHelpAndAskForStaff() throws Exception {
        long chat = chat("telegram-commands");
        api.userSays(chat, "/start");
        String welcome = api.nextSent(chat, WAIT_SECONDS).path("text").asText();
        api.userSays(chat, "/help@test_bot");
        String help = api.nextSent(chat, WAIT_SECONDS).path("text").asText();
        api.userSays(chat, "/staff");
        String staff = api.nextSent(chat, WAIT_SECONDS).path("text").asText();
        assertThat(welcome).isNotBlank().isNotEqualTo("/start");
        assertThat(help).contains("trợ lý ảo").doesNotContain("ngoài phạm vi");
        assertThat(staff).contains("cán bộ");
    }

    @Test
    void thePrivacyNoticeReachesATelegramUserOnceWithTheFirstReply() throws Exception {
        long chat = chat("telegram-notice");
        api.userSays(chat, "/start");
        JsonNode first = api.nextSent(chat, WAIT_SECONDS);
        assertThat(first.path("text").asText()).contains(TestEngine.PRIVACY_NOTICE);
        api.userSays(chat, "đăng ký tạm trú cần giấy tờ gì");
        JsonNode answer = api.nextSent(chat, WAIT_SECONDS);
        assertThat(answer.path("text").asText()).contains("CT01").doesNotContain(TestEngine.PRIVACY_NOTICE);
        assertThat(api.nextSent(chat, 1)).as("the answer is one message").isNull();

        // a first message that is a question: the answer, then the notice, in the same message
        long other = chat("telegram-notice-question");
        api.userSays(other, "đăng ký tạm trú cần giấy tờ gì");
        String text = api.nextSent(other, WAIT_SECONDS).path("text").asText();
        assertThat(text).contains("CT01", TestEngine.PRIVACY_NOTICE);
        assertThat(text.indexOf("CT01")).isLessThan(text.indexOf(TestEngine.PRIVACY_NOTICE));
        assertThat(api.nextSent(other, 1)).isNull();
    }
}
