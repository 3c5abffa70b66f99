package vn.gov.assistant.core.unanswered;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.gov.assistant.knowledge.text.VietnameseText;

/**
 * What a question is compared on when questions are grouped: its folded syllables ("dang ky tam
 * tru") without filler ({@code unanswered/filler.txt}) and the bigrams of what is left, as a set;
 * two questions are as similar as the cosine of their sets (shared terms over the geometric mean
 * of their sizes). Folding makes a question typed without diacritics the same as with them.
 */
record QuestionFeatures(Set<String> terms) {

    private static final int LONGEST_FILLER = 3;
    private static final Set<String> FILLER = readFiller();

    QuestionFeatures {
        terms = Set.copyOf(terms);
    }

    static QuestionFeatures of(String text) {
        List<String> words = words(text);
        List<String> content = withoutFiller(words);
        if (content.isEmpty()) {
            content = words; // only filler ("có không?"): compared on what there is
        }
        Set<String> terms = new LinkedHashSet<>(content);
        for (int i = 1; i < content.size(); i++) {
            terms.add(content.get(i - 1) + " " + content.get(i));
        }
        return new QuestionFeatures(terms);
    }

    double similarity(QuestionFeatures other) {
        if (terms.isEmpty() || other.terms.isEmpty()) {
            return 0;
        }
        int shared = 0;
        Set<String> small = terms.size() <= other.terms.size() ? terms : other.terms;
        Set<String> large = small == terms ? other.terms : terms;
        for (String t : small) {
            if (large.contains(t)) {
                shared++;
            }
        }
        return shared / Math.sqrt((double) terms.size() * other.terms.size());
    }

    static List<String> words(String text) {
        String folded = VietnameseText.foldedWords(text == null ? "" : text);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    private static List<String> withoutFiller(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        int i = 0;
        while (i < words.size()) {
            int skip = 0;
            for (int n = Math.min(LONGEST_FILLER, words.size() - i); n >= 1 && skip == 0; n--) {
                if (FILLER.contains(String.join(" ", words.subList(i, i + n)))) {
                    skip = n;
                }
            }
            if (skip == 0) {
                out.add(words.get(i));
                i++;
            } else {
                i += skip;
            }
        }
        return out;
    }

    private static Set<String> readFiller() {
        Set<String> filler = new HashSet<>();
        try (InputStream in = QuestionFeatures.class.getResourceAsStream("/unanswered/filler.txt")) {
            if (in == null) {
                throw new IllegalStateException("/unanswered/filler.txt is missing from the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                String phrase = VietnameseText.foldedWords(line.strip());
                if (!line.startsWith("#") && !phrase.isEmpty()) {
                    if (phrase.split(" ").length > LONGEST_FILLER) {
                        throw new IllegalStateException(
                                "a filler phrase is at most " + LONGEST_FILLER + " words: " + line);
                    }
                    filler.add(phrase);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(filler);
    }
}
