package vn.gov.assistant.knowledge.search;

/**
 * The evidence that the best procedure found is what a question is about, each in [0, 1] but
 * the margin: named by an everyday name, share of the official name in the question, share of
 * the question's syllables and syllable bigrams that the procedure's record supports, and the
 * lead of the best candidate's score over the second.
 */
record ScopeFeatures(double named, double nameCoverage, double support, double bigramSupport, double margin) {

    double[] vector() {
        return new double[] {1, named, nameCoverage, support, bigramSupport, Math.min(1, margin)};
    }
}
