package vn.gov.assistant.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.contract.AnalyticsStoreContract;

class InMemoryAnalyticsStoreTest extends AnalyticsStoreContract {

    private InMemoryAnalyticsStore last;

    @Override
    protected AnalyticsStore store(Duration retention) {
        last = new InMemoryAnalyticsStore(retention, Clock.systemUTC());
        return last;
    }

    @Override
    protected AnalyticsStore otherInstance(Duration retention) {
        return last;
    }

    @Test
    void aDayIsDroppedOnceItsRetentionHasPassed() {
        // 2026-12-01 10:00 in the city
        TestClock clock = new TestClock(Instant.parse("2026-12-01T03:00:00Z"));
        InMemoryAnalyticsStore store = new InMemoryAnalyticsStore(Duration.ofDays(3), clock);
        LocalDate day = LocalDate.parse("2026-12-01");
        store.add(day, "web", Map.of("messages", 4L));
        store.mark(day, "k", 0, 1);

        // the day ends at 2026-12-02 00:00 +07:00; kept 3 days after that
        clock.set(Instant.parse("2026-12-04T16:59:59Z"));
        assertThat(store.read(day, day.plusDays(1))).hasSize(1);
        assertThat(store.mark(day, "k", 0, 0))
                .as("marks: two days after the day")
                .isZero();

        clock.set(Instant.parse("2026-12-04T17:00:00Z"));
        assertThat(store.read(day, day.plusDays(1))).isEmpty();
        store.add(day, "web", Map.of("messages", 1L));
        assertThat(store.read(day, day.plusDays(1)))
                .as("nothing added once gone")
                .isEmpty();
    }
}
