package vn.gov.assistant.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.unanswered.UnansweredQuestion;
import vn.gov.assistant.core.unanswered.UnansweredQuestion.Reason;
import vn.gov.assistant.core.unanswered.UnansweredQuestions;

/**
 * What every {@link UnansweredQuestions} does: keep questions with their channel, time and reason,
 * give them back oldest first from a time on, forget the older ones, and keep no more than its
 * capacity (the newest).
 */
public abstract class UnansweredQuestionsContract {

    /** A store of its own holding at most {@code capacity} questions. */
    protected abstract UnansweredQuestions store(int capacity);

    /** The store {@link #store} returned last, as another instance sees it. */
    protected abstract UnansweredQuestions again();

    private final Instant t0 = Instant.parse("2026-11-30T08:00:00Z");

    private UnansweredQuestion question(String id, String text, int minutes, Reason reason) {
        return new UnansweredQuestion(id, text, "web", t0.plusSeconds(60L * minutes), reason);
    }

    @Test
    void questionsComeBackOldestFirstWithEverythingKept() {
        UnansweredQuestions store = store(100);
        UnansweredQuestion late = question("b", "làm lại bằng lái b2 bị mất hết bao nhiêu tiền", 5, Reason.RATED_BADLY);
        UnansweredQuestion early = new UnansweredQuestion(
                "a", "ở trọ thì có cần báo công an phường k, số [số điện thoại]", "telegram", t0, Reason.DECLINED);
        store.add(late);
        store.add(early);

        assertThat(store.since(t0)).containsExactly(early, late);
        assertThat(again().since(t0.minusSeconds(3600))).containsExactly(early, late);
        assertThat(store.since(t0.plusSeconds(1))).containsExactly(late);
        assertThat(store.since(t0.plusSeconds(301))).isEmpty();
    }

    @Test
    void identicalQuestionsAtTheSameInstantAreBothKeptInIdOrder() {
        UnansweredQuestions store = store(100);
        store.add(question("q2", "thời tiết hôm nay thế nào", 0, Reason.DECLINED));
        store.add(question("q1", "thời tiết hôm nay thế nào", 0, Reason.DECLINED));

        assertThat(store.since(t0)).extracting(UnansweredQuestion::id).containsExactly("q1", "q2");
    }

    @Test
    void questionsBeforeACutoffAreForgotten() {
        UnansweredQuestions store = store(100);
        for (int i = 0; i < 5; i++) {
            store.add(question("q" + i, "câu hỏi " + i, i, Reason.CLARIFICATION_FAILED));
        }

        assertThat(store.forgetBefore(t0.plusSeconds(120))).isEqualTo(2);
        assertThat(store.since(t0)).extracting(UnansweredQuestion::id).containsExactly("q2", "q3", "q4");
        assertThat(again().forgetBefore(t0.plusSeconds(120))).isZero();
    }

    @Test
    void beyondItsCapacityTheOldestGo() {
        UnansweredQuestions store = store(3);
        for (int i = 0; i < 5; i++) {
            store.add(question("q" + i, "câu hỏi " + i, 10 - i, Reason.DECLINED)); // newest first
        }

        List<UnansweredQuestion> kept = again().since(t0);
        assertThat(kept).extracting(UnansweredQuestion::id).containsExactly("q2", "q1", "q0");
    }
}
