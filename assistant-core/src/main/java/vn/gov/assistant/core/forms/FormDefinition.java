package vn.gov.assistant.core.forms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A declaration (tờ khai) as data: its id, its official title and where its model comes from,
 * the procedure codes it belongs to, phrases that ask for it ("điền tờ khai khai sinh"), the
 * addressee line, and its sections. Staff curate these files; adding a form needs no code.
 */
public record FormDefinition(
        String id,
        String title,
        String source,
        List<String> procedures,
        List<String> triggers,
        String addressee,
        List<FormSection> sections) {

    /** One field with the section it is in. */
    public record Slot(FormSection section, FormField field) {
        public String key() {
            return section.key(field);
        }
    }

    public FormDefinition {
        if (id == null || !id.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("a form id is 1-40 of a-z, 0-9, '-': " + id);
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("form " + id + " needs a title");
        }
        source = source == null ? "" : source;
        procedures = procedures == null ? List.of() : List.copyOf(procedures);
        triggers = triggers == null ? List.of() : List.copyOf(triggers);
        addressee = addressee == null ? "" : addressee;
        if (sections == null || sections.isEmpty()) {
            throw new IllegalArgumentException("form " + id + " has no section");
        }
        sections = List.copyOf(sections);
        Set<String> keys = new HashSet<>();
        for (FormSection s : sections) {
            for (FormField f : s.fields()) {
                if (!keys.add(s.key(f))) {
                    throw new IllegalArgumentException("form " + id + ": field " + s.key(f) + " twice");
                }
            }
        }
        for (FormSection s : sections) {
            checkCondition(s.condition(), keys, s.id());
            for (FormField f : s.fields()) {
                checkCondition(f.condition(), keys, s.key(f));
            }
        }
    }

    private static void checkCondition(FieldCondition c, Set<String> keys, String where) {
        if (c != null && !keys.contains(c.field())) {
            throw new IllegalArgumentException(where + ": condition on unknown field " + c.field());
        }
    }

    /** Every field in asking order. */
    public List<Slot> slots() {
        List<Slot> all = new ArrayList<>();
        for (FormSection s : sections) {
            for (FormField f : s.fields()) {
                all.add(new Slot(s, f));
            }
        }
        return all;
    }

    public Optional<Slot> slot(String key) {
        return slots().stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
