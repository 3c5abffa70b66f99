package vn.gov.assistant.knowledge.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.gov.assistant.knowledge.text.VietnameseText;

/**
 * Phrases found in a text at syllable boundaries, each carrying a value (an aspect, a procedure
 * code, an expansion...). A folding table keys phrases by their accent-folded syllables (so
 * "bao nhieu" finds "bao nhiêu"); an exact one by their normalised syllables, for abbreviations
 * whose accents matter ("hông" is "không", "hỏng" is not).
 */
final class PhraseTable<V> {

    private final boolean folding;

    PhraseTable() {
        this(true);
    }

    PhraseTable(boolean folding) {
        this.folding = folding;
    }

    /** One occurrence of a phrase in a syllable sequence: [start, end) and the phrase's value. */
    record Match<V>(int start, int end, List<String> phrase, V value) {
        int length() {
            return end - start;
        }
    }

    private final Map<String, List<Entry<V>>> byFirstSyllable = new HashMap<>();
    private int size;

    private record Entry<V>(List<String> syllables, V value) {}

    /** Adds a phrase (any form: it is normalised and folded here); blank phrases are ignored. */
    void add(String phrase, V value) {
        String normalized = VietnameseText.normalize(phrase);
        List<String> syllables = syllables(folding ? VietnameseText.fold(normalized) : normalized);
        if (syllables.isEmpty()) {
            return;
        }
        byFirstSyllable
                .computeIfAbsent(syllables.getFirst(), k -> new ArrayList<>())
                .add(new Entry<>(List.copyOf(syllables), value));
        size++;
    }

    int size() {
        return size;
    }

    /** Every occurrence of every phrase in the (folded or normalised) syllables, overlaps included. */
    List<Match<V>> findAll(List<String> folded) {
        List<Match<V>> matches = new ArrayList<>();
        for (int i = 0; i < folded.size(); i++) {
            List<Entry<V>> candidates = byFirstSyllable.get(folded.get(i));
            if (candidates == null) {
                continue;
            }
            for (Entry<V> e : candidates) {
                if (matchesAt(folded, i, e.syllables())) {
                    matches.add(new Match<>(i, i + e.syllables().size(), e.syllables(), e.value()));
                }
            }
        }
        return matches;
    }

    /** Non-overlapping occurrences, preferring the longest phrase at each position (left to right). */
    List<Match<V>> findLongest(List<String> folded) {
        List<Match<V>> out = new ArrayList<>();
        int i = 0;
        while (i < folded.size()) {
            Match<V> best = null;
            List<Entry<V>> candidates = byFirstSyllable.get(folded.get(i));
            if (candidates != null) {
                for (Entry<V> e : candidates) {
                    if (matchesAt(folded, i, e.syllables())
                            && (best == null || e.syllables().size() > best.length())) {
                        best = new Match<>(i, i + e.syllables().size(), e.syllables(), e.value());
                    }
                }
            }
            if (best == null) {
                i++;
            } else {
                out.add(best);
                i = best.end();
            }
        }
        return out;
    }

    private static boolean matchesAt(List<String> text, int at, List<String> phrase) {
        if (at + phrase.size() > text.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!text.get(at + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Splits normalised text into syllables. */
    static List<String> syllables(String text) {
        return VietnameseText.syllables(text);
    }
}
