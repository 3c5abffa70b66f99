package vn.gov.assistant.knowledge.search;

import java.util.Objects;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;

/** One ranked procedure for a query. */
public record SearchHit(ProcedureCode code, String name, double score) {

    public SearchHit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
