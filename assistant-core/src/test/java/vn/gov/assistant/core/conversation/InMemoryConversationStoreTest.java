package vn.gov.assistant.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.knowledge.search.Aspect;

class InMemoryConversationStoreTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-30T08:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void statesAreForgottenAfterTheirTimeToLive() {
        InMemoryConversationStore store = new InMemoryConversationStore(10, Duration.ofMinutes(30), clock);
        store.save("a", ConversationState.fresh(now.get()).answered("1.004194", Aspect.FEE, now.get()));
        now.set(now.get().plus(Duration.ofMinutes(29)));
        assertThat(store.load("a")).map(ConversationState::procedure).contains("1.004194");
        now.set(now.get().plus(Duration.ofMinutes(2)));
        assertThat(store.load("a")).isEmpty();
        assertThat(store.size()).isZero();
    }

    @Test
    void theLeastRecentlyUsedGoFirstBeyondCapacity() {
        InMemoryConversationStore store = new InMemoryConversationStore(2, Duration.ofHours(1), clock);
        store.save("a", ConversationState.fresh(now.get()));
        store.save("b", ConversationState.fresh(now.get()));
        store.load("a");
        store.save("c", ConversationState.fresh(now.get()));
        assertThat(store.load("a")).isPresent();
        assertThat(store.load("b")).isEmpty();
        assertThat(store.load("c")).isPresent();
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> new InMemoryConversationStore(0, Duration.ofHours(1), clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InMemoryConversationStore(1, Duration.ZERO, clock))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
