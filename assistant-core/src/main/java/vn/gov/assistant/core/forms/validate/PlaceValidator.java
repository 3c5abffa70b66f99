package vn.gov.assistant.core.forms.validate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.gov.assistant.core.forms.FormField;
import vn.gov.assistant.core.forms.validate.Places.Province;
import vn.gov.assistant.core.forms.validate.Places.Spelling;

/**
 * A place in Vietnam's two-tier administration of 1 July 2025: a commune (xã, phường, đặc khu)
 * and a province or centrally-run city, written in any order, case, with or without diacritics
 * ("phường Ba Đình, Hà Nội", "xa Tan Lap tinh Dak Lak", "Đắk Lắk, xã Tân Lập"). Stored as
 * "Xã Tân Lập, Tỉnh Đắk Lắk", preceded by whatever finer detail was given on the far side of the
 * commune ("Thôn 3, Xã Tân Lập, Tỉnh Đắk Lắk").
 *
 * <p>The province may be its current name, the name of a province merged into it, a former name
 * or a common abbreviation (HN, HCM, TPHCM, SG, Sài Gòn), with or without "tỉnh", "thành phố",
 * "TP."; an old name is stored as the new province, with a note saying so. The district level no
 * longer exists: a "quận", "huyện", "thị xã" or provincial "thành phố" is left out of the stored
 * value with a note, and so is an unlabelled part between the commune and the province; nor do
 * "thị trấn" exist any more. An unlabelled part beyond the province (other than "Việt Nam") makes
 * the answer unclear, to be asked again. Without a commune the answer is asked again, unless the field takes
 * a province only: its id ends with {@code -tinh}.
 */
final class PlaceValidator {

    static final String EXAMPLE = "ví dụ: phường Ba Đình, thành phố Hà Nội";

    static final String ASK_DISTRICT = "Từ 1/7/2025 không còn cấp huyện; bạn cho tôi biết tên xã/phường hiện nay nhé.";
    static final String ASK_TOWN = "Từ 1/7/2025 không còn thị trấn (thị trấn cũ nay thuộc một xã hoặc phường); bạn cho"
            + " tôi biết tên xã/phường hiện nay nhé.";
    static final String ASK_KIND = "Bạn ghi rõ là xã, phường hay đặc khu giúp tôi (" + EXAMPLE + ").";
    static final String ASK_COMMUNE = "Bạn cho tôi biết cả xã/phường/đặc khu (" + EXAMPLE + ").";
    static final String NO_PROVINCE =
            "Tôi chưa nhận ra tỉnh/thành phố. Bạn ghi cả xã/phường và tỉnh/thành phố giúp tôi (" + EXAMPLE + ").";
    static final String NO_PROVINCE_ONLY = "Tôi chưa nhận ra tỉnh/thành phố; bạn ghi lại tên tỉnh hoặc thành phố trực"
            + " thuộc trung ương giúp tôi (ví dụ: tỉnh Đắk Lắk).";
    static final String TWO_PROVINCES =
            "Câu trả lời có hai tỉnh/thành phố; bạn ghi một xã/phường và một tỉnh/thành phố" + " thôi nhé.";
    static final String UNCLEAR =
            "Tôi chưa hiểu rõ địa chỉ này; bạn ghi theo thứ tự xã/phường rồi tỉnh/thành phố giúp tôi (" + EXAMPLE
                    + ").";
    static final String TWO_COMMUNES = "Câu trả lời có nhiều xã/phường; bạn ghi một xã/phường thôi nhé.";
    static final String NOTE_DISTRICT = "Từ 1/7/2025 không còn cấp huyện, nên tôi không ghi quận/huyện vào địa chỉ.";
    static final String NOTE_TOWN = "Từ 1/7/2025 không còn thị trấn, nên tôi chỉ ghi xã/phường.";
    static final String NOTE_COMMUNE_RENAMED = "Nếu tên xã/phường cũng đã đổi, bạn cho tôi biết tên mới nhé.";

