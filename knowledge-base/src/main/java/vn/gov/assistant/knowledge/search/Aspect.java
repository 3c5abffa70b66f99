package vn.gov.assistant.knowledge.search;

/** What a citizen asks about a procedure. The eval labels use the lower-case names. */
public enum Aspect {
    DOCUMENTS,
    FEE,
    TIME,
    AGENCY,
    STEPS,
    METHOD,
    LEGAL,
    FORM,
    ELIGIBILITY,
    RESULT,
    GENERAL,
    OTHER;

    /** The label used in evaluation files, e.g. "documents". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Aspect fromLabel(String label) {
        return valueOf(label.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
