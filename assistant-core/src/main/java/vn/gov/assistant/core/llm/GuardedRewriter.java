package vn.gov.assistant.core.llm;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only way a language model's words reach a citizen: asks the model to rephrase a grounded
 * answer and keeps its text only when {@link FaithfulnessGuard} finds every fact in it supported;
 * otherwise, and whenever the model has nothing (disabled, slow, failing), the templated answer
 * stands. Never throws because of the model, so turning the model on cannot break an answer.
 */
public final class GuardedRewriter {

    private static final Logger log = LoggerFactory.getLogger(GuardedRewriter.class);

    /**
     * The answer to show.
     *
     * @param text the model's text when {@code generated}, else the templated answer
     * @param generated whether the model's text was used
     * @param rejectedFor what the guard found unsupported in the model's text (empty when the model
     *     had no text or its text was used)
     */
    public record Rewritten(String text, boolean generated, List<String> rejectedFor) {

        public Rewritten {
            Objects.requireNonNull(text, "text");
            rejectedFor = List.copyOf(rejectedFor);
        }
    }

    private final LanguageModel model;
    private final FaithfulnessGuard guard;

    public GuardedRewriter(LanguageModel model, FaithfulnessGuard guard) {
        this.model = Objects.requireNonNull(model, "model");
        this.guard = Objects.requireNonNull(guard, "guard");
    }

    /** The text to show for {@code grounded}: the model's if faithful, else the template. */
    public String answer(GroundedAnswer grounded) {
        return rewrite(grounded).text();
    }

    /** Like {@link #answer}, telling also whether the model's text was used and why not. */
    public Rewritten rewrite(GroundedAnswer grounded) {
        Objects.requireNonNull(grounded, "grounded");
        Optional<String> generated;
        try {
            generated = model.rephrase(grounded);
        } catch (RuntimeException e) {
            // LanguageModel implementations should not throw; one that does must not cost the answer.
            log.warn("Language model failed: {}", e.getClass().getName());
            generated = Optional.empty();
        }
        if (generated == null || generated.isEmpty()) {
            return new Rewritten(grounded.templated(), false, List.of());
        }
        FaithfulnessGuard.Verdict verdict = guard.check(grounded, generated.get());
        if (!verdict.faithful()) {
            // the count only: the rejected words may quote the answer
            log.info(
                    "Rephrased answer rejected: {} unsupported item(s)",
                    verdict.unsupported().size());
            return new Rewritten(grounded.templated(), false, verdict.unsupported());
        }
        return new Rewritten(StatedFacts.normalise(generated.get().strip()), true, List.of());
    }
}
