package vn.gov.assistant.redis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

class RedisSharedSecretTest {

    private final TestStates states = new TestStates();

    @AfterEach
    void cleanUp() {
        states.close();
    }

    @Test
    void theFirstInstanceGeneratesTheSecretEveryInstanceGetsItAndItNeverExpires() {
        byte[] secret = states.first().sharedSecret("privacy-pseudonym");
        assertThat(secret).hasSize(32);
        assertThat(states.second().sharedSecret("privacy-pseudonym")).isEqualTo(secret);
        assertThat(states.first().sharedSecret("privacy-pseudonym")).isEqualTo(secret);
        assertThat(states.first().sharedSecret("another")).hasSize(32).isNotEqualTo(secret);

        String key = states.first().redis().key("secret", "privacy-pseudonym");
        try (RedisClient c = RedisClient.create(TestRedis.url())) {
            assertThat(c.ttl(key)).isEqualTo(-1);
        }
    }
}