    /** Whole answers that are only the country. */
    private static final List<String> COUNTRY = List.of("Việt Nam", "VN", "Việt Nam.");

    /** The longest spelling of a province in words ("thành phố" excluded): "Bà Rịa - Vũng Tàu". */
    private static final int MAX_PROVINCE_WORDS = 5;

    private enum Level {
        PROVINCE,
        COMMUNE,
        TOWN,
        DISTRICT,
        /**
         * Below the commune (thôn, phố, đường...): only keeps a province's name after it from being
         * read as the province ("phố Huế"); such parts are kept as detail like any unlabelled one.
         */
        STREET
    }

    /**
     * A word giving the kind of unit the name after it is; a single-letter abbreviation counts
     * only with a dot or a number right after it ("P.", "Q1").
     */
    private record Keyword(Level level, List<String> words, String display, boolean abbreviation) {

        Keyword(Level level, String words, String display) {
            this(level, List.of(words.split(" ")), display, false);
        }

        static Keyword abbreviation(Level level, String letter, String display) {
            return new Keyword(level, List.of(letter), display, true);
        }
    }

    private static final List<Keyword> KEYWORDS = List.of(
            new Keyword(Level.PROVINCE, "thành phố", "Thành phố"),
            new Keyword(Level.PROVINCE, "tp", "Thành phố"),
            new Keyword(Level.PROVINCE, "tỉnh", "Tỉnh"),
            new Keyword(Level.COMMUNE, "xã", "Xã"),
            new Keyword(Level.COMMUNE, "phường", "Phường"),
            new Keyword(Level.COMMUNE, "đặc khu", "Đặc khu"),
            Keyword.abbreviation(Level.COMMUNE, "p", "Phường"),
            Keyword.abbreviation(Level.COMMUNE, "x", "Xã"),
            new Keyword(Level.TOWN, "thị trấn", "Thị trấn"),
            new Keyword(Level.TOWN, "tt", "Thị trấn"),
            new Keyword(Level.DISTRICT, "quận", "Quận"),
            new Keyword(Level.DISTRICT, "huyện", "Huyện"),
            new Keyword(Level.DISTRICT, "thị xã", "Thị xã"),
            new Keyword(Level.DISTRICT, "thành phố", "Thành phố"),
            new Keyword(Level.DISTRICT, "tp", "Thành phố"),
            new Keyword(Level.DISTRICT, "tx", "Thị xã"),
            Keyword.abbreviation(Level.DISTRICT, "q", "Quận"),
            Keyword.abbreviation(Level.DISTRICT, "h", "Huyện"),
            new Keyword(Level.STREET, "phố", ""),
            new Keyword(Level.STREET, "đường", ""),
            new Keyword(Level.STREET, "ngõ", ""),
            new Keyword(Level.STREET, "ngách", ""),
            new Keyword(Level.STREET, "hẻm", ""),
            new Keyword(Level.STREET, "kiệt", ""),
            new Keyword(Level.STREET, "thôn", ""),
            new Keyword(Level.STREET, "xóm", ""),
            new Keyword(Level.STREET, "ấp", ""),
            new Keyword(Level.STREET, "bản", ""),
            new Keyword(Level.STREET, "buôn", ""),
            new Keyword(Level.STREET, "làng", ""),
            new Keyword(Level.STREET, "tổ", ""),
            new Keyword(Level.STREET, "khu", ""),
            new Keyword(Level.STREET, "khối", ""),
            new Keyword(Level.STREET, "số", ""));

    /** Characters that end a part of an address. */
    private static final String BREAKS = ",;()|";

    /** One word of the answer, with where it lies in the cleaned text. */
    private record Token(String text, int start, int end, boolean breakBefore, boolean dotAfter, boolean gluedDigit) {}

    /** Where a province was found: tokens {@code from} (its kind word, if any) to {@code end}. */
    private record Candidate(int from, int end, Spelling spelling, int score) {}

