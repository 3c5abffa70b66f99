package vn.gov.assistant.core.unanswered;

import java.time.Instant;
import java.util.List;

/**
 * Where unanswered questions are kept, for as long as the retention says and at most a capacity
 * of the newest: in this process ({@link InMemoryUnansweredQuestions}) or on Redis, shared by
 * every instance. The texts are already masked.
 */
public interface UnansweredQuestions {

    /**
     * Keeps a question; beyond the capacity the oldest go.
     *
     * @throws vn.gov.assistant.core.state.StateUnavailableException when the store cannot be reached
     */
    void add(UnansweredQuestion question);

    /** The questions asked at or after {@code from}, oldest first (questions of one instant by id). */
    List<UnansweredQuestion> since(Instant from);

    /** Forgets the questions asked before {@code cutoff}; returns how many were forgotten. */
    long forgetBefore(Instant cutoff);
}
