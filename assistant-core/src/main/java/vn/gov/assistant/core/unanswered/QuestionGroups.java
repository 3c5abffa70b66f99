package vn.gov.assistant.core.unanswered;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.gov.assistant.core.knowledge.ChangeKind;

/**
 * Groups questions by similarity with a greedy leader clustering: questions are taken oldest
 * first; each joins the group whose <em>leader</em> (the question that founded it) it is most
 * similar to ({@link QuestionFeatures#similarity}), if that is at least the threshold, and
 * otherwise founds a group of its own. Leaders never change, so a group keeps its key (its
 * leader's folded text) as questions arrive; groups staff resolved are seeded first with their
 * key as leader, so later questions like them join them even once the questions they were resolved
 * on are forgotten. Candidate leaders are found through the terms they share with the question
 * (an inverted index), so the cost grows with the shared terms, not with the number of groups.
 */
final class QuestionGroups {

    /** The similarity a question needs to its group's leader, see docs/decisions/0015. */
    static final double DEFAULT_THRESHOLD = 0.5;

    /** The longest group key, in characters (a key is its leader's folded text, cut at a word). */
    static final int MAX_KEY = 200;

    private QuestionGroups() {}

    /** A group: its key, whether it was seeded by a resolution, its questions oldest first. */
    record Cluster(String key, boolean seeded, List<UnansweredQuestion> members) {}

    /**
     * @param questions oldest first
     * @param seeds the keys of resolved groups, which lead groups of their own
     */
    static List<Cluster> group(List<UnansweredQuestion> questions, List<String> seeds, double threshold) {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("the threshold is in (0, 1]: " + threshold);
        }
        List<Leader> leaders = new ArrayList<>();
        Map<String, Integer> byKey = new HashMap<>();
        Map<String, List<Integer>> postings = new HashMap<>();
        for (String seed : seeds) {
            if (!byKey.containsKey(seed)) {
                lead(seed, true, QuestionFeatures.of(seed), leaders, byKey, postings);
            }
        }
        for (UnansweredQuestion q : questions) {
            QuestionFeatures features = QuestionFeatures.of(q.text());
            if (features.terms().isEmpty()) {
                continue; // nothing but punctuation: nothing to group on
            }
            Map<Integer, Integer> shared = new HashMap<>();
            for (String term : features.terms()) {
                for (int leader : postings.getOrDefault(term, List.of())) {
                    shared.merge(leader, 1, Integer::sum);
                }
            }
            int best = -1;
            double bestSimilarity = 0;
            for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                Leader leader = leaders.get(e.getKey());
                double similarity = e.getValue()
                        / Math.sqrt((double) features.terms().size()
                                * leader.features.terms().size());
                if (similarity > bestSimilarity || (similarity == bestSimilarity && e.getKey() < best)) {
                    bestSimilarity = similarity;
                    best = e.getKey();
                }
            }
            if (best < 0 || bestSimilarity < threshold) {
                String key = keyOf(q.text());
                Integer same = byKey.get(key);
                best = same != null ? same : lead(key, false, features, leaders, byKey, postings);
            }
            leaders.get(best).members.add(q);
        }
        List<Cluster> out = new ArrayList<>(leaders.size());
        for (Leader l : leaders) {
            out.add(new Cluster(l.key, l.seeded, List.copyOf(l.members)));
        }
        return out;
    }

    private static int lead(
            String key,
            boolean seeded,
            QuestionFeatures features,
            List<Leader> leaders,
            Map<String, Integer> byKey,
            Map<String, List<Integer>> postings) {
        int id = leaders.size();
        leaders.add(new Leader(key, seeded, features, new ArrayList<>()));
        byKey.put(key, id);
        for (String term : features.terms()) {
            postings.computeIfAbsent(term, t -> new ArrayList<>()).add(id);
        }
        return id;
    }

    /** The key of a group a question founds: its folded words, cut at a word within {@link #MAX_KEY}. */
    static String keyOf(String text) {
        String key = ChangeKind.keyOf(text);
        if (key.length() <= MAX_KEY) {
            return key;
        }
        int cut = key.lastIndexOf(' ', MAX_KEY);
        return key.substring(0, cut > 0 ? cut : MAX_KEY);
    }

    private record Leader(String key, boolean seeded, QuestionFeatures features, List<UnansweredQuestion> members) {}
}
