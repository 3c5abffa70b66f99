package vn.gov.assistant.knowledge.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.gov.assistant.knowledge.text.VietnameseText;

/**
 * The abbreviations, misspellings and old terms rewritten in a citizen's message before search
 * ("cccd" -> "căn cước", "hộ khẩu" -> "thường trú"): the bundled
 * {@code /dictionary/abbreviations.tsv} plus staff's entries. Short forms are compared exactly,
 * diacritics included ("hông" is "không", "hỏng" is not), so they are keyed by their normalised
 * form ({@link #keyOf}); staff's entry for a short form the file already has replaces the file's,
 * and an entry whose expansion is its own short form keeps the words as typed (switches a rewrite
 * off).
 */
public final class Abbreviations {

    public static final String BUNDLED = "/dictionary/abbreviations.tsv";

    /** Normalised short form -> normalised expansion, in the order they were added. */
    private final Map<String, String> byShortForm;

    private Abbreviations(Map<String, String> byShortForm) {
        this.byShortForm = Collections.unmodifiableMap(byShortForm);
    }

    /** The bundled file's abbreviations. */
    public static Abbreviations bundled() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String[] row : Lexicons.readTsv(BUNDLED, 2)) {
            put(map, row[0], row[1]);
        }
        return new Abbreviations(map);
    }

    /** Exactly these abbreviations (short form -> expansion). */
    public static Abbreviations of(Map<String, String> entries) {
        Map<String, String> map = new LinkedHashMap<>();
        entries.forEach((shortForm, expansion) -> put(map, shortForm, expansion));
        return new Abbreviations(map);
    }

    /** These abbreviations and {@code extra} ones (staff's); an extra short form already here replaces it. */
    public Abbreviations with(Map<String, String> extra) {
        Map<String, String> map = new LinkedHashMap<>(byShortForm);
        extra.forEach((shortForm, expansion) -> put(map, shortForm, expansion));
        return new Abbreviations(map);
    }

    private static void put(Map<String, String> map, String shortForm, String expansion) {
        String key = keyOf(shortForm);
        if (!key.isEmpty()) {
            map.put(key, VietnameseText.normalize(expansion));
        }
    }

    /**
     * How a short form is matched and keyed: normalised (NFC, lower case, one tone placement),
     * diacritics kept, its syllables separated by single spaces; "" when it has none.
     */
    public static String keyOf(String shortForm) {
        return String.join(" ", VietnameseText.syllables(VietnameseText.normalize(shortForm == null ? "" : shortForm)));
    }

    /** The expansion of a short form (in any spelling {@link #keyOf} reads the same). */
    public Optional<String> expansionOf(String shortForm) {
        return Optional.ofNullable(byShortForm.get(keyOf(shortForm)));
    }

    /** Every short form (normalised) and its expansion, in the order they were added. */
    public Map<String, String> asMap() {
        return byShortForm;
    }

    public int size() {
        return byShortForm.size();
    }

    /**
     * The exact phrase table the question analysis rewrites with. An entry that expands to itself
     * stays in it: it keeps its words as typed and protects them from a shorter rule inside them
     * ("số chứng minh nhân dân" is not rewritten by "chứng minh nhân dân").
     */
    PhraseTable<String> table() {
        PhraseTable<String> table = new PhraseTable<>(false);
        byShortForm.forEach(table::add);
        return table;
    }
}
