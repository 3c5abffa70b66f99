package vn.gov.assistant.core.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * How staff resolved a group of questions the bot could not answer: linked to a procedure (its
 * questions became an everyday name), answered by a canned answer, or out of scope.
 * {@code target} is the procedure code or the canned answer's id ("" when out of scope);
 * {@code questions} the group's questions as they were when resolved.
 */
public record UnansweredResolution(Outcome outcome, String target, List<String> questions) {

    public enum Outcome {
        LINKED,
        CANNED,
        OUT_OF_SCOPE
    }

    public UnansweredResolution {
        Objects.requireNonNull(outcome, "outcome");
        target = target == null ? "" : target.strip();
        questions = List.copyOf(questions == null ? List.of() : questions);
    }
}
