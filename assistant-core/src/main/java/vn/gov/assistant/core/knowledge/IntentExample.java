package vn.gov.assistant.core.knowledge;

import java.util.Objects;

/** A message staff teach the intent classifier ({@code intent}: a {@code core.intent.Intent} name). */
public record IntentExample(String intent, String text) {

    public IntentExample {
        intent = Objects.requireNonNull(intent, "intent").strip();
        text = Objects.requireNonNull(text, "text").strip();
    }
}
