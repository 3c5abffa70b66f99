package vn.gov.assistant.core.conversation;

import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.assistant.core.state.StateUnavailableException;

/**
 * A shared store with a local one behind it: while the shared store (Redis) cannot be reached,
 * conversations carry on in this process, so the bot keeps answering; a conversation started then
 * forgets its context when the shared store returns, which costs a question, not an answer.
 */
public final class FallbackConversationStore implements ConversationStore {

    private static final Logger log = LoggerFactory.getLogger(FallbackConversationStore.class);

    private final ConversationStore shared;
    private final ConversationStore local;
    private volatile boolean degraded;

    public FallbackConversationStore(ConversationStore shared, ConversationStore local) {
        this.shared = Objects.requireNonNull(shared);
        this.local = Objects.requireNonNull(local);
    }

    @Override
    public Optional<ConversationState> load(String conversationId) {
        try {
            Optional<ConversationState> state = shared.load(conversationId);
            recovered();
            return state.isPresent() ? state : local.load(conversationId);
        } catch (StateUnavailableException e) {
            degrade();
            return local.load(conversationId);
        }
    }

    @Override
    public void save(String conversationId, ConversationState state) {
        try {
            shared.save(conversationId, state);
            recovered();
            local.remove(conversationId);
        } catch (StateUnavailableException e) {
            degrade();
            local.save(conversationId, state);
        }
    }

    @Override
    public void remove(String conversationId) {
        local.remove(conversationId);
        try {
            shared.remove(conversationId);
        } catch (StateUnavailableException e) {
            degrade();
        }
    }

    /** True while the last call found the shared store down. */
    public boolean degraded() {
        return degraded;
    }

    private void degrade() {
        if (!degraded) {
            degraded = true;
            log.warn("shared conversation store unavailable: conversations continue in this process");
        }
    }

    private void recovered() {
        if (degraded) {
            degraded = false;
            log.info("shared conversation store available again");
        }
    }
}
