package vn.gov.assistant.knowledge.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts accents back on syllables typed without them ("dang ky tam tru" to "đăng ký tạm trú"), by
 * a syllable-bigram model trained on the catalog's own text and Viterbi decoding. Syllables the
 * citizen did accent stay as typed and constrain their neighbours; syllables the model has never
 * seen stay as they are. Immutable and thread-safe once trained.
 */
public final class AccentRestorer {

    /** Weight of the bigram estimate against the unigram one (interpolation). */
    private static final double BIGRAM_WEIGHT = 0.8;

    private static final double UNSEEN = 1e-7;

    private final Map<String, List<String>> candidates;
    private final Map<String, Integer> unigrams;
    private final Map<String, Integer> bigrams;
    private final long total;

    private AccentRestorer(
            Map<String, List<String>> candidates, Map<String, Integer> unigrams, Map<String, Integer> bigrams) {
        this.candidates = candidates;
        this.unigrams = unigrams;
        this.bigrams = bigrams;
        this.total = Math.max(
                1, unigrams.values().stream().mapToLong(Integer::longValue).sum());
    }

    /** Trains on texts with accents (any normal form); syllables are counted after normalisation. */
    public static AccentRestorer train(Iterable<String> texts) {
        Map<String, Integer> unigrams = new HashMap<>();
        Map<String, Integer> bigrams = new HashMap<>();
        for (String text : texts) {
            String previous = null;
            for (String syllable : VietnameseText.syllables(VietnameseText.normalize(text))) {
                if (!VietnameseText.hasDiacritics(syllable) && !isPlainWord(syllable)) {
                    previous = null;
                    continue;
                }
                unigrams.merge(syllable, 1, Integer::sum);
                if (previous != null) {
                    bigrams.merge(previous + ' ' + syllable, 1, Integer::sum);
                }
                previous = syllable;
            }
        }
        Map<String, List<String>> candidates = new HashMap<>();
        unigrams.keySet().forEach(s -> candidates
                .computeIfAbsent(VietnameseText.fold(s), k -> new ArrayList<>())
                .add(s));
        candidates.replaceAll((k, list) -> {
            list.sort((a, b) -> unigrams.get(b) - unigrams.get(a));
            return List.copyOf(list.subList(0, Math.min(8, list.size())));
        });
        return new AccentRestorer(Map.copyOf(candidates), Map.copyOf(unigrams), Map.copyOf(bigrams));
    }

    /** Restores the accents of the unaccented syllables of normalised text. */
    public List<String> restore(List<String> syllables) {
        int n = syllables.size();
        if (n == 0) {
            return syllables;
        }
        List<List<String>> options = new ArrayList<>(n);
        for (String s : syllables) {
            if (VietnameseText.hasDiacritics(s)) {
                options.add(List.of(s));
                continue;
            }
            List<String> c = candidates.get(s);
            if (c == null) {
                String telex = VietnameseText.fromTelex(s);
                if (!telex.equals(s) && candidates.containsKey(VietnameseText.fold(telex))) {
                    c = List.of(telex);
                }
            }
            options.add(c == null ? List.of(s) : c);
        }
        double[][] score = new double[n][];
        int[][] back = new int[n][];
        score[0] = new double[options.get(0).size()];
        back[0] = new int[options.get(0).size()];
        for (int j = 0; j < options.get(0).size(); j++) {
            score[0][j] = Math.log(unigram(options.get(0).get(j)));
        }
        for (int i = 1; i < n; i++) {
            List<String> current = options.get(i);
            List<String> previous = options.get(i - 1);
            score[i] = new double[current.size()];
            back[i] = new int[current.size()];
            for (int j = 0; j < current.size(); j++) {
                double best = Double.NEGATIVE_INFINITY;
                int arg = 0;
                for (int k = 0; k < previous.size(); k++) {
                    double s = score[i - 1][k] + Math.log(transition(previous.get(k), current.get(j)));
                    if (s > best) {
                        best = s;
                        arg = k;
                    }
                }
                score[i][j] = best;
                back[i][j] = arg;
            }
        }
        int arg = 0;
        for (int j = 1; j < score[n - 1].length; j++) {
            if (score[n - 1][j] > score[n - 1][arg]) {
                arg = j;
            }
        }
        String[] out = new String[n];
        for (int i = n - 1; i >= 0; i--) {
            out[i] = options.get(i).get(arg);
            arg = back[i][arg];
        }
        return List.of(out);
    }

    /** Number of distinct accented syllables known. */
    public int vocabularySize() {
        return unigrams.size();
    }

    private double unigram(String s) {
        return unigrams.getOrDefault(s, 0) / (double) total + UNSEEN;
    }

    private double transition(String previous, String current) {
        int pair = bigrams.getOrDefault(previous + ' ' + current, 0);
        int context = unigrams.getOrDefault(previous, 0);
        double bigram = context == 0 ? 0 : pair / (double) context;
        return BIGRAM_WEIGHT * bigram + (1 - BIGRAM_WEIGHT) * unigram(current);
    }

    private static boolean isPlainWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
