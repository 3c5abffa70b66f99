package vn.gov.assistant.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.app.handoff.SharedStateConfiguration.RedisHolder;
import vn.gov.assistant.core.privacy.Pseudonyms;

/** Which key the audit's pseudonyms use (the Redis case is in shared-state's RedisSharedSecretTest). */
class PseudonymKeyTest {

    private final PrivacyConfiguration configuration = new PrivacyConfiguration();
    private final RedisHolder noRedis = new RedisHolder(null);

    @Test
    void aConfiguredKeyIsUsedOnEveryInstanceAndAShortOneIsRefusedWithoutBeingRepeated() {
        String key = "  a-key-set-by-the-deployment-42  ";
        assertThat(configuration.pseudonyms(key, noRedis).of("telegram-123"))
                .isEqualTo(Pseudonyms.withKey(key.strip().getBytes(StandardCharsets.UTF_8))
                        .of("telegram-123"));
        assertThatThrownBy(() -> configuration.pseudonyms("short-secret", noRedis))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("assistant.privacy.pseudonym-key")
                .hasMessageNotContaining("short-secret");
    }

    @Test
    void withoutAKeyOrRedisEachProcessHasItsOwn() {
        Pseudonyms one = configuration.pseudonyms("", noRedis);
        assertThat(one.of("web-abc")).isEqualTo(one.of("web-abc"));
        assertThat(configuration.pseudonyms(" ", noRedis).of("web-abc")).isNotEqualTo(one.of("web-abc"));
    }
}
