package vn.gov.assistant.core.handoff;

/**
 * A staff action that cannot be done as asked (the hand-off was claimed by someone else, a reply
 * is empty, the ticket is closed). The message is in Vietnamese, for the staff member; nothing
 * changed.
 */
public final class DeskException extends RuntimeException {

    public DeskException(String message) {
        super(message);
    }
}
