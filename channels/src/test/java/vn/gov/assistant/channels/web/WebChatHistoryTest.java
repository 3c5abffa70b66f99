package vn.gov.assistant.channels.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class WebChatHistoryTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-30T08:00:00Z"));
    private final java.time.Clock clock = new java.time.Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    private static WebChatHistory.Entry line(int i) {
        return new WebChatHistory.Entry("citizen", Map.of("type", "text", "text", "câu " + i));
    }

    @Test
    void keepsTheLatestLinesOfEachSessionInOrder() {
        WebChatHistory history = new WebChatHistory(10, 3, Duration.ofMinutes(30), clock);
        for (int i = 1; i <= 5; i++) {
            history.add("s1", line(i));
        }
        assertThat(history.of("s1")).containsExactly(line(3), line(4), line(5));
        assertThat(history.of("unknown")).isEmpty();
    }

    @Test
    void forgetsQuietSessionsAndTheLeastRecentlyUsedBeyondCapacity() {
        WebChatHistory history = new WebChatHistory(2, 10, Duration.ofMinutes(30), clock);
        history.add("a", line(1));
        history.add("b", line(1));
        history.of("a");
        history.add("c", line(1));
        assertThat(history.of("b")).isEmpty();
        assertThat(history.of("a")).containsExactly(line(1));
        now.set(now.get().plus(Duration.ofMinutes(31)));
        assertThat(history.of("a")).isEmpty();
        history.add("a", line(2));
        assertThat(history.of("a")).containsExactly(line(2));
    }

    @Test
    void quietSessionsAreDroppedOnceExpiredWithoutBeingAskedFor() {
        WebChatHistory history = new WebChatHistory(100_000, 10, Duration.ofMinutes(30), clock);
        for (int i = 0; i < 50; i++) {
            history.add("old-" + i, line(i));
        }
        now.set(now.get().plus(Duration.ofMinutes(20)));
        history.add("recent", line(1));
        assertThat(history.sessions()).isEqualTo(51);

        now.set(now.get().plus(Duration.ofMinutes(11)));
        history.add("new", line(1));
        assertThat(history.sessions())
                .as("the 50 quiet for 31 minutes are gone")
                .isEqualTo(2);
        assertThat(history.of("recent")).containsExactly(line(1));
    }
}
