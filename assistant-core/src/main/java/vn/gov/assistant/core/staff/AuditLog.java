package vn.gov.assistant.core.staff;

import java.util.List;

/** The record of staff actions; entries are only ever added. */
public interface AuditLog {

    void record(AuditEntry entry);

    /** The latest entries, newest first. */
    List<AuditEntry> recent(int max);
}
