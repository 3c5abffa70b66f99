package vn.gov.assistant.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.state.Deduplication;

/** What every {@link Deduplication} does: the first sight of a key counts, repeats do not. */
public abstract class DeduplicationContract {

    protected abstract Deduplication deduplication();

    private final String key = "update-" + UUID.randomUUID();

    @Test
    void aKeyIsFirstSeenOnce() {
        Deduplication dedup = deduplication();
        assertThat(dedup.firstSeen(key, Duration.ofMinutes(1))).isTrue();
        assertThat(dedup.firstSeen(key, Duration.ofMinutes(1))).isFalse();
        assertThat(dedup.firstSeen(key, Duration.ofMinutes(1))).isFalse();

        assertThat(dedup.firstSeen(key + "-other", Duration.ofMinutes(1))).isTrue();
    }

    @Test
    void aKeyIsForgottenAfterItsTimeToLive() {
        Deduplication dedup = deduplication();
        assertThat(dedup.firstSeen(key, Duration.ofMillis(400))).isTrue();
        assertThat(dedup.firstSeen(key, Duration.ofMillis(400))).isFalse();

        Eventually.pause(Duration.ofMillis(700));

        assertThat(dedup.firstSeen(key, Duration.ofMillis(400))).isTrue();
    }

    @Test
    void concurrentDeliveriesAreActedOnOnce() throws Exception {
        Deduplication dedup = deduplication();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return dedup.firstSeen(key, Duration.ofMinutes(1));
                }));
            }
            start.countDown();
            int firsts = 0;
            for (Future<Boolean> result : results) {
                firsts += result.get() ? 1 : 0;
            }
            assertThat(firsts).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aForgottenKeyCountsAsFirstAgain() {
        Deduplication dedup = deduplication();
        assertThat(dedup.firstSeen(key, Duration.ofMinutes(1))).isTrue();
        dedup.forget(key);
        assertThat(dedup.firstSeen(key, Duration.ofMinutes(1))).isTrue();
        assertThat(dedup.firstSeen(key, Duration.ofMinutes(1))).isFalse();
        dedup.forget(key + "-never-seen");
    }
}
