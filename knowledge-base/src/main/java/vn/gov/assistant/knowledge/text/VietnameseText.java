package vn.gov.assistant.knowledge.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalisation of Vietnamese text, shared by indexing, queries and everything that compares
 * citizens' words: Unicode NFC, one tone placement ("hoà" and "hòa" become the same), lower case,
 * and accent folding ("đăng ký" to "dang ky"). Pure functions, no Locale or charset defaults.
 */
public final class VietnameseText {

    /** Combining tone marks, in the order of {@link Tone}. */
    private static final char[] TONE_MARKS = {'\u0300', '\u0301', '\u0309', '\u0303', '\u0323'};

    private static final String VOWELS = "aăâeêioôơuưy";
    private static final String MARKED_VOWELS = "ăâêôơư";

    /** The five marked tones of Vietnamese plus the level tone. */
    public enum Tone {
        LEVEL,
        GRAVE,
        ACUTE,
        HOOK,
        TILDE,
        DOT;

        char mark() {
            return TONE_MARKS[ordinal() - 1];
        }
    }

    /** Vietnamese has some thousands of syllables: normalising each once makes indexing fast. */
    private static final int SYLLABLE_CACHE_LIMIT = 100_000;

    private static final java.util.concurrent.ConcurrentHashMap<String, String> SYLLABLES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private VietnameseText() {}

