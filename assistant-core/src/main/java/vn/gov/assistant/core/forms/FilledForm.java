package vn.gov.assistant.core.forms;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/** A declaration the citizen confirmed, as printed: which form, the answers, the date. */
public record FilledForm(String formId, Map<String, String> values, LocalDate date) {

    public FilledForm {
        Objects.requireNonNull(formId, "formId");
        values = Map.copyOf(values);
        Objects.requireNonNull(date, "date");
    }
}
