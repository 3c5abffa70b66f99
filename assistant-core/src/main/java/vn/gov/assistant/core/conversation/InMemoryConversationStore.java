package vn.gov.assistant.core.conversation;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Conversation states in this process: bounded (the least recently used go first) and forgotten
 * after a time without a message, so that neither memory nor personal context outlives its use.
 */
public final class InMemoryConversationStore implements ConversationStore {

    private final int capacity;
    private final Duration ttl;
    private final Clock clock;
    private final LinkedHashMap<String, ConversationState> states;

    public InMemoryConversationStore(int capacity, Duration ttl, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive");
        }
        this.capacity = capacity;
        this.ttl = ttl;
        this.clock = Objects.requireNonNull(clock);
        this.states = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ConversationState> eldest) {
                return size() > InMemoryConversationStore.this.capacity;
            }
        };
    }

    @Override
    public synchronized Optional<ConversationState> load(String conversationId) {
        ConversationState state = states.get(conversationId);
        if (state == null) {
            return Optional.empty();
        }
        if (state.updated().plus(ttl).isBefore(clock.instant())) {
            states.remove(conversationId);
            return Optional.empty();
        }
        return Optional.of(state);
    }

    @Override
    public synchronized void save(String conversationId, ConversationState state) {
        states.put(Objects.requireNonNull(conversationId), Objects.requireNonNull(state));
    }

    @Override
    public synchronized void remove(String conversationId) {
        states.remove(conversationId);
    }

    public synchronized int size() {
        return states.size();
    }
}
