package vn.gov.assistant.core.forms;

import java.util.List;

/**
 * A part of a declaration: the person or subject it is about (e.g. "Người được khai sinh",
 * "Cha", "Mẹ"), its fields in order, and a condition for asking it at all. Sections about
 * several people of the same kind share a field group in the definition file.
 */
public record FormSection(String id, String title, List<FormField> fields, FieldCondition condition) {

    public FormSection {
        if (id == null || !id.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("a section id is 1-40 of a-z, 0-9, '-': " + id);
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("section " + id + " needs a title");
        }
        if (fields == null || fields.isEmpty()) {
            throw new IllegalArgumentException("section " + id + " has no field");
        }
        fields = List.copyOf(fields);
    }

    /** The key of one of its fields in a form's values: {@code section.field}. */
    public String key(FormField field) {
        return id + "." + field.id();
    }
}