    /** A part of the address: its level (null when it has no kind word), kind word and name. */
    private record Unit(Level level, String display, String name, int side, int distance) {}

    Checked check(FormField field, String raw) {
        String value = Answers.clean(raw);
        if (value.endsWith(".")) {
            value = value.substring(0, value.length() - 1).strip();
        }
        if (value.isEmpty()) {
            return Answers.empty(field);
        }
        boolean provinceOnly = field.id().endsWith("-tinh");
        List<Token> tokens = tokens(value);
        Optional<Candidate> found = province(tokens);
        if (found.isEmpty()) {
            return Checked.invalid(provinceOnly ? NO_PROVINCE_ONLY : NO_PROVINCE);
        }
        Candidate candidate = found.get();
        Province province = candidate.spelling().province();
        String oldName = candidate.spelling().oldName();
        if (provinceOnly) {
            return Checked.ok(province.displayName(), oldNameNote(oldName, province, false));
        }

        List<Unit> units = new ArrayList<>();
        units.addAll(units(value, tokens.subList(0, candidate.from()), -1));
        units.addAll(units(value, tokens.subList(candidate.end(), tokens.size()), 1));
        units.removeIf(u -> u.level() == null && Answers.looselyAny(u.name(), COUNTRY));
        // a second province on its own: the same one under another name ("Hà Giang, Tuyên Quang") is
        // dropped, another one makes the answer ambiguous
        for (Unit u : List.copyOf(units)) {
            Optional<Spelling> other = u.level() == null ? Places.spelling(u.name()) : Optional.empty();
            if (other.isPresent()) {
                if (other.get().province() != province) {
                    return Checked.invalid(TWO_PROVINCES);
                }
                units.remove(u);
            }
        }

        List<Unit> communes = ofLevel(units, Level.COMMUNE);
        if (!ofLevel(units, Level.PROVINCE).isEmpty()) {
            return Checked.invalid(TWO_PROVINCES);
        }
        if (communes.size() > 1) {
            return Checked.invalid(TWO_COMMUNES);
        }
        if (communes.isEmpty()) {
            if (!ofLevel(units, Level.TOWN).isEmpty()) {
                return Checked.invalid(ASK_TOWN);
            }
            if (!ofLevel(units, Level.DISTRICT).isEmpty()) {
                return Checked.invalid(ASK_DISTRICT);
            }
            return Checked.invalid(units.isEmpty() ? ASK_COMMUNE : ASK_KIND);
        }

        Unit commune = communes.get(0);
        boolean districtDropped = !ofLevel(units, Level.DISTRICT).isEmpty();
        boolean townDropped = !ofLevel(units, Level.TOWN).isEmpty();
        List<Unit> detail = new ArrayList<>();
        for (Unit u : units) {
            if (u.level() != null && u.level() != Level.STREET) {
                continue;
            }
            if (u.side() != commune.side()) {
                // beyond the province: nothing belongs there ("tỉnh Đắk Lắk Mới")
                return Checked.invalid(UNCLEAR);
            }
            if (u.distance() < commune.distance()) {
                districtDropped = true; // between the commune and the province: a former district
            } else {
                detail.add(u);
            }
        }
        // finest first, as an address is written
        detail.sort((a, b) -> Integer.compare(b.distance(), a.distance()));

        List<String> parts = new ArrayList<>();
        for (Unit u : detail) {
            parts.add(Answers.capitalize(u.name().substring(0, 1)) + u.name().substring(1));
        }
        parts.add(commune.display() + " " + NameValidator.capitaliseWords(commune.name()));
        parts.add(province.displayName());
        String stored = String.join(", ", parts);
        if (Answers.length(stored) > field.maxLength()) {
            return Checked.invalid("Địa chỉ dài quá: tối đa " + field.maxLength() + " ký tự; bạn ghi ngắn lại giúp tôi"
                    + " (chỉ cần xã/phường và tỉnh/thành phố).");
        }
        Set<String> notes = new LinkedHashSet<>();
        notes.add(oldNameNote(oldName, province, true));
        if (districtDropped) {
            notes.add(NOTE_DISTRICT);
        }
        if (townDropped) {
            notes.add(NOTE_TOWN);
        }
        notes.remove("");
        return Checked.ok(stored, String.join(" ", notes));
    }

