package vn.gov.assistant.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PseudonymsTest {

    private static final byte[] KEY = "a-deployment-secret-of-32-bytes!".getBytes(StandardCharsets.UTF_8);

    @Test
    void theSameKeyGivesTheSamePseudonymOnEveryInstanceAndAnotherKeyAnother() {
        String one = Pseudonyms.withKey(KEY).of("telegram-123456789");
        assertThat(Pseudonyms.withKey(KEY.clone()).of("telegram-123456789")).isEqualTo(one);
        assertThat(one).matches("telegram#[0-9a-f]{16}");
        assertThat(Pseudonyms.withKey(KEY).of("telegram-123456780")).isNotEqualTo(one);
        assertThat(Pseudonyms.ofThisProcess().of("telegram-123456789")).isNotEqualTo(one);
    }

    @Test
    void aTelegramChatIdCannotBeFoundByHashingNumbersWithoutTheKey() throws Exception {
        String id = "telegram-123456789";
        String unkeyed = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)))
                .substring(0, 16);
        assertThat(Pseudonyms.withKey(KEY).of(id)).isNotEqualTo("telegram#" + unkeyed);
    }

    @Test
    void theKeyIsAskedForOnceAtTheFirstPseudonymAndAShortKeyIsRefused() {
        AtomicInteger asked = new AtomicInteger();
        Pseudonyms lazy = new Pseudonyms(() -> {
            asked.incrementAndGet();
            return KEY;
        });
        assertThat(asked).hasValue(0);
        lazy.of("web-a");
        lazy.of("zalo-b");
        assertThat(asked).hasValue(1);
        assertThat(lazy.of("web-a")).isEqualTo(Pseudonyms.withKey(KEY).of("web-a"));

        assertThatThrownBy(() -> Pseudonyms.withKey(new byte[8])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Pseudonyms(() -> new byte[8]).of("web-a"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
