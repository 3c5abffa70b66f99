package vn.gov.assistant.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.analytics.AnalyticsStore;
import vn.gov.assistant.core.analytics.DayCounts;

/**
 * What every {@link AnalyticsStore} does: marks changed atomically (each change sees the one
 * before), counters and waits added per day and channel and read back by period, one salt per day
 * on every instance, nothing kept for days past the retention.
 */
public abstract class AnalyticsStoreContract {

    /** A store keeping days {@code retention} long; a new one each call may be another instance. */
    protected abstract AnalyticsStore store(Duration retention);

    /** Another instance over the same state as {@link #store}'s last (the same object in memory). */
    protected abstract AnalyticsStore otherInstance(Duration retention);

    /** Days near today: stores keep days by the real clock. */
    private final LocalDate today = LocalDate.now(AnalyticsStore.ZONE);

    private final String conversation = "k-" + UUID.randomUUID();

    @Test
    void marksAreClearedThenSetAndTheMarksBeforeComeBack() {
        AnalyticsStore store = store(AnalyticsStore.DEFAULT_RETENTION);

        assertThat(store.mark(today, conversation, 0, 0b00001)).isZero();
        assertThat(store.mark(today, conversation, 0, 0b00100)).isEqualTo(0b00001);
        assertThat(store.mark(today, conversation, 0b00001, 0b10000)).isEqualTo(0b00101);
        assertThat(store.mark(today, conversation, 0b11100000, 3 << 5)).isEqualTo(0b10100);
        assertThat(store.mark(today, conversation, 0b11100000, 5 << 5)).isEqualTo(0b10100 | 3 << 5);
        assertThat(store.mark(today, conversation, 0, 0)).isEqualTo(0b10100 | 5 << 5);

        assertThat(store.mark(today, conversation + "-other", 0, 0))
                .as("another conversation")
                .isZero();
        assertThat(store.mark(today.minusDays(1), conversation, 0, 0))
                .as("the same conversation another day")
                .isZero();
        assertThat(otherInstance(AnalyticsStore.DEFAULT_RETENTION).mark(today, conversation, 0, 0))
                .as("seen from another instance")
                .isEqualTo(0b10100 | 5 << 5);
    }

