package vn.gov.assistant.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fits a {@link ScopeModel} by L2-regularised logistic regression (batch gradient descent) on
 * labelled questions: does any catalog procedure answer this question? Deterministic: the same
 * questions give the same weights. Used by the {@code eval --fit-scope} command.
 */
public final class ScopeModelFitter {

    private static final int ITERATIONS = 6000;
    private static final double LEARNING_RATE = 0.1;
    private static final double L2 = 0.002;

    private final VietnameseProcedureSearch search;

    public ScopeModelFitter(VietnameseProcedureSearch search) {
        this.search = search;
    }

    /**
     * @param questions each question with whether the catalog answers it
     * @return the fitted model; its threshold is left to the caller
     */
    public ScopeModel fit(Map<String, Boolean> questions) {
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("no questions to fit the scope model on");
        }
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        questions.forEach(
                (question, answerable) -> search.scopeFeatures(question).ifPresent(f -> {
                    x.add(f.vector());
                    y.add(answerable ? 1.0 : 0.0);
                }));
        if (!y.contains(0.0) || !y.contains(1.0)) {
            throw new IllegalArgumentException("the scope model needs answerable and unanswerable questions");
        }
        double[] w = new double[x.getFirst().length];
        for (int it = 0; it < ITERATIONS; it++) {
            double[] gradient = new double[w.length];
            for (int i = 0; i < x.size(); i++) {
                double[] xi = x.get(i);
                double z = 0;
                for (int k = 0; k < w.length; k++) {
                    z += w[k] * xi[k];
                }
                double error = 1 / (1 + Math.exp(-z)) - y.get(i);
                for (int k = 0; k < w.length; k++) {
                    gradient[k] += error * xi[k];
                }
            }
            for (int k = 0; k < w.length; k++) {
                double penalty = k == 0 ? 0 : L2 * w[k];
                w[k] -= LEARNING_RATE * (gradient[k] / x.size() + penalty);
            }
        }
        return new ScopeModel(w);
    }
}
