package vn.gov.assistant.core.llm;

import java.util.Optional;

/**
 * A language model that may rephrase a grounded answer. Optional by design: the assistant is
 * complete without one ({@link #NONE}, the default), so an implementation returns empty rather
 * than throwing whenever it has nothing trustworthy to say (disabled, slow, failing). What it
 * returns is still unchecked text; {@link GuardedRewriter} decides whether a citizen sees it.
 */
public interface LanguageModel {

    /** No model: always empty, never touches the network. */
    LanguageModel NONE = answer -> Optional.empty();

    /** The model's rephrasing of {@code answer.templated()}, or empty when there is none. */
    Optional<String> rephrase(GroundedAnswer answer);
}
