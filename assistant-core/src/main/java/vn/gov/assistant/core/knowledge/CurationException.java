package vn.gov.assistant.core.knowledge;

/** A change staff asked for cannot be made; the message, in Vietnamese, says why. */
public final class CurationException extends RuntimeException {

    public CurationException(String message) {
        super(message);
    }
}
