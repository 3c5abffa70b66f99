package vn.gov.assistant.core.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.assistant.core.llm.TemporaryResidence.FAITHFUL;
import static vn.gov.assistant.core.llm.TemporaryResidence.TEMPLATED;
import static vn.gov.assistant.core.llm.TemporaryResidence.feeQuestion;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.llm.GuardedRewriter.Rewritten;

/** The rewriter's decisions, with small in-process models that answer as a real one might. */
class GuardedRewriterTest {

    private final FaithfulnessGuard guard = new FaithfulnessGuard();

    @Test
    void withoutAModelTheTemplateIsAnswered() {
        GuardedRewriter rewriter = new GuardedRewriter(LanguageModel.NONE, guard);

        assertThat(rewriter.answer(feeQuestion())).isEqualTo(TEMPLATED);
        assertThat(rewriter.rewrite(feeQuestion())).isEqualTo(new Rewritten(TEMPLATED, false, List.of()));
    }

    @Test
    void noModelNeverAnswers() {
        assertThat(LanguageModel.NONE.rephrase(feeQuestion())).isEmpty();
    }

    @Test
    void faithfulRephrasingIsAnswered() {
        GuardedRewriter rewriter = new GuardedRewriter(answer -> Optional.of("  " + FAITHFUL + "\n"), guard);

        assertThat(rewriter.rewrite(feeQuestion())).isEqualTo(new Rewritten(FAITHFUL, true, List.of()));
    }

    @Test
    void rephrasingIsAnsweredInComposedUnicode() {
        String decomposed = Normalizer.normalize(FAITHFUL, Normalizer.Form.NFD);
        GuardedRewriter rewriter = new GuardedRewriter(answer -> Optional.of(decomposed), guard);

        assertThat(rewriter.answer(feeQuestion())).isEqualTo(FAITHFUL);
    }

    @Test
    void rephrasingWithAnInventedFeeFallsBackToTheTemplate() {
        GuardedRewriter rewriter =
                new GuardedRewriter(answer -> Optional.of(FAITHFUL.replace("7.000 đồng", "70.000 đồng")), guard);

        Rewritten rewritten = rewriter.rewrite(feeQuestion());

        assertThat(rewritten.text()).isEqualTo(TEMPLATED);
        assertThat(rewritten.generated()).isFalse();
        assertThat(rewritten.rejectedFor()).containsExactly("70.000 đồng");
    }

    @Test
    void blankRephrasingFallsBackToTheTemplate() {
        GuardedRewriter rewriter = new GuardedRewriter(answer -> Optional.of("   "), guard);

        assertThat(rewriter.rewrite(feeQuestion())).isEqualTo(new Rewritten(TEMPLATED, false, List.of("<empty>")));
    }

    @Test
    void modelThatThrowsCostsNothingButTheRephrasing() {
        GuardedRewriter rewriter = new GuardedRewriter(
                answer -> {
                    throw new IllegalStateException("connection reset");
                },
                guard);

        assertThat(rewriter.rewrite(feeQuestion())).isEqualTo(new Rewritten(TEMPLATED, false, List.of()));
    }

    @Test
    void modelSeesTheWholeGroundedAnswer() {
        GroundedAnswer asked = feeQuestion();
        GuardedRewriter rewriter =
                new GuardedRewriter(answer -> answer.equals(asked) ? Optional.of(FAITHFUL) : Optional.empty(), guard);

        assertThat(rewriter.rewrite(asked).generated()).isTrue();
    }
}
