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

    /** The field and the reason in Vietnamese, for staff: "lệ phí: nguồn không ghi đơn vị thời gian". */
    public String forStaff() {
        return IssueWording.field(field) + ": " + IssueWording.reason(reason);
    }

    /** Whether staff read this as a record set aside rather than read with a warning. */
    public boolean rejected() {
        return severity == Severity.REJECTED;
    }

    @Override
    public String toString() {
        return severity + " " + record + " [" + field + "]: " + reason;
    }
}
