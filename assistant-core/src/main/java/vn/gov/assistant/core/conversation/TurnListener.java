package vn.gov.assistant.core.conversation;

import java.time.Instant;

/**
 * Told of every turn after it is answered, on the thread that answered it: keep it quick and do
 * not fail; a listener that throws is logged and the citizen's turn is unaffected.
 */
@FunctionalInterface
public interface TurnListener {

    void onTurn(Turn turn);

    /**
     * Told when a citizen rates their conversation ({@code score} 1 to 5), on the thread that
     * received the rating; the same rules as {@link #onTurn}. Nothing by default.
     */
    default void onRating(String channel, String conversationId, int score, Instant at) {}
}
