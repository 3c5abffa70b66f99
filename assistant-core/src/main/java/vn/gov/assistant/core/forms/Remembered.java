package vn.gov.assistant.core.forms;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What a citizen agreed to have remembered for their next declarations: values by profile entry
 * ({@code ho-ten}, {@code ngay-sinh}, ...) and when they consented.
 */
public record Remembered(Map<String, String> values, Instant consentAt) {

    public Remembered {
        values = Map.copyOf(values);
        Objects.requireNonNull(consentAt, "consentAt");
    }
}
