package vn.gov.assistant.core.knowledge;

import vn.gov.assistant.core.servicepoint.ServicePoint;

/**
 * What a curated change is about, and the type of its payload. Every kind is keyed: a change
 * replaces the current value of its key (or removes it), so the latest change of a key is its
 * value and the earlier ones are its history.
 */
public enum ChangeKind {
    /** Key: the procedure code. Payload: {@link ProcedureCuration}; none: back to the catalog's record. */
    PROCEDURE(ProcedureCuration.class),
    /** Key: the name folded ({@link #keyOf}). Payload: {@link EverydayName}. */
    EVERYDAY_NAME(EverydayName.class),
    /**
     * Key: the short form normalised with its diacritics ({@code Abbreviations.keyOf}: short forms
     * are matched exactly, "hông" is not "hỏng"). Payload: {@link Abbreviation}.
     */
    ABBREVIATION(Abbreviation.class),
    /** Key: the example folded. Payload: {@link IntentExample}. */
    INTENT_EXAMPLE(IntentExample.class),
    /** Key: the answer's id. Payload: {@link CannedAnswer}. */
    CANNED_ANSWER(CannedAnswer.class),
    /** Key: the service point's id. Payload: {@link ServicePoint}. */
    SERVICE_POINT(ServicePoint.class),
    /** Key: an unanswered-question group's key. Payload: {@link UnansweredResolution}. */
    UNANSWERED(UnansweredResolution.class);

    private final Class<?> payloadType;

    ChangeKind(Class<?> payloadType) {
        this.payloadType = payloadType;
    }

    public Class<?> payloadType() {
        return payloadType;
    }

    /**
     * Whether the engine answers from entries of this kind: a change of a kind it does not read
     * (how staff resolved unanswered questions) is served without building a new index.
     */
    public boolean servedByEngine() {
        return this != UNANSWERED;
    }

    /** The key of a text-keyed entry: lower case, no diacritics, single spaces. */
    public static String keyOf(String text) {
        return String.join(" ", vn.gov.assistant.knowledge.text.VietnameseText.foldedWords(text));
    }
}
