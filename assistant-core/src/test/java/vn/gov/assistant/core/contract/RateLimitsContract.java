package vn.gov.assistant.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.state.RateLimits;

/** What every {@link RateLimits} does: a burst, then refusals, then tokens again over time. */
public abstract class RateLimitsContract {

    protected abstract RateLimits rateLimits();

    private final String key = "key-" + UUID.randomUUID();

    @Test
    void aBurstIsAllowedThenRefusedThenRefilled() {
        RateLimits limits = rateLimits();
        for (int i = 0; i < 3; i++) {
            assertThat(limits.tryAcquire(key, 2, 3))
                    .as("token %d of the burst", i)
                    .isTrue();
        }
        assertThat(limits.tryAcquire(key, 2, 3)).isFalse();

        // two tokens a second: one is back after half a second
        Eventually.pause(Duration.ofMillis(650));
        assertThat(limits.tryAcquire(key, 2, 3)).isTrue();
        assertThat(limits.tryAcquire(key, 2, 3)).isFalse();
    }

    @Test
    void aRefillNeverExceedsTheBurst() {
        RateLimits limits = rateLimits();
        assertThat(limits.tryAcquire(key, 20, 2)).isTrue();
        Eventually.pause(Duration.ofMillis(400)); // eight tokens' worth of time

        assertThat(limits.tryAcquire(key, 20, 2)).isTrue();
        assertThat(limits.tryAcquire(key, 20, 2)).isTrue();
        assertThat(limits.tryAcquire(key, 20, 2)).isFalse();
    }

    @Test
    void keysHaveTheirOwnBuckets() {
        RateLimits limits = rateLimits();
        assertThat(limits.tryAcquire(key, 1, 1)).isTrue();
        assertThat(limits.tryAcquire(key, 1, 1)).isFalse();

        assertThat(limits.tryAcquire(key + "-other", 1, 1)).isTrue();
    }
}