    private static String oldNameNote(String oldName, Province province, boolean withCommune) {
        if (oldName.isEmpty()) {
            return "";
        }
        String now = province.inSentence();
        String note = oldName.equals(province.formerName())
                ? "Tỉnh " + oldName + " nay là " + now + "; tôi ghi là " + now + "."
                : "Từ 1/7/2025 tỉnh " + oldName + " đã hợp nhất vào " + now + "; tôi ghi là " + now + ".";
        return withCommune ? note + " " + NOTE_COMMUNE_RENAMED : note;
    }

    private static List<Unit> ofLevel(List<Unit> units, Level level) {
        return units.stream().filter(u -> u.level() == level).toList();
    }

    /**
     * The province named: among the spans of words that are a province's spelling and are not the
     * name of a commune, district or street (no such kind word right before), the one with the
     * fitting kind word before it ("tỉnh Lào Cai" over "thành phố Lào Cai"), then the one standing
     * alone between commas, then the last.
     */
    private static Optional<Candidate> province(List<Token> tokens) {
        Candidate best = null;
        for (int i = 0; i < tokens.size(); i++) {
            for (int length = Math.min(MAX_PROVINCE_WORDS, tokens.size() - i); length >= 1; length--) {
                if (breakWithin(tokens, i, i + length)) {
                    continue;
                }
                StringBuilder span = new StringBuilder();
                for (int k = i; k < i + length; k++) {
                    span.append(tokens.get(k).text()).append(' ');
                }
                Optional<Spelling> spelling = Places.spelling(span.toString());
                if (spelling.isEmpty()) {
                    continue;
                }
                Keyword before = keywordEndingAt(tokens, i, Level.PROVINCE);
                if (before == null && keywordEndingAt(tokens, i, null) != null) {
                    break; // the name of a commune, a district or a street
                }
                int from = before == null ? i : i - before.words().size();
                int end = i + length;
                int score = 0;
                if (before != null) {
                    boolean fits = spelling.get().oldName().isEmpty()
                            ? before.display()
                                    .equals(Answers.capitalize(
                                            spelling.get().province().kind().word()))
                            : before.display().equals("Tỉnh");
                    score += fits ? 4 : 1;
                }
                if (end == tokens.size() || tokens.get(end).breakBefore() || keywordAt(tokens, end, false) != null) {
                    score += 2;
                }
                if (from == 0 || tokens.get(from).breakBefore()) {
                    score += 1;
                }
                if (best == null || score >= best.score()) {
                    best = new Candidate(from, end, spelling.get(), score);
                }
                break;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The parts of one side of the address (before the province: side -1, after: side 1), each
     * starting at a kind word or a comma; distance counts parts away from the province.
     */
    private static List<Unit> units(String text, List<Token> tokens, int side) {
        List<Unit> out = new ArrayList<>();
        Keyword keyword = null;
        int first = -1;
        int i = 0;
        List<int[]> spans = new ArrayList<>();
        List<Keyword> kinds = new ArrayList<>();
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            boolean nameStarted = first >= 0;
            if (t.breakBefore() && (nameStarted || keyword != null)) {
                close(spans, kinds, keyword, first, i);
                keyword = null;
                first = -1;
                nameStarted = false;
            }
            Keyword k = keywordAt(tokens, i, true);
            // a kind word right after another is part of the name ("xã Quan Sơn"); one needs a name after it
            boolean startsUnit = k != null
                    && (nameStarted || keyword == null)
                    && i + k.words().size() < tokens.size()
                    && !tokens.get(i + k.words().size()).breakBefore();
            if (startsUnit) {
                if (nameStarted || keyword != null) {
                    close(spans, kinds, keyword, first, i);
                }
                keyword = k;
                first = -1;
                i += k.words().size();
                continue;
            }
            if (first < 0) {
                first = i;
            }
            i++;
        }
        close(spans, kinds, keyword, first, tokens.size());
        for (int u = 0; u < spans.size(); u++) {
            Keyword kind = kinds.get(u);
            int[] span = spans.get(u);
            String name = text.substring(
                    tokens.get(span[0]).start(), tokens.get(span[1] - 1).end());
            int distance = side < 0 ? spans.size() - 1 - u : u;
            out.add(new Unit(
                    kind == null ? null : kind.level(), kind == null ? "" : kind.display(), name, side, distance));
        }
        return out;
    }

    private static void close(List<int[]> spans, List<Keyword> kinds, Keyword keyword, int first, int end) {
        if (first >= 0 && end > first) {
            spans.add(new int[] {first, end});
            kinds.add(keyword);
        }
    }

    /**
     * The longest kind word starting at token {@code i}, or null. Once the province is found
     * ({@code inUnits}), a "thành phố" is a former district-level city and street words are not
     * looked for.
     */
    private static Keyword keywordAt(List<Token> tokens, int i, boolean inUnits) {
        Keyword best = null;
        for (Keyword k : KEYWORDS) {
            boolean skip = inUnits
                    && (k.level() == Level.STREET
                            || (k.level() == Level.PROVINCE && k.display().equals("Thành phố")));
            if (!skip
                    && matches(tokens, i, k)
                    && (best == null || k.words().size() > best.words().size())) {
                best = k;
            }
        }
        return best;
    }

    /** A kind word ending right before token {@code i} (of {@code level}, or of any other level when null). */
    private static Keyword keywordEndingAt(List<Token> tokens, int i, Level level) {
        if (i < tokens.size() && tokens.get(i).breakBefore()) {
            return null;
        }
        for (Keyword k : KEYWORDS) {
            boolean wanted = level == null ? k.level() != Level.PROVINCE : k.level() == level;
            int start = i - k.words().size();
            if (wanted && start >= 0 && matches(tokens, start, k)) {
                return k;
            }
        }
        return null;
    }

    private static boolean matches(List<Token> tokens, int i, Keyword k) {
        int n = k.words().size();
        if (i + n > tokens.size() || breakWithin(tokens, i, i + n)) {
            return false;
        }
        for (int w = 0; w < n; w++) {
            if (!Answers.loosely(tokens.get(i + w).text(), k.words().get(w))) {
                return false;
            }
        }
        Token last = tokens.get(i + n - 1);
        return !k.abbreviation() || last.dotAfter() || last.gluedDigit();
    }

    /** Whether a comma or the like lies between tokens {@code from} and {@code to} (exclusive). */
    private static boolean breakWithin(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (tokens.get(k).breakBefore()) {
                return true;
            }
        }
        return false;
    }

    /** Words (letters with apostrophes inside, or digits; "Q1" is two) and what lies between them. */
    private static List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        boolean pendingBreak = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (BREAKS.indexOf(c) >= 0) {
                    pendingBreak = true;
                }
                i++;
                continue;
            }
            int start = i;
            boolean digits = Character.isDigit(c);
            while (i < s.length()) {
                char ch = s.charAt(i);
                boolean inWord = digits
                        ? Character.isDigit(ch)
                        : Character.isLetter(ch)
                                || Character.getType(ch) == Character.NON_SPACING_MARK
                                || (isApostrophe(ch) && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1)));
                if (!inWord) {
                    break;
                }
                i++;
            }
            boolean dotAfter = i < s.length() && s.charAt(i) == '.';
            boolean gluedDigit = !digits && i < s.length() && Character.isDigit(s.charAt(i));
            out.add(new Token(s.substring(start, i), start, i, pendingBreak, dotAfter, gluedDigit));
            pendingBreak = false;
        }
        return out;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ';
    }
}
