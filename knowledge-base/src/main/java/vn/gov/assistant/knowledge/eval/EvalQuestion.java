package vn.gov.assistant.knowledge.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A labelled citizen question: the procedure codes that answer it (none when the catalog has no
 * answer) and the aspect asked. Read from JSON lines as in eval/dev-questions.jsonl.
 */
public record EvalQuestion(
        String id, String question, Set<String> expected, String aspect, String source, String variant) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public EvalQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        expected = Set.copyOf(expected);
        aspect = aspect == null ? "general" : aspect;
        source = source == null ? "" : source;
        variant = variant == null ? "" : variant;
    }

    public boolean answerable() {
        return !expected.isEmpty();
    }

    /** Reads a JSON-lines file; a malformed line is an error naming its number and field. */
    public static List<EvalQuestion> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<EvalQuestion> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                out.add(parse(lines.get(i), i + 1));
            }
        }
        return out;
    }

    static EvalQuestion parse(String line, int number) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("line " + number + ": not valid JSON", e);
        }
        String id = required(node, "id", number);
        String question = required(node, "question", number);
        JsonNode expected = node.get("expected");
        if (expected == null || !expected.isArray()) {
            throw new IllegalArgumentException("line " + number + ": field 'expected' must be a list of codes");
        }
        List<String> codes = new ArrayList<>();
        expected.forEach(e -> codes.add(e.asString()));
        return new EvalQuestion(
                id,
                question,
                Set.copyOf(codes),
                optional(node, "aspect"),
                optional(node, "source"),
                optional(node, "variant"));
    }

    private static String required(JsonNode node, String field, int number) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new IllegalArgumentException("line " + number + ": field '" + field + "' is missing or empty");
        }
        return value.asString();
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
