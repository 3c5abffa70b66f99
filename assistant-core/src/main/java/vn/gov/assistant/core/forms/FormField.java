package vn.gov.assistant.core.forms;

import java.util.List;
import java.util.Objects;

/**
 * One question of a declaration: its id within the section, the label printed on the form, the
 * question the assistant asks, a help text (what the field means, asked with "là gì?"), its type,
 * whether it must be answered, the options of a {@code CHOICE}, the longest answer, whether a date
 * may lie in the future, a condition for asking it at all, and the citizen's profile entry it
 * fills ({@code profile}, e.g. {@code ho-ten}; empty when none): a value the citizen agreed to
 * have remembered is offered again for a field of the same profile entry, in any form.
 */
public record FormField(
        String id,
        String label,
        String question,
        String help,
        FieldType type,
        boolean required,
        List<String> options,
        int maxLength,
        boolean futureAllowed,
        FieldCondition condition,
        String profile) {

    public FormField {
        if (id == null || !id.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("a field id is 1-40 of a-z, 0-9, '-': " + id);
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("field " + id + " needs a label");
        }
        question = question == null || question.isBlank() ? label + "?" : question;
        help = help == null ? "" : help;
        Objects.requireNonNull(type, "type");
        options = options == null ? List.of() : List.copyOf(options);
        if (type == FieldType.CHOICE && options.size() < 2) {
            throw new IllegalArgumentException("choice field " + id + " needs at least two options");
        }
        if (maxLength <= 0) {
            maxLength = 200;
        }
        profile = profile == null ? "" : profile;
    }

    /** A field that fills no profile entry. */
    public FormField(
            String id,
            String label,
            String question,
            String help,
            FieldType type,
            boolean required,
            List<String> options,
            int maxLength,
            boolean futureAllowed,
            FieldCondition condition) {
        this(id, label, question, help, type, required, options, maxLength, futureAllowed, condition, "");
    }
}
