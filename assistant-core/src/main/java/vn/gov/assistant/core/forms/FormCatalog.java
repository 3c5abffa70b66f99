package vn.gov.assistant.core.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.assistant.knowledge.text.VietnameseText;

/**
 * The declarations the assistant can fill, read from JSON definitions (one file per form, listed
 * in {@code forms/index.txt} for the bundled ones). A definition that does not hold together
 * (unknown type, condition on a missing field, duplicate key) is refused with the file and the
 * reason, so a staff member's mistake never reaches a citizen.
 */
public final class FormCatalog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, FormDefinition> forms;
    /** Each form's trigger phrases as {@link VietnameseText#foldedWords}, folded once. */
    private final Map<String, List<String>> triggers;

    public FormCatalog(List<FormDefinition> forms) {
        Map<String, FormDefinition> byId = new LinkedHashMap<>();
        for (FormDefinition f : forms) {
            if (byId.put(f.id(), f) != null) {
                throw new IllegalArgumentException("form " + f.id() + " defined twice");
            }
        }
        this.forms = Map.copyOf(byId);
        Map<String, List<String>> folded = new HashMap<>();
        byId.forEach((id, f) -> folded.put(
                id,
                f.triggers().stream()
                        .map(VietnameseText::foldedWords)
                        .filter(t -> !t.isEmpty())
                        .toList()));
        this.triggers = Map.copyOf(folded);
    }

    /** The forms bundled with the service. */
    public static FormCatalog bundled() {
        List<FormDefinition> all = new ArrayList<>();
        for (String id : resource("forms/index.txt").lines().map(String::strip).toList()) {
            if (!id.isEmpty() && !id.startsWith("#")) {
                all.add(parse(resource("forms/" + id + ".json"), id + ".json"));
            }
        }
        return new FormCatalog(all);
    }

    /**
     * The bundled forms and those staff keep in {@code dir} ({@code *.json}, one form each; one
     * with the id of a bundled form replaces it). Every file is checked before any is used.
     *
     * @throws IllegalArgumentException naming the file and what is wrong
     */
    public static FormCatalog bundledAnd(java.nio.file.Path dir) {
        Map<String, FormDefinition> byId = new LinkedHashMap<>();
        bundled().forms.values().forEach(f -> byId.put(f.id(), f));
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path file :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                FormDefinition f = parse(
                        java.nio.file.Files.readString(file), file.getFileName().toString());
                byId.put(f.id(), f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the forms in " + dir, e);
        }
        return new FormCatalog(List.copyOf(byId.values()));
    }

    public Optional<FormDefinition> get(String id) {
        return Optional.ofNullable(forms.get(id));
    }

    public List<FormDefinition> all() {
        return forms.values().stream()
                .sorted(java.util.Comparator.comparing(FormDefinition::id))
                .toList();
    }

    /** The forms that belong to a procedure. */
    public List<FormDefinition> forProcedure(String code) {
        return all().stream().filter(f -> f.procedures().contains(code)).toList();
    }

    /**
     * The form a message asks for by one of its trigger phrases (any diacritics), the longest
     * phrase winning; empty when none is named.
     */
    public Optional<FormDefinition> named(String text) {
        String folded = " " + VietnameseText.foldedWords(text) + " ";
        FormDefinition best = null;
        int bestLength = 0;
        for (FormDefinition f : forms.values()) {
            for (String t : triggers.get(f.id())) {
                if (t.length() > bestLength && folded.contains(" " + t + " ")) {
                    best = f;
                    bestLength = t.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Reads one definition.
     *
     * @throws IllegalArgumentException naming {@code source} and what is wrong
     */
    public static FormDefinition parse(String json, String source) {
        try {
            JsonNode root = JSON.readTree(json);
            Map<String, JsonNode> groups = new HashMap<>();
            root.path("groups").properties().forEach(e -> groups.put(e.getKey(), e.getValue()));
            List<FormSection> sections = new ArrayList<>();
            for (JsonNode s : root.path("sections")) {
                String sectionId = text(s, "id");
                JsonNode fieldNodes = s.has("group") ? groups.get(text(s, "group")) : s.path("fields");
                if (fieldNodes == null) {
                    throw new IllegalArgumentException("section " + sectionId + ": unknown group " + text(s, "group"));
                }
                List<FormField> fields = new ArrayList<>();
                for (JsonNode f : fieldNodes) {
                    fields.add(field(f, sectionId));
                }
                sections.add(new FormSection(sectionId, text(s, "title"), fields, condition(s, sectionId)));
            }
            return new FormDefinition(
                    text(root, "id"),
                    text(root, "title"),
                    text(root, "source"),
                    strings(root.path("procedures")),
                    strings(root.path("triggers")),
                    text(root, "addressee"),
                    sections);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(source + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    private static FormField field(JsonNode f, String sectionId) {
        String type = text(f, "type");
        FieldType t;
        try {
            t = FieldType.valueOf(type.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field " + text(f, "id") + ": unknown type '" + type + "'");
        }
        return new FormField(
                text(f, "id"),
                text(f, "label"),
                text(f, "question"),
                text(f, "help"),
                t,
                f.path("required").asBoolean(false),
                strings(f.path("options")),
                f.path("maxLength").asInt(0),
                f.path("futureAllowed").asBoolean(false),
                condition(f, sectionId),
                text(f, "profile"));
    }

    /** A condition; a field written {@code .name} is in the same section. */
    private static FieldCondition condition(JsonNode node, String sectionId) {
        JsonNode c = node.path("condition");
        if (c.isMissingNode() || c.isNull()) {
            return null;
        }
        String field = text(c, "field");
        return new FieldCondition(field.startsWith(".") ? sectionId + field : field, strings(c.path("anyOf")));
    }

    private static String text(JsonNode node, String name) {
        return node.path(name).asString("");
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(n.asString(""));
        }
        return out;
    }

    private static String resource(String path) {
        try (InputStream in = FormCatalog.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
