package vn.gov.assistant.core.knowledge;

import java.time.Instant;
import java.util.Objects;

/**
 * One published change of the curated knowledge: its place in the log ({@code revision}, from 1),
 * what it is about ({@code kind}, {@code key}), the new value as JSON ({@code payload}; null when
 * the entry is removed or, for a procedure, goes back to the catalog's record), who made it, when
 * and why.
 */
public record KnowledgeChange(
        long revision, ChangeKind kind, String key, String payload, String author, Instant at, String reason) {

    public KnowledgeChange {
        if (revision < 0) {
            throw new IllegalArgumentException("revision must not be negative: " + revision);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
        reason = reason == null ? "" : reason;
    }

    /** This change as stored at {@code revision}. */
    public KnowledgeChange at(long revision) {
        return new KnowledgeChange(revision, kind, key, payload, author, at, reason);
    }

    public boolean removes() {
        return payload == null;
    }

    /** The key's history is kept per kind and key: "PROCEDURE/1.004194". */
    public String head() {
        return headOf(kind, key);
    }

    public static String headOf(ChangeKind kind, String key) {
        return kind.name() + "/" + key;
    }
}
