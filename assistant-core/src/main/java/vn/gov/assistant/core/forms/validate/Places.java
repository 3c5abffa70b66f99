package vn.gov.assistant.core.forms.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.gov.assistant.knowledge.text.VietnameseText;

/**
 * Vietnam's provinces since 1 July 2025: 6 centrally-run cities and 28 provinces, with the
 * provinces merged into each, read once from {@code places/provinces-2025.tsv}; and the other
 * spellings citizens use ("HCM", "Sài Gòn", "TT Huế"), from {@code places/province-aliases.tsv}.
 * Immutable and thread-safe.
 */
public final class Places {

    /** The two kinds of first-tier unit. */
    public enum Kind {
        PROVINCE("tỉnh"),
        CITY("thành phố");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** "tỉnh" or "thành phố", as within a sentence. */
        public String word() {
            return word;
        }

        static Kind of(String word) {
            for (Kind k : values()) {
                if (k.word.equals(word)) {
                    return k;
                }
            }
            throw new IllegalStateException("unknown kind of province: " + word);
        }
    }

    /**
     * One province or centrally-run city.
     *
     * @param name its name without the kind ("Hồ Chí Minh", "Đắk Lắk")
     * @param mergedFrom the provinces merged into it on 1 July 2025
     * @param formerName its name before it was renamed without a merger ("Thừa Thiên Huế" for
     *     Huế), or ""
     */
    public record Province(String name, Kind kind, List<String> mergedFrom, String formerName) {

        public Province {
            mergedFrom = List.copyOf(mergedFrom);
        }

        /** As written in an address: "Tỉnh Đắk Lắk", "Thành phố Hồ Chí Minh". */
        public String displayName() {
            return Answers.capitalize(kind.word()) + " " + name;
        }

        /** As within a sentence: "tỉnh Đắk Lắk", "thành phố Hồ Chí Minh". */
        public String inSentence() {
            return kind.word() + " " + name;
        }
    }

    /**
     * A spelling of a province found in text: the current province, and the old name when the
     * spelling names one merged into it or its former name (else "").
     */
    record Spelling(String compact, String folded, Province province, String oldName) {

        Spelling(String text, Province province, String oldName) {
            this(Answers.compact(text), VietnameseText.fold(Answers.compact(text)), province, oldName);
        }
    }

    private static final List<Province> PROVINCES;
    private static final List<Spelling> SPELLINGS;

    static {
        List<Province> provinces = new ArrayList<>();
        for (List<String> row : Tsv.read("places/provinces-2025.tsv", 4)) {
            List<String> merged = row.get(2).isEmpty()
                    ? List.of()
                    : Arrays.stream(row.get(2).split(";")).map(String::strip).toList();
            provinces.add(new Province(row.get(0), Kind.of(row.get(1)), merged, row.get(3)));
        }
        PROVINCES = List.copyOf(provinces);
        List<Spelling> spellings = new ArrayList<>();
        for (Province p : PROVINCES) {
            spellings.add(new Spelling(p.name(), p, ""));
            for (String old : p.mergedFrom()) {
                spellings.add(new Spelling(old, p, old));
            }
            if (!p.formerName().isEmpty()) {
                spellings.add(new Spelling(p.formerName(), p, p.formerName()));
            }
        }
        for (List<String> row : Tsv.read("places/province-aliases.tsv", 2)) {
            Spelling target = spellings.stream()
                    .filter(s -> s.compact().equals(Answers.compact(row.get(1))))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("alias of an unknown province: " + row.get(1)));
            spellings.add(new Spelling(row.get(0), target.province(), target.oldName()));
        }
        SPELLINGS = List.copyOf(spellings);
    }

    private Places() {}

    /** The 34 provinces and centrally-run cities, cities first, in the order of the data file. */
    public static List<Province> provinces() {
        return PROVINCES;
    }

    /**
     * The current province a name means: its own name, a province merged into it, a former name
     * or a common abbreviation, with or without diacritics ("Hà Giang" and "ha giang" give Tuyên
     * Quang, "HCM" Hồ Chí Minh). The kind word ("tỉnh", "thành phố", "TP.") is not part of it.
     */
    public static Optional<Province> byName(String name) {
        return spelling(name).map(Spelling::province);
    }

    /** The spelling {@code text} is, compared as {@link Answers#loosely}. */
    static Optional<Spelling> spelling(String text) {
        String compact = Answers.compact(text == null ? "" : text);
        if (compact.isEmpty()) {
            return Optional.empty();
        }
        String folded = VietnameseText.fold(compact);
        for (Spelling s : SPELLINGS) {
            if (s.folded().equals(folded) && Answers.marksAgree(compact, s.compact())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