    /** NFC, lower case (Vietnamese-safe), tone marks placed by one rule, whitespace collapsed. */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        String lower = nfc.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        int i = 0;
        int n = lower.length();
        while (i < n) {
            char c = lower.charAt(i);
            if (Character.isLetter(c)) {
                int start = i;
                while (i < n && (Character.isLetter(lower.charAt(i)) || isCombiningMark(lower.charAt(i)))) {
                    i++;
                }
                out.append(normalizeSyllable(lower.substring(start, i)));
            } else if (Character.isWhitespace(c)) {
                if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }

    /** Removes every diacritic: "Đăng ký thường trú" becomes "dang ky thuong tru" (also lower-cases). */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (isCombiningMark(c)) {
                continue;
            }
            out.append(
                    switch (c) {
                        case 'đ', 'Đ' -> 'd';
                        default -> Character.toLowerCase(c);
                    });
        }
        return out.toString();
    }

    /**
     * The text folded ({@link #fold}) with every run of other characters than letters and digits
     * made one space, trimmed: "Điền tờ khai CT-01!" becomes "dien to khai ct 01". For matching
     * phrases word by word, whatever the citizen's diacritics and punctuation.
     */
    public static String foldedWords(String text) {
        return fold(text).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /**
     * Removes the diacritics but keeps case and everything else: what a citizen types on a
     * keyboard without Vietnamese input ("Đăng Ký" becomes "Dang Ky").
     */
    public static String stripDiacritics(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c == 'đ') {
                out.append('d');
            } else if (c == 'Đ') {
                out.append('D');
            } else if (!isCombiningMark(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when the text carries any Vietnamese diacritic (tone, vowel mark, or đ). */
    public static boolean hasDiacritics(String text) {
        if (text == null) {
            return false;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (isCombiningMark(c) || c == 'đ' || c == 'Đ') {
                return true;
            }
        }
        return false;
    }

    /** Splits text into syllables: runs of letters and digits (normalise the text first). */
    public static java.util.List<String> syllables(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(text.substring(start, i));
            }
        }
        return out;
    }

    /**
     * Reads a syllable typed in Telex without the keyboard's conversion ("ddaang" to "đâng",
     * "kys" to "ký"), or returns it unchanged when it has no Telex keys.
     */
    public static String fromTelex(String typed) {
        String s = typed.toLowerCase(Locale.ROOT);
        Tone tone = Tone.LEVEL;
        if (s.length() > 1) {
            tone = switch (s.charAt(s.length() - 1)) {
                case 's' -> Tone.ACUTE;
                case 'f' -> Tone.GRAVE;
                case 'r' -> Tone.HOOK;
                case 'x' -> Tone.TILDE;
                case 'j' -> Tone.DOT;
                default -> Tone.LEVEL;
            };
            if (tone != Tone.LEVEL) {
                s = s.substring(0, s.length() - 1);
            }
        }
        s = s.replace("dd", "đ")
                .replace("aa", "â")
                .replace("aw", "ă")
                .replace("ee", "ê")
                .replace("oo", "ô")
                .replace("ow", "ơ")
                .replace("uw", "ư")
                .replace("w", "ư");
        if (s.equals(typed.toLowerCase(Locale.ROOT)) || !isVietnameseShaped(s)) {
            return typed;
        }
        return placeTone(s, tone);
    }

    /** The tone of one syllable, LEVEL when it has none. */
    public static Tone toneOf(String syllable) {
        String decomposed = Normalizer.normalize(syllable, Normalizer.Form.NFD);
        for (int i = 0; i < decomposed.length(); i++) {
            for (int t = 0; t < TONE_MARKS.length; t++) {
                if (decomposed.charAt(i) == TONE_MARKS[t]) {
                    return Tone.values()[t + 1];
                }
            }
        }
        return Tone.LEVEL;
    }

    /** The syllable without its tone mark but with its vowel marks and đ: "thuỷ" becomes "thuy". */
    public static String removeTone(String syllable) {
        String decomposed = Normalizer.normalize(syllable, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (!isToneMark(c)) {
                out.append(c);
            }
        }
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
    }

    /**
     * Puts the tone back on one toneless lower-case syllable by the modern rule: on the vowel with
     * a mark (ơ in ươ), else on the last vowel before a final consonant, else on the second vowel
     * of oa/oe/uy, else on the first (middle of three) vowel; "qu" and "gi" count as consonants.
     */
    public static String placeTone(String toneless, Tone tone) {
        if (tone == Tone.LEVEL) {
            return toneless;
        }
        int first = -1;
        int last = -1;
        int start = 0;
        if (toneless.startsWith("qu")
                || (toneless.startsWith("gi") && toneless.length() > 2 && isVowel(toneless.charAt(2)))) {
            start = 2;
        }
        for (int i = start; i < toneless.length(); i++) {
            if (isVowel(toneless.charAt(i))) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            } else if (first >= 0) {
                break;
            }
        }
        if (first < 0) {
            // "gi" + tone (e.g. "gì") or a syllable with no vowel after the prefix
            for (int i = 0; i < toneless.length(); i++) {
                if (isVowel(toneless.charAt(i))) {
                    first = i;
                    last = i;
                }
            }
            if (first < 0) {
                return toneless;
            }
        }
        int target;
        int marked = -1;
        for (int i = first; i <= last; i++) {
            if (MARKED_VOWELS.indexOf(toneless.charAt(i)) >= 0) {
                marked = i;
            }
        }
        boolean closed = last + 1 < toneless.length();
        String cluster = toneless.substring(first, last + 1);
        if (marked >= 0) {
            target = marked;
        } else if (first == last) {
            target = first;
        } else if (closed) {
            target = last;
        } else if (cluster.equals("oa") || cluster.equals("oe") || cluster.equals("uy")) {
            target = last;
        } else if (last - first >= 2) {
            target = first + 1;
        } else {
            target = first;
        }
        String withMark = toneless.substring(0, target + 1) + tone.mark() + toneless.substring(target + 1);
        return Normalizer.normalize(withMark, Normalizer.Form.NFC);
    }

    /** One syllable, lower-case NFC, with its tone placed by {@link #placeTone}. */
    public static String normalizeSyllable(String syllable) {
        boolean ascii = true;
        for (int i = 0; i < syllable.length() && ascii; i++) {
            ascii = syllable.charAt(i) < 128;
        }
        if (ascii) {
            return syllable.toLowerCase(Locale.ROOT);
        }
        String cached = SYLLABLES.get(syllable);
        if (cached != null) {
            return cached;
        }
        String normalized = normalizeSyllableUncached(syllable);
        if (SYLLABLES.size() < SYLLABLE_CACHE_LIMIT) {
            SYLLABLES.put(syllable, normalized);
        }
        return normalized;
    }

    private static String normalizeSyllableUncached(String syllable) {
        String lower = Normalizer.normalize(syllable, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        Tone tone = toneOf(lower);
        String toneless = removeTone(lower);
        if (!isVietnameseShaped(toneless)) {
            return lower;
        }
        return placeTone(toneless, tone);
    }

    private static boolean isVietnameseShaped(String toneless) {
        for (int i = 0; i < toneless.length(); i++) {
            char c = toneless.charAt(i);
            if (!(c >= 'a' && c <= 'z') && VOWELS.indexOf(c) < 0 && c != 'đ') {
                return false;
            }
        }
        return true;
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    private static boolean isToneMark(char c) {
        for (char mark : TONE_MARKS) {
            if (c == mark) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCombiningMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