    @Test
    void simultaneousMarksEachSeeTheOneBefore() throws Exception {
        AnalyticsStore store = store(AnalyticsStore.DEFAULT_RETENTION);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            int bit = 1 << (i % 8);
            calls.add(() -> store.mark(today, conversation, 0, bit));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Integer> before = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                before.add(f.get());
            }
            // each bit was set twice: exactly one of the two setters saw it unset
            for (int b = 0; b < 8; b++) {
                int bit = 1 << b;
                long sawUnset = 0;
                for (int i = 0; i < calls.size(); i++) {
                    if ((1 << (i % 8)) == bit && (before.get(i) & bit) == 0) {
                        sawUnset++;
                    }
                }
                assertThat(sawUnset)
                        .as("setters of bit %d that saw it unset", b)
                        .isEqualTo(1);
            }
            assertThat(before).as("the first change saw nothing").contains(0);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.mark(today, conversation, 0, 0)).isEqualTo(0xFF);
    }

    @Test
    void countersAddUpPerDayAndChannelAndAreReadByPeriod() {
        AnalyticsStore store = store(AnalyticsStore.DEFAULT_RETENTION);
        LocalDate yesterday = today.minusDays(1);
        LocalDate before = today.minusDays(2);
        store.add(yesterday, "web", Map.of("messages", 3L, "procedure:1.004194", 2L));
        store.add(yesterday, "web", Map.of("messages", 2L, "rating:5", 1L));
        store.add(yesterday, "web", Map.of("rating:5", -1L, "rating:4", 1L));
        store.add(yesterday, "telegram", Map.of("messages", 1L));
        store.add(before, "web", Map.of("messages", 7L));
        store.add(today, "zalo", Map.of("messages", 11L));
        store.add(today, "zalo", Map.of());

        assertThat(store.read(yesterday, today))
                .as("the period ends before 'to'; counters adding up to zero are left out")
                .containsExactly(
                        new DayCounts(yesterday, "telegram", Map.of("messages", 1L), List.of()),
                        new DayCounts(
                                yesterday,
                                "web",
                                Map.of("messages", 5L, "procedure:1.004194", 2L, "rating:4", 1L),
                                List.of()));
        assertThat(otherInstance(AnalyticsStore.DEFAULT_RETENTION).read(before, today.plusDays(1)))
                .extracting(d -> d.day() + " " + d.channel() + " " + d.count("messages"))
                .containsExactly(
                        before + " web 7", yesterday + " telegram 1", yesterday + " web 5", today + " zalo 11");
        assertThat(store.read(today.plusDays(1), today.plusDays(5))).isEmpty();
    }

    @Test
    void waitsAreKeptWithTheirDayAndChannelInOrder() {
        AnalyticsStore store = store(AnalyticsStore.DEFAULT_RETENTION);
        store.addWait(today, "web", Duration.ofSeconds(95));
        store.addWait(today, "web", Duration.ofMillis(30_500));
        store.addWait(today, "zalo", Duration.ZERO);

        assertThat(store.read(today, today.plusDays(1)))
                .containsExactly(
                        new DayCounts(
                                today, "web", Map.of(), List.of(Duration.ofSeconds(95), Duration.ofMillis(30_500))),
                        new DayCounts(today, "zalo", Map.of(), List.of(Duration.ZERO)));
    }

    @Test
    void simultaneousAddsAreAllCounted() throws Exception {
        AnalyticsStore store = store(AnalyticsStore.DEFAULT_RETENTION);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                calls.add(() -> {
                    store.add(today, "web", Map.of("messages", 1L, "questions", 2L));
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(calls)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        DayCounts day = store.read(today, today.plusDays(1)).getFirst();
        assertThat(day.count("messages")).isEqualTo(200);
        assertThat(day.count("questions")).isEqualTo(400);
    }

    @Test
    void oneRandomSaltPerDayOnEveryInstance() {
        AnalyticsStore store = store(AnalyticsStore.DEFAULT_RETENTION);
        byte[] salt = store.salt(today);

        assertThat(salt).hasSize(32);
        assertThat(store.salt(today)).isEqualTo(salt);
        assertThat(otherInstance(AnalyticsStore.DEFAULT_RETENTION).salt(today)).isEqualTo(salt);
        assertThat(store.salt(today.minusDays(1))).hasSize(32).isNotEqualTo(salt);
    }

    @Test
    void daysPastTheRetentionAreNotKept() {
        AnalyticsStore store = store(Duration.ofDays(10));
        LocalDate kept = today.minusDays(9);
        LocalDate gone = today.minusDays(11);
        store.add(kept, "web", Map.of("messages", 1L));
        store.addWait(kept, "web", Duration.ofSeconds(5));
        store.add(gone, "web", Map.of("messages", 1L));
        store.addWait(gone, "web", Duration.ofSeconds(5));

        assertThat(store.read(today.minusDays(20), today.plusDays(1)))
                .extracting(DayCounts::day)
                .containsExactly(kept);
    }

    @Test
    void marksAreKeptOnlyTwoDaysAfterTheirDay() {
        AnalyticsStore store = store(AnalyticsStore.DEFAULT_RETENTION);
        LocalDate recent = today.minusDays(AnalyticsStore.MARKS_KEPT_DAYS);
        LocalDate old = today.minusDays(AnalyticsStore.MARKS_KEPT_DAYS + 1);
        store.mark(recent, conversation, 0, 1);
        store.mark(old, conversation, 0, 1);

        assertThat(store.mark(recent, conversation, 0, 0)).isEqualTo(1);
        assertThat(store.mark(old, conversation, 0, 0)).isZero();
    }
}
