package vn.gov.assistant.core.llm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Decides whether a model's rephrasing of a grounded answer may be shown to a citizen. A fluent
 * sentence with a wrong fee or deadline is worse than a stiff template, so the rule is strict and
 * mechanical: every link, procedure code, form or document code, number, amount and duration the
 * text states must also be stated by the procedure record, the templated answer or the citizen's
 * question. Numbers compare by value ("7.000" = "7000" = "7 nghìn"; "10.000" is not "100.000"),
 * durations by value and unit ("3 ngày" is not "3 tháng"). Empty text, and text far longer than
 * the template (more than {@value #LENGTH_FACTOR} times, at least {@value #MIN_LENGTH_LIMIT}
 * characters allowed), are rejected too: length is where invented advice hides. What the guard
 * cannot see (a changed place name, a dropped step) is why the prompt forbids it as well; see
 * docs/decisions/0007.
 */
public final class FaithfulnessGuard {

    /** How many times longer than the template a rephrasing may be. */
    public static final int LENGTH_FACTOR = 4;

    /** The length always allowed, so a short template still leaves room for a polite sentence. */
    public static final int MIN_LENGTH_LIMIT = 240;

    /**
     * The guard's decision.
     *
     * @param faithful whether the text may be shown
     * @param unsupported what the text states that its sources do not (as written in the text), or
     *     why it was rejected as a whole ({@code <empty>}, {@code <too long: ...>}); empty when
     *     faithful
     */
    public record Verdict(boolean faithful, List<String> unsupported) {

        public Verdict {
            unsupported = List.copyOf(unsupported);
            if (faithful != unsupported.isEmpty()) {
                throw new IllegalArgumentException("a verdict is faithful exactly when nothing is unsupported");
            }
        }

        static Verdict of(List<String> unsupported) {
            return new Verdict(unsupported.isEmpty(), unsupported);
        }
    }

    /** Checks {@code generated}, a rephrasing of {@code answer.templated()}, against its sources. */
    public Verdict check(GroundedAnswer answer, String generated) {
        Objects.requireNonNull(answer, "answer");
        if (generated == null || generated.isBlank()) {
            return Verdict.of(List.of("<empty>"));
        }
        String text = StatedFacts.normalise(generated.strip());
        int limit = Math.max(LENGTH_FACTOR * answer.templated().length(), MIN_LENGTH_LIMIT);
        if (text.length() > limit) {
            return Verdict.of(List.of("<too long: " + text.length() + " characters, at most " + limit + ">"));
        }
        Set<String> supported = new HashSet<>(
                StatedFacts.supportedKeys(List.of(answer.recordText(), answer.templated(), answer.question())));
        List<String> unsupported = new ArrayList<>();
        for (StatedFacts.Fact fact : StatedFacts.in(text)) {
            if (!supported.contains(StatedFacts.keyOf(fact.kind(), fact.key()))) {
                unsupported.add(fact.surface());
            }
        }
        return Verdict.of(unsupported);
    }
}
