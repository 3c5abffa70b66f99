package vn.gov.assistant.core.unanswered;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** Unanswered questions in this process: one instance, forgotten on restart. */
public final class InMemoryUnansweredQuestions implements UnansweredQuestions {

    static final Comparator<UnansweredQuestion> ORDER =
            Comparator.comparing(UnansweredQuestion::at).thenComparing(UnansweredQuestion::id);

    private final int capacity;
    private final TreeSet<UnansweredQuestion> questions = new TreeSet<>(ORDER);

    public InMemoryUnansweredQuestions(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    @Override
    public synchronized void add(UnansweredQuestion question) {
        questions.add(Objects.requireNonNull(question, "question"));
        while (questions.size() > capacity) {
            questions.pollFirst();
        }
    }

    @Override
    public synchronized List<UnansweredQuestion> since(Instant from) {
        UnansweredQuestion bound = new UnansweredQuestion("", "-", "-", from, UnansweredQuestion.Reason.DECLINED);
        return new ArrayList<>(questions.tailSet(bound, true));
    }

    @Override
    public synchronized long forgetBefore(Instant cutoff) {
        long forgotten = 0;
        while (!questions.isEmpty() && questions.first().at().isBefore(cutoff)) {
            questions.pollFirst();
            forgotten++;
        }
        return forgotten;
    }
}
