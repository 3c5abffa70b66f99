package vn.gov.assistant.core.staff;

import java.time.Instant;
import java.util.Objects;

/**
 * One staff action: when, who (login), what (a short action name such as {@code handoff.claim}),
 * on what (a hand-off id, a ticket number, a login) and a detail without personal data.
 */
public record AuditEntry(Instant at, String actor, String action, String target, String detail) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        target = target == null ? "" : target;
        detail = detail == null ? "" : detail;
    }
}
