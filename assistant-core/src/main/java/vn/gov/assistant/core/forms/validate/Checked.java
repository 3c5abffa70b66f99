package vn.gov.assistant.core.forms.validate;

import java.util.Objects;

/**
 * What became of one answer: valid with the value to store (normalised: "Nguyễn Văn An",
 * "05/03/2024", "0912345678") and possibly a note to say back (e.g. an old province name mapped to
 * the new one); or invalid with the reason, in Vietnamese, for asking again.
 */
public record Checked(boolean valid, String value, String message) {

    public Checked {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(message, "message");
        if (!valid && message.isBlank()) {
            throw new IllegalArgumentException("an invalid answer needs a reason");
        }
    }

    public static Checked ok(String value) {
        return new Checked(true, value, "");
    }

    public static Checked ok(String value, String note) {
        return new Checked(true, value, note);
    }

    public static Checked invalid(String reason) {
        return new Checked(false, "", reason);
    }
}
