package vn.gov.assistant.channels.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.TelegramUrl;

class TelegramPropertiesTest {

    @Test
    void theTokenAndSecretNeverShowInToString() {
        TelegramProperties properties = new TelegramProperties(
                "123:ABC",
                TelegramProperties.Mode.WEBHOOK,
                "a-long-enough-secret",
                URI.create("https://api.telegram.org"));
        assertThat(properties.toString()).doesNotContain("123:ABC").doesNotContain("a-long-enough-secret");
    }

    @Test
    void theApiAddressBecomesSchemeHostAndPort() {
        TelegramUrl url = new TelegramProperties("t", null, null, null).telegramUrl();
        assertThat(url.getSchema()).isEqualTo("https");
        assertThat(url.getHost()).isEqualTo("api.telegram.org");
        assertThat(url.getPort()).isEqualTo(443);
        TelegramUrl local = new TelegramProperties("t", null, null, URI.create("http://127.0.0.1:8081")).telegramUrl();
        assertThat(local.getPort()).isEqualTo(8081);
        assertThat(local.getSchema()).isEqualTo("http");
    }

    @Test
    void anEmptyTokenMeansOff() {
        assertThat(new TelegramProperties(" ", null, null, null).enabled()).isFalse();
        assertThat(new TelegramProperties("123:ABC", null, null, null).enabled())
                .isTrue();
    }

    @Test
    void webhookModeNeedsAStrongSecretAndTheAddressNoPath() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TelegramProperties("123:ABC", TelegramProperties.Mode.WEBHOOK, "short", null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TelegramProperties("123:ABC", null, null, URI.create("https://example.org/bot")));
    }
}
