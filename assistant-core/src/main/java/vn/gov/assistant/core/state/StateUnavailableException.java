package vn.gov.assistant.core.state;

/**
 * The shared store (Redis) cannot be reached or did not answer in time. Callers keep the bot
 * answering and degrade what needs the shared store (hand-off) rather than fail the turn.
 */
public final class StateUnavailableException extends RuntimeException {

    public StateUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
