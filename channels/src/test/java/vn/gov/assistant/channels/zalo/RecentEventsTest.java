package vn.gov.assistant.channels.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RecentEventsTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-30T05:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();

    @Test
    void anEventIsTakenOnceWithinTheTimeToLive() {
        RecentEvents recent = new RecentEvents(10, Duration.ofMinutes(10), clock);
        assertThat(recent.firstSeen("msg:a")).isTrue();
        assertThat(recent.firstSeen("msg:a")).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(11));
        assertThat(recent.firstSeen("msg:a")).isTrue();
    }

    @Test
    void memoryIsBoundedByTheCapacity() {
        RecentEvents recent = new RecentEvents(3, Duration.ofHours(1), clock);
        for (int i = 0; i < 100; i++) {
            recent.firstSeen("msg:" + i);
        }
        assertThat(recent.size()).isEqualTo(3);
        assertThat(recent.firstSeen("msg:99")).isFalse();
        assertThat(recent.firstSeen("msg:0")).isTrue();
    }

    @Test
    void aForgottenEventIsTakenAgain() {
        RecentEvents recent = new RecentEvents(10, Duration.ofHours(1), clock);
        recent.firstSeen("msg:busy");
        recent.forget("msg:busy");
        assertThat(recent.firstSeen("msg:busy")).isTrue();
    }
}
