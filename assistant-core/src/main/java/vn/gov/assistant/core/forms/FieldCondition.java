package vn.gov.assistant.core.forms;

import java.util.List;
import java.util.Map;

/**
 * When a field or section is asked: only when another field (by key, {@code section.field}) has
 * one of these values. Values are compared as stored (normalised), e.g. {@code "có"}.
 */
public record FieldCondition(String field, List<String> anyOf) {

    public FieldCondition {
        if (field == null || field.isBlank() || anyOf == null || anyOf.isEmpty()) {
            throw new IllegalArgumentException("a condition names a field and at least one value");
        }
        anyOf = List.copyOf(anyOf);
    }

    public boolean holds(Map<String, String> values) {
        String v = values.get(field);
        return v != null && anyOf.contains(v);
    }
}
