package vn.gov.assistant.core.knowledge;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Payloads and changes as JSON, the form every log keeps them in. */
public final class KnowledgeCodec {

    /** Derived properties (e.g. {@code Procedure.revised}) are written for readers and ignored on reading. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private KnowledgeCodec() {}

    /** The payload of a change of {@code kind}; null stays null (a removal). */
    public static String payload(ChangeKind kind, Object value) {
        if (value == null) {
            return null;
        }
        if (!kind.payloadType().isInstance(value)) {
            throw new IllegalArgumentException(
                    kind + " takes a " + kind.payloadType().getSimpleName() + ", not a "
                            + value.getClass().getSimpleName());
        }
        return JSON.writeValueAsString(value);
    }

    /** The value of a change, of its kind's type; null for a removal. */
    public static <T> T value(KnowledgeChange change, Class<T> type) {
        if (change.payload() == null) {
            return null;
        }
        if (type != change.kind().payloadType()) {
            throw new IllegalArgumentException(
                    change.kind() + " holds a " + change.kind().payloadType().getSimpleName());
        }
        return read(change.payload(), type);
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** A whole change (revision included) as one line of JSON. */
    public static String line(KnowledgeChange change) {
        return JSON.writeValueAsString(change);
    }

    /** A change read back from {@link #line}. */
    public static KnowledgeChange change(String line) {
        return read(line, KnowledgeChange.class);
    }
}
