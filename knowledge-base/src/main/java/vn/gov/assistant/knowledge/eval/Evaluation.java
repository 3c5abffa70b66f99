package vn.gov.assistant.knowledge.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import vn.gov.assistant.knowledge.search.Aspect;
import vn.gov.assistant.knowledge.search.ProcedureSearch;
import vn.gov.assistant.knowledge.search.SearchHit;
import vn.gov.assistant.knowledge.search.SearchResult;

/**
 * Runs labelled questions through a search and computes the metrics of eval/README: top1,
 * recall5 and mrr10 over answerable questions (ranks count whether or not the search declined),
 * oos_accuracy over unanswerable ones, false_decline, aspect_accuracy (labels other than
 * general/other), and latency percentiles after unmeasured warm-up passes.
 */
public final class Evaluation {

    /** One question's outcome. */
    public record Outcome(EvalQuestion question, String searched, SearchResult result, int rank, double millis) {

        /** 1-based rank of the first expected code among the hits, 0 when absent. */
        public int rank() {
            return rank;
        }
    }

    /** Ranking metrics of one search. */
    public record Ranking(double top1, double recall5, double mrr10) {}

    /** All metrics of a run. */
    public record Metrics(
            int n,
            int answerable,
            Ranking ranking,
            double oosAccuracy,
            double falseDecline,
            double aspectAccuracy,
            double p50Millis,
            double p99Millis,
            Ranking baseline) {

        /** One JSON object, the eval command's last line. */
        public String toJson() {
            return String.format(
                    Locale.ROOT,
                    "{\"n\":%d,\"answerable\":%d,\"top1\":%.4f,\"recall5\":%.4f,\"mrr10\":%.4f,"
                            + "\"oos_accuracy\":%.4f,\"false_decline\":%.4f,\"aspect_accuracy\":%.4f,"
                            + "\"p50_ms\":%.4f,\"p99_ms\":%.4f,"
                            + "\"baseline\":{\"top1\":%.4f,\"recall5\":%.4f,\"mrr10\":%.4f}}",
                    n,
                    answerable,
                    ranking.top1(),
                    ranking.recall5(),
                    ranking.mrr10(),
                    oosAccuracy,
                    falseDecline,
                    aspectAccuracy,
                    p50Millis,
                    p99Millis,
                    baseline.top1(),
                    baseline.recall5(),
                    baseline.mrr10());
        }
    }

    private Evaluation() {}

    /** Unmeasured passes first, so that the latency measured is that of the compiled code. */
    static final int WARM_UP_PASSES = 3;

    /** Searches every question (after {@code prepare}), {@link #WARM_UP_PASSES} times to warm up, then once measured. */
    public static List<Outcome> run(
            List<EvalQuestion> questions, ProcedureSearch search, UnaryOperator<String> prepare) {
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            for (EvalQuestion q : questions) {
                search.search(prepare.apply(q.question()), 10);
            }
        }
        List<Outcome> outcomes = new ArrayList<>(questions.size());
        for (EvalQuestion q : questions) {
            String text = prepare.apply(q.question());
            long start = System.nanoTime();
            SearchResult result = search.search(text, 10);
            double millis = (System.nanoTime() - start) / 1e6;
            outcomes.add(new Outcome(q, text, result, rank(result.hits(), q.expected()), millis));
        }
        return outcomes;
    }

    public static Metrics metrics(List<Outcome> outcomes, List<Outcome> baseline) {
        int answerable = 0;
        int unanswerable = 0;
        int declinedCorrectly = 0;
        int declinedWrongly = 0;
        int aspectLabelled = 0;
        int aspectRight = 0;
        for (Outcome o : outcomes) {
            EvalQuestion q = o.question();
            if (q.answerable()) {
                answerable++;
                if (o.result().outOfScope()) {
                    declinedWrongly++;
                }
                if (!q.aspect().equals("general") && !q.aspect().equals("other")) {
                    aspectLabelled++;
                    if (o.result().aspect() == Aspect.fromLabel(q.aspect())) {
                        aspectRight++;
                    }
                }
            } else {
                unanswerable++;
                if (o.result().outOfScope()) {
                    declinedCorrectly++;
                }
            }
        }
        double[] latencies =
                outcomes.stream().mapToDouble(Outcome::millis).sorted().toArray();
        return new Metrics(
                outcomes.size(),
                answerable,
                ranking(outcomes),
                ratio(declinedCorrectly, unanswerable),
                ratio(declinedWrongly, answerable),
                ratio(aspectRight, aspectLabelled),
                percentile(latencies, 50),
                percentile(latencies, 99),
                ranking(baseline));
    }

    /** top1, recall5 and mrr10 over the answerable questions. */
    public static Ranking ranking(List<Outcome> outcomes) {
        int answerable = 0;
        int top1 = 0;
        int recall5 = 0;
        double mrr = 0;
        for (Outcome o : outcomes) {
            if (!o.question().answerable()) {
                continue;
            }
            answerable++;
            int rank = o.rank();
            if (rank == 1) {
                top1++;
            }
            if (rank >= 1 && rank <= 5) {
                recall5++;
            }
            if (rank >= 1 && rank <= 10) {
                mrr += 1.0 / rank;
            }
        }
        return new Ranking(ratio(top1, answerable), ratio(recall5, answerable), answerable == 0 ? 0 : mrr / answerable);
    }

    static int rank(List<SearchHit> hits, Set<String> expected) {
        for (int i = 0; i < hits.size(); i++) {
            if (expected.contains(hits.get(i).code().value())) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Nearest-rank percentile of sorted values; 0 for none. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        double[] values = sorted.clone();
        Arrays.sort(values);
        int rank = (int) Math.ceil(p / 100.0 * values.length);
        return values[Math.max(0, Math.min(values.length - 1, rank - 1))];
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
