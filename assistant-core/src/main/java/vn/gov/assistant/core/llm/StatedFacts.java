package vn.gov.assistant.core.llm;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkable facts a Vietnamese text states: links, procedure codes, form and document codes,
 * amounts and other numbers, and durations. Each fact has a key that compares by meaning ("7.000",
 * "7000" and "7 nghìn" are one amount; "03 ngày" and "ba ngày làm việc" one duration) and the words
 * it was written with, to tell a reader what was not supported.
 */
final class StatedFacts {

    enum Kind {
        LINK,
        PROCEDURE_CODE,
        FORM,
        DURATION,
        NUMBER
    }

    /** A fact: what it is, its key for comparison, its words, and where they start. */
    record Fact(Kind kind, String key, String surface, int at) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    // Repeated groups are bounded ({0,6}, not *): java.util.regex recurses once per repetition of a
    // group, and a long enough run in a question would overflow the stack. Look-aheads and e-mail
    // parts are bounded too, so a long run without a match costs linear time, not quadratic.

    private static final Pattern LINK = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]{1,64}@[\\p{L}\\p{N}-]{1,63}(?:\\.[\\p{L}\\p{N}-]{1,63}){1,8}"
                    + "|(?:https?://|www\\.)[^\\s<>\"]+"
                    + "|(?<![\\p{L}\\p{N}@.-])(?:[a-z0-9-]{1,63}\\.){1,8}(?:vn|com|net|org)(?:/[^\\s<>\"]*)?(?![\\p{L}\\p{N}])",
            FLAGS);

    /** The national catalog's codes: one digit, a dot, six digits ("1.004194", "2.000986"). */
    private static final Pattern PROCEDURE_CODE = Pattern.compile("(?<![\\p{N}.,])\\d\\.\\d{6}(?![\\p{N}])");

    /** "mẫu CT01", "Mẫu số 02", "mẫu số 01/ĐK": the identifier after the word, if it has a digit. */
    private static final Pattern FORM_AFTER_WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}])mẫu\\s+(?:số\\s+)?([\\p{L}\\p{N}]{0,20}\\p{N}[\\p{L}\\p{N}]{0,20}(?:[-/][\\p{L}\\p{N}]+){0,6})",
            FLAGS);

    /**
     * Codes of forms and documents ("TK1-TS", "HK02", "144/QĐ-BCA", "01/2021/NĐ-CP"): a token with an
     * upper-case letter and a digit that starts with a letter or is joined by '-' or '/'.
     */
    private static final Pattern CODE = Pattern.compile("(?<![\\p{L}\\p{N}])(?<!\\d[.,])"
            + "(?=[\\p{L}\\p{N}/-]{0,40}\\p{Lu})(?=[\\p{L}\\p{N}/-]{0,40}\\p{N})"
            + "(?:\\p{L}[\\p{L}\\p{N}]*(?:[-/][\\p{L}\\p{N}]+){0,6}|[\\p{L}\\p{N}]+(?:[-/][\\p{L}\\p{N}]+){1,6})");

    private static final String TIME_UNIT = "(ngày(?:\\s+làm\\s+việc)?|tháng|năm|giờ|tuần|phút)";
    private static final String MULTIPLIER = "(nghìn|ngàn|triệu|tỷ|tỉ)";
    private static final String CURRENCY = "(?:đồng|đ|vnđ|vnd)";

    /** "tư", "mốt", "lăm" and "mươi" only follow another number word ("hai mươi tư", "mười lăm"). */
    private static final String FIRST_NUMBER_WORD = "(?:một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười)";

    private static final String NUMBER_WORD = "(?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|bẩy|tám|chín|mười|mươi|trăm)";

    /**
     * Numbers written in words count only before a unit ("ba ngày", "bảy nghìn đồng"), and not as a
     * weekday or day of the month ("thứ năm tuần sau", "mồng một tháng Giêng") or before a year
     * ("đầu tư năm 2024").
     */
    private static final Pattern SPELLED_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?<!(?:thứ|mùng|mồng)\\s)(" + FIRST_NUMBER_WORD + "(?:\\s+" + NUMBER_WORD
                    + "){0,6})\\s+(?:" + MULTIPLIER + "|" + TIME_UNIT
                    + "|(đồng|phần\\s+trăm))(?![\\p{L}\\p{N}])(?!\\s*\\d)",
            FLAGS);

    /** Vietnamese writing: '.' groups thousands, ',' starts decimals ("10.000", "1,5", "100000"). */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\d{1,3}(?:\\.\\d{3}){1,6}|\\d+)(?:,(\\d+))?(?!\\d)"
                    + "(?:\\s*" + MULTIPLIER + "(?![\\p{L}\\p{N}]))?"
                    + "(?:\\s*" + TIME_UNIT + "(?![\\p{L}\\p{N}])|\\s*" + CURRENCY + "(?![\\p{L}\\p{N}])|\\s*%)?",
            FLAGS);

    private static final Map<String, Integer> DIGIT_WORDS = Map.ofEntries(
            Map.entry("một", 1),
            Map.entry("mốt", 1),
            Map.entry("hai", 2),
            Map.entry("ba", 3),
            Map.entry("bốn", 4),
            Map.entry("tư", 4),
            Map.entry("năm", 5),
            Map.entry("lăm", 5),
            Map.entry("sáu", 6),
            Map.entry("bảy", 7),
            Map.entry("bẩy", 7),
            Map.entry("tám", 8),
            Map.entry("chín", 9));

    private StatedFacts() {}

    /** The facts stated in {@code text}, each once, in order of appearance. */
    static List<Fact> in(String text) {
        Map<String, Fact> facts = new LinkedHashMap<>();
        String rest = normalise(text);
        rest = take(rest, LINK, m -> fact(Kind.LINK, linkKey(m.group()), m), facts);
        rest = take(rest, PROCEDURE_CODE, m -> fact(Kind.PROCEDURE_CODE, m.group(), m), facts);
        Matcher form = FORM_AFTER_WORD.matcher(rest);
        while (form.find()) {
            add(fact(Kind.FORM, codeKey(form.group(1)), form), facts);
        }
        rest = take(rest, CODE, m -> fact(Kind.FORM, codeKey(m.group()), m), facts);
        rest = take(rest, SPELLED_NUMBER, StatedFacts::spelledNumber, facts);
        take(rest, NUMBER, StatedFacts::number, facts);
        return facts.values().stream().sorted(Comparator.comparingInt(Fact::at)).toList();
    }

    /**
     * The keys a source text supports. A source's duration also supports its bare number, so that
     * "trong 3 ngày" covers a rephrasing that says "3" once the unit was named.
     */
    static List<String> supportedKeys(Collection<String> sources) {
        List<String> keys = new ArrayList<>();
        for (String source : sources) {
            for (Fact fact : in(source)) {
                keys.add(keyOf(fact.kind(), fact.key()));
                if (fact.kind() == Kind.DURATION) {
                    keys.add(keyOf(
                            Kind.NUMBER, fact.key().substring(0, fact.key().indexOf(' '))));
                }
            }
        }
        return keys;
    }

    static String keyOf(Kind kind, String key) {
        return kind + ":" + key;
    }

    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace('\u00A0', ' ')
                .replace('\u202F', ' ');
    }

    /** Records the facts {@code pattern} finds and blanks them out, so later patterns skip them. */
    private static String take(String text, Pattern pattern, Function<Matcher, Fact> toFact, Map<String, Fact> facts) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder rest = new StringBuilder(text.length());
        int copied = 0;
        while (matcher.find()) {
            add(toFact.apply(matcher), facts);
            rest.append(text, copied, matcher.start()).append(" ".repeat(matcher.end() - matcher.start()));
            copied = matcher.end();
        }
        return rest.append(text, copied, text.length()).toString();
    }

    private static void add(Fact fact, Map<String, Fact> facts) {
        facts.putIfAbsent(keyOf(fact.kind(), fact.key()), fact);
    }

    private static Fact fact(Kind kind, String key, MatchResult match) {
        return new Fact(kind, key, match.group().strip(), match.start());
    }

    private static Fact number(Matcher m) {
        BigDecimal value = new BigDecimal(m.group(1).replace(".", "") + (m.group(2) == null ? "" : "." + m.group(2)));
        return measured(value, m.group(3), m.group(4), m);
    }

    private static Fact spelledNumber(Matcher m) {
        return measured(BigDecimal.valueOf(spelledValue(m.group(1))), m.group(2), m.group(3), m);
    }

    private static Fact measured(BigDecimal value, String multiplier, String timeUnit, MatchResult surface) {
        BigDecimal amount = multiplier == null ? value : value.multiply(multiplierValue(multiplier));
        String number = amount.stripTrailingZeros().toPlainString();
        if (timeUnit != null) {
            String unit = timeUnit.toLowerCase(Locale.ROOT).split("\\s+")[0];
            return fact(Kind.DURATION, number + " " + unit, surface);
        }
        return fact(Kind.NUMBER, number, surface);
    }

    private static BigDecimal multiplierValue(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "nghìn", "ngàn" -> BigDecimal.valueOf(1_000);
            case "triệu" -> BigDecimal.valueOf(1_000_000);
            default -> BigDecimal.valueOf(1_000_000_000);
        };
    }

    /** "mười lăm" = 15, "hai mươi mốt" = 21, "hai trăm năm mươi" = 250. */
    private static long spelledValue(String words) {
        long total = 0;
        long current = 0;
        for (String word : words.toLowerCase(Locale.ROOT).split("\\s+")) {
            switch (word) {
                case "trăm" -> {
                    total += (current == 0 ? 1 : current) * 100;
                    current = 0;
                }
                case "mươi" -> current *= 10;
                case "mười" -> current += 10;
                default -> current += DIGIT_WORDS.get(word);
            }
        }
        return total + current;
    }

    /** Upper case; a purely numeric form number by value ("mẫu số 02" = "mẫu số 2"). */
    private static String codeKey(String code) {
        if (code.chars().allMatch(Character::isDigit)) {
            return new BigDecimal(code).toPlainString();
        }
        return code.toUpperCase(Locale.ROOT);
    }

    private static String linkKey(String link) {
        String key = link.toLowerCase(Locale.ROOT).replaceFirst("[.,;:!?)\\]]+$", "");
        key = key.replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        return key.endsWith("/") ? key.substring(0, key.length() - 1) : key;
    }
}
