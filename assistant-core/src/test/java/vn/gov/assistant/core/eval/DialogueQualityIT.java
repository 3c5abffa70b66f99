package vn.gov.assistant.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.conversation.ConversationEngine;
import vn.gov.assistant.core.conversation.InMemoryConversationStore;
import vn.gov.assistant.core.conversation.ReplyRewriter;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.eval.EvalQuestion;
import vn.gov.assistant.knowledge.eval.Evaluation;
import vn.gov.assistant.knowledge.search.VietnameseProcedureSearch;
import vn.gov.assistant.knowledge.text.VietnameseText;

/**
 * A guard against regressions of the whole engine on the project's copy of the development
 * questions, in dialogue mode (each question opens a fresh conversation; the reply's metadata is
 * scored). The bars are those the engine must hold; the full figures come from
 * {@code eval --mode dialogue}.
 */
class DialogueQualityIT {

    private static List<EvalQuestion> questions;
    private static DialogueSearch dialogue;

    @BeforeAll
    static void buildEngine() {
        questions = EvalQuestion.read(Path.of("..", "eval", "dev-questions.jsonl"));
        Catalog catalog = Catalog.bundled();
        ConversationEngine engine = ConversationEngine.create(
                catalog,
                VietnameseProcedureSearch.withBundledData(catalog),
                new InMemoryConversationStore(10_000, Duration.ofHours(1), Clock.systemUTC()),
                ReplyRewriter.NONE);
        dialogue = new DialogueSearch(engine);
    }

    @Test
    void developmentQuestionsAreAnsweredInConversation() {
        Evaluation.Metrics m = metrics(UnaryOperator.identity());
        assertThat(m.ranking().top1()).isGreaterThanOrEqualTo(0.80);
        assertThat(m.ranking().recall5()).isGreaterThanOrEqualTo(0.92);
        assertThat(m.oosAccuracy()).isGreaterThanOrEqualTo(0.75);
        assertThat(m.falseDecline()).isLessThanOrEqualTo(0.10);
    }

    @Test
    void withoutDiacriticsTheyAreAnsweredAlmostAsWell() {
        Evaluation.Metrics accented = metrics(UnaryOperator.identity());
        Evaluation.Metrics stripped = metrics(VietnameseText::stripDiacritics);
        assertThat(stripped.ranking().top1())
                .isGreaterThanOrEqualTo(accented.ranking().top1() - 0.03);
    }

    private static Evaluation.Metrics metrics(UnaryOperator<String> prepare) {
        return Evaluation.metrics(Evaluation.run(questions, dialogue, prepare), List.of());
    }
}
