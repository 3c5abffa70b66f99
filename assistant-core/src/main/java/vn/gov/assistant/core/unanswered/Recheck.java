package vn.gov.assistant.core.unanswered;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A resolution measured: the questions of a resolved group asked again, each as the first message
 * of a fresh conversation, of the knowledge served now ({@code revision}; {@code upToDate} when it
 * includes the resolution, false while its index is still being built), with how each was
 * handled. {@code resolved} counts those handled as the resolution intended: answered by the
 * linked procedure, answered with the canned answer, or (out of scope) still declined.
 */
public record Recheck(
        long revision, boolean upToDate, List<Asked> questions, int resolved, Map<String, Integer> answeredBy) {

    public Recheck {
        questions = List.copyOf(questions);
        answeredBy = Collections.unmodifiableMap(new TreeMap<>(answeredBy)); // by code
    }

    public int asked() {
        return questions.size();
    }

    /** How many were answered by a procedure or a canned answer, whichever. */
    public int answered() {
        return (int)
                questions.stream().filter(q -> q.result() == Result.ANSWERED).count();
    }

    /** How the bot handled a question re-asked. */
    public enum Result {
        /** Answered: {@code code} is the procedure cited (empty for a canned answer). */
        ANSWERED,
        /** Asked back which of several procedures was meant. */
        ASKED_BACK,
        /** Declined. */
        DECLINED,
        /** Anything else (small talk, a person offered). */
        OTHER
    }

    /**
     * One question re-asked: the answer's procedure ({@code code}, {@code name}) when it cites one,
     * and whether it was handled as the resolution intended.
     */
    public record Asked(String question, Result result, String code, String name, boolean intended) {
        public Asked {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(result, "result");
            code = code == null ? "" : code;
            name = name == null ? "" : name;
        }
    }
}
