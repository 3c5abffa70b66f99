package vn.gov.assistant.knowledge.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;
import vn.gov.assistant.knowledge.search.Aspect;
import vn.gov.assistant.knowledge.search.ProcedureSearch;
import vn.gov.assistant.knowledge.search.SearchHit;
import vn.gov.assistant.knowledge.search.SearchResult;

/** The metrics themselves, on a fake search whose answers are fixed by hand. */
class EvaluationTest {

    /** Answers each question with fixed hits, decline flag and aspect. */
    private record Scripted(Map<String, SearchResult> answers) implements ProcedureSearch {
        @Override
        public SearchResult search(String question, int limit) {
            return answers.get(question);
        }
    }

    private static SearchResult result(boolean declined, Aspect aspect, String... codes) {
        List<SearchHit> hits = java.util.Arrays.stream(codes)
                .map(c -> new SearchHit(ProcedureCode.of(c), c, 1))
                .toList();
        return new SearchResult("q", hits, aspect, declined, declined ? 0.1 : 0.9);
    }

    private static EvalQuestion q(String id, String aspect, String... expected) {
        return new EvalQuestion(id, id, Set.of(expected), aspect, "test", "as-written");
    }

    @Test
    void metricsMatchAHandComputation() {
        List<EvalQuestion> questions = List.of(
                q("a", "fee", "1.000001"), // rank 1
                q("b", "time", "1.000002"), // rank 3
                q("c", "documents", "1.000003", "1.000033"), // second expected at rank 2, declined
                q("d", "general", "1.000004"), // rank 11: beyond mrr10 and recall5
                q("e", "other"), // unanswerable, declined
                q("f", "other")); // unanswerable, answered
        String[] eleven = {
            "2.000001",
            "2.000002",
            "2.000003",
            "2.000004",
            "2.000005",
            "2.000006",
            "2.000007",
            "2.000008",
            "2.000009",
            "2.000010",
            "1.000004"
        };
        Scripted search = new Scripted(Map.of(
                "a", result(false, Aspect.FEE, "1.000001", "2.000001"),
                "b", result(false, Aspect.FEE, "2.000001", "2.000002", "1.000002"),
                "c", result(true, Aspect.DOCUMENTS, "2.000001", "1.000033"),
                "d", result(false, Aspect.GENERAL, eleven),
                "e", result(true, Aspect.GENERAL, "2.000001"),
                "f", result(false, Aspect.GENERAL, "2.000001")));

        List<Evaluation.Outcome> outcomes = Evaluation.run(questions, search, UnaryOperator.identity());
        Evaluation.Metrics m = Evaluation.metrics(outcomes, outcomes);

        assertThat(m.n()).isEqualTo(6);
        assertThat(m.answerable()).isEqualTo(4);
        assertThat(m.ranking().top1()).isEqualTo(0.25);
        assertThat(m.ranking().recall5()).isEqualTo(0.75);
        assertThat(m.ranking().mrr10()).isCloseTo((1 + 1.0 / 3 + 0.5 + 0) / 4, within(1e-9));
        assertThat(m.oosAccuracy()).isEqualTo(0.5);
        assertThat(m.falseDecline()).isEqualTo(0.25);
        // a, b, c carry an aspect label other than general/other; b is wrong
        assertThat(m.aspectAccuracy()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(m.toJson())
                .startsWith("{\"n\":6,\"answerable\":4,\"top1\":0.2500")
                .contains("\"baseline\":{\"top1\":0.2500");
    }

    @Test
    void percentilesAreNearestRank() {
        double[] values = {5, 1, 4, 2, 3, 10, 9, 8, 7, 6};
        assertThat(Evaluation.percentile(values, 50)).isEqualTo(5);
        assertThat(Evaluation.percentile(values, 99)).isEqualTo(10);
        assertThat(Evaluation.percentile(new double[0], 50)).isZero();
    }

    @Test
    void questionLinesAreParsedAndBadOnesNamed() {
        EvalQuestion parsed = EvalQuestion.parse(
                "{\"id\":\"x1\",\"question\":\"đăng ký tạm trú\",\"expected\":[\"1.004194\"],\"aspect\":\"documents\"}",
                1);
        assertThat(parsed.expected()).containsExactly("1.004194");
        assertThat(parsed.answerable()).isTrue();
        assertThatThrownBy(() -> EvalQuestion.parse("{\"id\":\"x\",\"expected\":[]}", 7))
                .hasMessageContaining("line 7")
                .hasMessageContaining("question");
        assertThatThrownBy(() -> EvalQuestion.parse("{\"id\":\"x\",\"question\":\"a\",\"expected\":\"1.0\"}", 3))
                .hasMessageContaining("line 3")
                .hasMessageContaining("expected");
        assertThatThrownBy(() -> EvalQuestion.parse("not json", 9)).hasMessageContaining("line 9");
    }
}
