package vn.gov.assistant.core.unanswered;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.gov.assistant.core.knowledge.UnansweredResolution;

/**
 * A group of similar unanswered questions as staff see it for a period: its key (its first
 * question, folded), the most typical phrasing, how many questions it has in the period (for a
 * group resolved as linked or answered: how many came after the resolution), when they were first
 * and last asked, on which channels and why, a few distinct examples (newest first), every
 * distinct phrasing (most frequent first, at most {@link #MAX_PHRASINGS}), how it was resolved, if
 * it was, and the revision of its latest resolution ({@code head}, 0 for none) for the optimistic
 * check when staff resolve it.
 */
public record UnansweredGroup(
        String key,
        String typical,
        int count,
        int total,
        Instant firstSeen,
        Instant lastSeen,
        Map<String, Integer> channels,
        Map<UnansweredQuestion.Reason, Integer> reasons,
        List<String> examples,
        List<String> phrasings,
        Optional<Resolution> resolution,
        long head) {

    /** Examples shown per group. */
    public static final int MAX_EXAMPLES = 5;

    /** Distinct phrasings kept with a resolution (and re-asked to measure it). */
    public static final int MAX_PHRASINGS = 20;

    public UnansweredGroup {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(typical, "typical");
        // in the order given (channels by name, reasons as declared): the page lists them so
        channels = Collections.unmodifiableMap(new LinkedHashMap<>(channels));
        reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
        examples = List.copyOf(examples);
        phrasings = List.copyOf(phrasings);
        Objects.requireNonNull(resolution, "resolution");
    }

    /**
     * How staff resolved a group: the outcome, its target (procedure code or canned answer id, ""
     * when out of scope) and the target's name, who, when, why, the change's revision, and the
     * phrasings the group had then.
     */
    public record Resolution(
            UnansweredResolution.Outcome outcome,
            String target,
            String targetName,
            String author,
            Instant at,
            String reason,
            long revision,
            List<String> questions) {

        public Resolution {
            Objects.requireNonNull(outcome, "outcome");
            questions = List.copyOf(questions);
        }
    }
}
