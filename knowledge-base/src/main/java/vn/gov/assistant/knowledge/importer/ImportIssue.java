package vn.gov.assistant.knowledge.importer;

import java.util.Objects;

/**
 * Something an importer noticed about one record: which record, which field, and why. A warning
 * keeps the record (with the field left unknown); a rejection sets the record aside.
 */
public record ImportIssue(String record, String field, Severity severity, String reason) {

    public enum Severity {
        WARNING,
        REJECTED
    }

    public ImportIssue {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return severity + " " + record + " [" + field + "]: " + reason;
    }
}
