package vn.gov.assistant.core.handoff;

import java.util.List;

/**
 * Lines for citizens that did not come from their own turn (staff replies, queue updates): a
 * durable copy per conversation, so that a reconnecting browser reloads them, and a broadcast to
 * every instance, so that the one holding the citizen's WebSocket pushes them at once.
 */
public interface CitizenMailbox {

    /**
     * Keeps the line and broadcasts it; false, and nothing is broadcast, when a line of that id
     * was already posted to the conversation.
     */
    boolean post(String conversationId, TranscriptLine line);

    /** The lines posted to a conversation, oldest first (bounded; the oldest go first). */
    List<TranscriptLine> lines(String conversationId);

    /** Deletes the lines kept for a conversation (the citizen asked for their data to be deleted); how many. */
    int clear(String conversationId);

    /** Receives every posted line, on any instance, until the subscription is closed. */
    Subscription subscribe(Listener listener);

    @FunctionalInterface
    interface Listener {
        void posted(String conversationId, TranscriptLine line);
    }

    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
