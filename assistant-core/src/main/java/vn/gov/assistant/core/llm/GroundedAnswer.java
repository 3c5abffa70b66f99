package vn.gov.assistant.core.llm;

import java.util.Objects;

/**
 * An answer the assistant can already give without a language model, with what it stands on: the
 * citizen's question, the templated answer (correct as it is) and the full text of the procedure
 * record it was built from. A model may only rephrase it, and the record text is what its words are
 * checked against.
 *
 * @param question the citizen's question as asked (may be blank when the answer follows a button)
 * @param templated the templated Vietnamese answer, never blank
 * @param recordText the procedure record as text: name, fees, times, documents, forms, legal basis
 */
public record GroundedAnswer(String question, String templated, String recordText) {

    public GroundedAnswer {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(templated, "templated");
        Objects.requireNonNull(recordText, "recordText");
        if (templated.isBlank()) {
            throw new IllegalArgumentException("the templated answer must not be blank");
        }
    }
}
