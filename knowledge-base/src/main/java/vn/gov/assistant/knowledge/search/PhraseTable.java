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

    /** A trie over syllables: each node holds the values of the phrases that end there. */
    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>(4);
        final List<V> values = new ArrayList<>(1);
    }

    private final Node<V> root = new Node<>();
    private int size;

    /** Adds a phrase (any form: it is normalised, and folded for a folding table); blank ones are ignored. */
    void add(String phrase, V value) {
        String normalized = VietnameseText.normalize(phrase);
        List<String> syllables = syllables(folding ? VietnameseText.fold(normalized) : normalized);
        if (syllables.isEmpty()) {
            return;
        }
        Node<V> node = root;
        for (String s : syllables) {
            node = node.next.computeIfAbsent(s, k -> new Node<>());
        }
        node.values.add(value);
        size++;
    }

    int size() {
        return size;
    }

    /** Every occurrence of every phrase in the (folded or normalised) syllables, overlaps included. */
    List<Match<V>> findAll(List<String> text) {
        List<Match<V>> matches = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            Node<V> node = root;
            for (int j = i; j < text.size(); j++) {
                node = node.next.get(text.get(j));
                if (node == null) {
                    break;
                }
                for (V value : node.values) {
                    matches.add(new Match<>(i, j + 1, text.subList(i, j + 1), value));
                }
            }
        }
        return matches;
    }

    /** Non-overlapping occurrences, preferring the longest phrase at each position (left to right). */
    List<Match<V>> findLongest(List<String> text) {
        List<Match<V>> out = new ArrayList<>();
        int i = 0;
        while (i < text.size()) {
            Node<V> node = root;
            Match<V> best = null;
            for (int j = i; j < text.size(); j++) {
                node = node.next.get(text.get(j));
                if (node == null) {
                    break;
                }
                if (!node.values.isEmpty()) {
                    best = new Match<>(i, j + 1, text.subList(i, j + 1), node.values.getFirst());
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

    /** Splits normalised text into syllables. */
    static List<String> syllables(String text) {
        return VietnameseText.syllables(text);
    }
}
