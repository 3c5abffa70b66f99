package vn.gov.assistant.core.forms.validate;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import vn.gov.assistant.core.forms.FormField;
import vn.gov.assistant.knowledge.text.VietnameseText;

/** What every validator does to a raw answer first, and the comparisons they share. */
final class Answers {

    private static final String QUOTES = "\"'“”‘’«»„`";

    private Answers() {}

    /**
     * The answer as the citizen meant it: Unicode NFC, invisible characters (zero-width spaces,
     * controls) removed, every run of whitespace one space, trimmed, and one pair of quotes around
     * the whole answer removed; "" for {@code null}.
     */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean pendingSpace = false;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = true;
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT) {
                continue;
            }
            if (pendingSpace && !out.isEmpty()) {
                out.append(' ');
            }
            pendingSpace = false;
            out.appendCodePoint(cp);
        }
        String s = out.toString();
        if (s.length() >= 2 && QUOTES.indexOf(s.charAt(0)) >= 0 && QUOTES.indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    /** The reason given for an empty answer. */
    static Checked empty(FormField field) {
        return Checked.invalid("Bạn chưa trả lời mục “" + field.label() + "”.");
    }

    /** Folded (no diacritics, lower case) with everything but letters and digits turned into single spaces. */
    static String key(String text) {
        return VietnameseText.foldedWords(text);
    }

    /** Lower-case words of the answer with their diacritics (tone placed by one rule), punctuation dropped. */
    static List<String> words(String text) {
        return VietnameseText.syllables(VietnameseText.normalize(text));
    }

    /**
     * Whether what was typed is {@code canonical} allowing missing diacritics: the two are equal once
     * folded, and every letter typed with a diacritic is the canonical one ("Ha Nội" and "ha noi"
     * are "Hà Nội", "Huệ" is not "Huế"). Case, tone placement, whitespace and punctuation do not
     * matter.
     */
    static boolean loosely(String typed, String canonical) {
        String t = compact(typed);
        String c = compact(canonical);
        return t.length() == c.length() && looselyAt(t, c);
    }

    /** Whether what was typed is the beginning of {@code canonical}, compared as {@link #loosely}. */
    static boolean looselyStarts(String typed, String canonical) {
        String t = compact(typed);
        String c = compact(canonical);
        return !t.isEmpty() && t.length() <= c.length() && looselyAt(t, c.substring(0, t.length()));
    }

    /** Normalised (lower case, one tone placement) with only letters and digits left. */
    static String compact(String text) {
        return VietnameseText.normalize(text).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private static boolean looselyAt(String t, String c) {
        return VietnameseText.fold(t).equals(VietnameseText.fold(c)) && marksAgree(t, c);
    }

    /**
     * For two {@link #compact} forms equal once folded: whether every letter typed with a diacritic
     * is the canonical one.
     */
    static boolean marksAgree(String typed, String canonical) {
        if (typed.length() != canonical.length()) {
            return false;
        }
        for (int i = 0; i < typed.length(); i++) {
            char ch = typed.charAt(i);
            if (ch >= 128 && ch != canonical.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code typed} loosely equals one of the phrases. */
    static boolean looselyAny(String typed, List<String> phrases) {
        for (String p : phrases) {
            if (loosely(typed, p)) {
                return true;
            }
        }
        return false;
    }

    /** First letter upper case, the rest lower case (Vietnamese-safe: "đà" becomes "Đà"). */
    static String capitalize(String word) {
        if (word.isEmpty()) {
            return word;
        }
        int first = word.codePointAt(0);
        int n = Character.charCount(first);
        return new StringBuilder()
                .appendCodePoint(Character.toUpperCase(first))
                .append(word.substring(n).toLowerCase(Locale.ROOT))
                .toString();
    }

    /** Number of characters as a reader counts them (code points of the NFC text). */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
