package vn.gov.assistant.core.conversation;

/**
 * Told of every turn after it is answered, on the thread that answered it: keep it quick and do
 * not fail; a listener that throws is logged and the citizen's turn is unaffected.
 */
@FunctionalInterface
public interface TurnListener {

    void onTurn(Turn turn);
}
