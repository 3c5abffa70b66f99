package vn.gov.assistant.knowledge.search;

import java.util.Arrays;

/**
 * A logistic model of "a procedure in the catalog answers this question" over {@link
 * ScopeFeatures}. Its weights are fitted offline on labelled questions (see
 * docs/decisions/0003-out-of-scope-decision.md) and kept as data in {@link SearchTuning}.
 */
public record ScopeModel(double[] weights) {

    public ScopeModel {
        weights = weights.clone();
        if (weights.length != 6) {
            throw new IllegalArgumentException("a scope model has 6 weights (bias and 5 features): " + weights.length);
        }
    }

    /** The probability that the best candidate answers the question. */
    double probability(ScopeFeatures features) {
        double[] x = features.vector();
        double z = 0;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScopeModel other && Arrays.equals(weights, other.weights);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "ScopeModel" + Arrays.toString(weights);
    }
}
