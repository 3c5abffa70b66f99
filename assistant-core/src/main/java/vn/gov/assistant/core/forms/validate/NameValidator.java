package vn.gov.assistant.core.forms.validate;

import java.util.ArrayList;
import java.util.List;
import vn.gov.assistant.core.forms.FormField;

/**
 * A person's name: letters (Vietnamese, and the Latin letters of minority names such as "H'Hen
 * Niê"), spaces, hyphens and apostrophes only, 2 to 100 characters (fewer if the field says so),
 * and at least two words for a full name. Each word is capitalised ("nguyễn văn AN" becomes
 * "Nguyễn Văn An"), also after a hyphen or an apostrophe. A name typed without diacritics is kept so, capitalised: accents are
 * never guessed, and a tone mark is never moved (a name is spelt as on the person's papers).
 *
 * <p>A field asks for a full name unless its label names only a given or other name: it mentions
 * "tên" but not "họ" ("Tên gọi khác").
 */
final class NameValidator {

    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 100;

    Checked check(FormField field, String raw) {
        String value = Answers.clean(raw);
        if (value.endsWith(".")) {
            value = value.substring(0, value.length() - 1).strip();
        }
        if (value.isEmpty()) {
            return Answers.empty(field);
        }
        value = value.replaceAll("[’‘ʼ`´]", "'").replaceAll("[‐‑–]", "-").replaceAll(" ?- ?", "-");
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isDigit(cp)) {
                return Checked.invalid("Họ tên không có chữ số; bạn ghi lại họ tên bằng chữ giúp tôi nhé.");
            }
            boolean letter = Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
            if (!letter && cp != ' ' && cp != '-' && cp != '\'') {
                return Checked.invalid("Họ tên chỉ gồm chữ cái, dấu cách, dấu gạch nối (-) hoặc dấu nháy ('); bạn bỏ"
                        + " các ký hiệu khác giúp tôi nhé.");
            }
        }
        if (!value.matches("\\p{L}+(?:[-' ]\\p{L}+)*'?")) {
            return Checked.invalid(
                    "Dấu gạch nối (-) và dấu nháy (') chỉ đứng giữa các chữ cái của họ tên; bạn ghi lại giúp"
                            + " tôi nhé.");
        }
        int length = Answers.length(value);
        if (length < MIN_LENGTH) {
            return Checked.invalid("Họ tên ngắn quá; bạn ghi đầy đủ giúp tôi nhé.");
        }
        int max = Math.min(MAX_LENGTH, field.maxLength());
        if (length > max) {
            return Checked.invalid("Họ tên dài quá: tối đa " + max + " ký tự; bạn kiểm tra lại giúp tôi nhé.");
        }
        List<String> words = List.of(value.split(" "));
        if (words.size() < 2 && fullName(field)) {
            return Checked.invalid("Bạn ghi đầy đủ họ, chữ đệm (nếu có) và tên, ví dụ: Nguyễn Văn An.");
        }
        return Checked.ok(capitaliseWords(value));
    }

    /** Whether the field asks for a full name (see the class comment). */
    static boolean fullName(FormField field) {
        List<String> words = List.of(Answers.key(field.label()).split(" "));
        return !(words.contains("ten") && !words.contains("ho"));
    }

    /** Every word of a name capitalised as {@link #capitalise} does, single spaces between. */
    static String capitaliseWords(String text) {
        List<String> out = new ArrayList<>();
        for (String word : text.strip().split(" +")) {
            out.add(capitalise(word));
        }
        return String.join(" ", out);
    }

    /** "AN" to "An", "h'hen" to "H'Hen", "nguyễn-trần" to "Nguyễn-Trần". */
    private static String capitalise(String word) {
        StringBuilder out = new StringBuilder(word.length());
        int start = 0;
        for (int i = 0; i <= word.length(); i++) {
            if (i == word.length() || word.charAt(i) == '-' || word.charAt(i) == '\'') {
                out.append(Answers.capitalize(word.substring(start, i)));
                if (i < word.length()) {
                    out.append(word.charAt(i));
                }
                start = i + 1;
            }
        }
        return out.toString();
    }
}
