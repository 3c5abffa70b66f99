package vn.gov.assistant.core.knowledge;

import java.util.Objects;
import vn.gov.assistant.knowledge.procedure.Procedure;

/**
 * A procedure as staff publish it: the whole record (their corrections, their note, when) and
 * whether it is hidden from citizens (outdated, withdrawn) while it stays in the history.
 */
public record ProcedureCuration(Procedure record, boolean hidden) {

    public ProcedureCuration {
        Objects.requireNonNull(record, "record");
    }
}
