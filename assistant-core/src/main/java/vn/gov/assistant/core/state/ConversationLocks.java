package vn.gov.assistant.core.state;

import java.time.Duration;

/**
 * One lock per conversation, so that its turns are handled one at a time and in order even when
 * two messages of the same citizen reach two instances. A lock is held for at most its lease: an
 * instance that dies holding one does not block the conversation for longer than that.
 */
public interface ConversationLocks {

    /**
     * Waits up to {@code wait} for the conversation's lock and returns it, held for at most
     * {@code lease}; empty when another turn still holds it after {@code wait}.
     */
    java.util.Optional<Lease> acquire(String conversationId, Duration wait, Duration lease);

    /** A held lock; closing it releases it unless its lease ran out and another holder took it. */
    interface Lease extends AutoCloseable {
        @Override
        void close();
    }
}
