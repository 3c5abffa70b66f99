package vn.gov.assistant.channels.zalo;

/**
 * The Open API or the OAuth server refused a call. Zalo answers HTTP 200 with {@code error != 0};
 * only the code is kept, since Zalo's message text may echo what was sent.
 */
public final class ZaloApiException extends RuntimeException {

    private final int error;

    ZaloApiException(String what, int error) {
        super(what + " (Zalo error " + error + ")");
        this.error = error;
    }

    /** Zalo's error code; {@code 0} when the failure was the transport or an unreadable answer. */
    public int error() {
        return error;
    }
}
