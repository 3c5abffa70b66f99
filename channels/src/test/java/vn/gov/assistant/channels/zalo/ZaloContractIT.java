package vn.gov.assistant.channels.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.channels.ChannelContract;
import vn.gov.assistant.channels.ChannelDriver;
import vn.gov.assistant.channels.TestEngine;
import vn.gov.assistant.core.message.Option;

/**
 * The shared channel contract over Zalo: each citizen message is a signed webhook event posted to
 * the controller; the answer is what the fake Open API received (text, and query-button payloads
 * as option values). Numbered options (more than Zalo's buttons) are pressed by typing the number.
 */
class ZaloContractIT extends ChannelContract {

    /** A reply is complete when no further message follows within this. */
    private static final Duration QUIET = Duration.ofMillis(300);

    private static ZaloFixture zalo;

    @BeforeAll
    static void start() throws IOException {
        zalo = new ZaloFixture();
    }

    @AfterAll
    static void stop() {
        zalo.close();
    }

    private final ChannelDriver driver = new ChannelDriver() {

        private final Map<String, Delivered> last = new ConcurrentHashMap<>();

        @Override
        public Delivered say(String user, String text) throws Exception {
            assertThat(zalo.post(zalo.text(user, text))).isEqualTo(200);
            List<FakeZaloApi.Sent> messages = zalo.api.reply(user, ZaloFixture.WAIT, QUIET);
            List<String> buttons = messages.getLast().payloads();
            List<String> values = buttons.isEmpty()
                    ? zalo.adapter.lastOptions(user).stream().map(Option::value).toList()
                    : buttons;
            String shown = String.join(
                    "\n\n", messages.stream().map(FakeZaloApi.Sent::text).toList());
            Delivered delivered = new Delivered(shown, values);
            last.put(user, delivered);
            return delivered;
        }

        @Override
        public Delivered press(String user, String optionValue) throws Exception {
            Delivered previous = last.get(user);
            assertThat(previous).as("a reply to press on").isNotNull();
            assertThat(previous.optionValues()).contains(optionValue);
            List<String> buttons = zalo.api.sentTo(user).getLast().payloads();
            // a query button sends its payload as text; numbered lines are answered with the number
            String typed = buttons.isEmpty()
                    ? Integer.toString(previous.optionValues().indexOf(optionValue) + 1)
                    : optionValue;
            return say(user, typed);
        }
    };

    @Override
    protected ChannelDriver driver() {
        return driver;
    }

    @Test
    void thePrivacyNoticeReachesAZaloUserOnceWithTheFirstReply() throws Exception {
        String first =
                driver.say("zalo-notice", "đăng ký tạm trú cần giấy tờ gì").text();
        assertThat(first).contains("CT01", TestEngine.PRIVACY_NOTICE);
        assertThat(first.indexOf(TestEngine.PRIVACY_NOTICE))
                .as("once")
                .isEqualTo(first.lastIndexOf(TestEngine.PRIVACY_NOTICE));
        assertThat(driver.say("zalo-notice", "còn lệ phí?").text())
                .contains("7.000 đồng")
                .doesNotContain(TestEngine.PRIVACY_NOTICE);
    }
}
