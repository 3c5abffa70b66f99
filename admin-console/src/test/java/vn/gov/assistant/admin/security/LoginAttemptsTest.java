package vn.gov.assistant.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginAttemptsTest {

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-07-20T08:00:00Z");

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

    private final TestClock clock = new TestClock();
    private final LoginAttempts attempts = new LoginAttempts(5, Duration.ofMinutes(15), 100, clock);

    @Test
    void theFifthFailureLocksForFifteenMinutes() {
        for (int i = 1; i <= 4; i++) {
            assertThat(attempts.failed("lan")).isFalse();
            assertThat(attempts.locked("lan")).isFalse();
        }
        assertThat(attempts.failed("lan")).as("the fifth failure locks").isTrue();
        assertThat(attempts.locked("lan")).isTrue();
        assertThat(attempts.locked("LAN ")).as("the same login in another case").isTrue();
        assertThat(attempts.locked("minh")).isFalse();

        clock.now = clock.now.plus(Duration.ofMinutes(14));
        assertThat(attempts.locked("lan")).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertThat(attempts.locked("lan")).as("unlocked after 15 minutes").isFalse();
        assertThat(attempts.failed("lan")).as("and counting from zero again").isFalse();
    }

    @Test
    void aSuccessClearsTheCount() {
        for (int i = 0; i < 4; i++) {
            attempts.failed("lan");
        }
        attempts.succeeded("lan");
        for (int i = 0; i < 4; i++) {
            attempts.failed("lan");
        }
        assertThat(attempts.locked("lan")).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanTheLockoutAreForgotten() {
        for (int i = 0; i < 4; i++) {
            attempts.failed("lan");
        }
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        attempts.failed("lan");
        assertThat(attempts.locked("lan")).isFalse();
    }

    @Test
    void theMemoryIsBounded() {
        for (int i = 0; i < 1_000; i++) {
            attempts.failed("guess" + i);
        }
        assertThat(attempts.size()).isEqualTo(100);
    }
}
