package vn.gov.assistant.core.unanswered;

import java.time.Instant;
import java.util.Objects;

/**
 * A citizen's question the bot did not answer well, as kept for staff: the text with personal
 * numbers, phones and e-mails masked ({@link UnansweredCapture} masks it before it is kept), the
 * channel it came from, when, and why it counts. Nothing identifies the citizen: no conversation
 * or channel user id is kept. {@code id} tells two identical questions apart.
 */
public record UnansweredQuestion(String id, String text, String channel, Instant at, Reason reason) {

    /** The longest text kept, in characters; a longer question is cut (it rarely helps staff). */
    public static final int MAX_TEXT = 500;

    /** Why a question is unanswered. */
    public enum Reason {
        /** The bot said no procedure fits (or the question is outside its mission). */
        DECLINED,
        /** The bot asked back which procedure was meant, and the citizen's next turn chose none of them. */
        CLARIFICATION_FAILED,
        /** The bot answered, and the citizen rated the conversation 1 or 2 out of 5. */
        RATED_BADLY
    }

    public UnansweredQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        text = text.strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT - 1).strip() + "…";
        }
    }
}
