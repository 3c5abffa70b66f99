package vn.gov.assistant.core.message;

import java.util.Objects;

/**
 * A quick reply: {@code label} is shown to the citizen (Vietnamese), {@code value} comes back in
 * {@link Inbound.OptionChosen} when it is chosen. Values are short and machine-readable
 * ({@code proc:1.004194}, {@code aspect:fee}, {@code none}, {@code human}) so that they fit the
 * callback limits of every channel (Telegram allows 64 bytes).
 */
public record Option(String value, String label) {

    public static final int MAX_VALUE_BYTES = 64;

    public Option {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
        if (value.isBlank() || value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_VALUE_BYTES) {
            throw new IllegalArgumentException("option value must be 1-" + MAX_VALUE_BYTES + " bytes: " + value);
        }
        if (label.isBlank()) {
            throw new IllegalArgumentException("option label must not be blank");
        }
    }
}
