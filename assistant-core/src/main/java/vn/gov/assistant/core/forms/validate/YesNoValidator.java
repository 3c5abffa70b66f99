package vn.gov.assistant.core.forms.validate;

import java.util.ArrayList;
import java.util.List;
import vn.gov.assistant.core.forms.FormField;

/**
 * A yes-or-no answer, stored as {@code "có"} or {@code "không"}: "có", "co", "yes", "ok",
 * "đúng", "rồi", "vâng", "ừ" and the like are yes; "không", "khong", "ko", "k", "no", "chưa"
 * are no. Polite particles around them ("dạ có ạ", "không nhé") do not matter; diacritics may be
 * missing but a different one ("cô") is not read as "có".
 */
final class YesNoValidator {

    static final String YES = "có";
    static final String NO = "không";

    private static final List<String> YES_PHRASES = List.of(
            "có",
            "có rồi",
            "có chứ",
            "yes",
            "y",
            "ok",
            "okay",
            "oke",
            "okê",
            "đúng",
            "đúng rồi",
            "đúng vậy",
            "đúng thế",
            "rồi",
            "vâng",
            "ừ",
            "ừm",
            "uh",
            "phải",
            "dạ",
            "dạ vâng",
            "đồng ý",
            "tôi đồng ý",
            "được",
            "vâng đúng");

    private static final List<String> NO_PHRASES = List.of(
            "không",
            "ko",
            "k",
            "kg",
            "khg",
            "hông",
            "không có",
            "không phải",
            "không đúng",
            "no",
            "n",
            "chưa",
            "chưa có",
            "chưa từng",
            "không ạ",
            "không đồng ý",
            "không cần",
            "thôi",
            "sai");

    /** Particles that only make an answer polite. */
    private static final List<String> TRAILING = List.of("ạ", "à", "nhé", "nhá", "nha", "đâu", "ạh");

    private static final List<String> LEADING = List.of("dạ", "thưa", "vâng");

    Checked check(FormField field, String raw) {
        String value = Answers.clean(raw);
        if (value.isEmpty()) {
            return Answers.empty(field);
        }
        List<String> words = new ArrayList<>(Answers.words(value));
        while (words.size() > 1 && Answers.looselyAny(words.get(words.size() - 1), TRAILING)) {
            words.remove(words.size() - 1);
        }
        String whole = String.join(" ", words);
        Checked read = read(whole);
        if (read != null) {
            return read;
        }
        // "dạ không", "vâng, có": the leading word only answers politely
        while (words.size() > 1 && Answers.looselyAny(words.get(0), LEADING)) {
            words.remove(0);
            read = read(String.join(" ", words));
            if (read != null) {
                return read;
            }
        }
        return Checked.invalid("Bạn trả lời “có” hoặc “không” giúp tôi nhé.");
    }

    private static Checked read(String phrase) {
        if (phrase.isEmpty()) {
            return null;
        }
        if (Answers.looselyAny(phrase, NO_PHRASES)) {
            return Checked.ok(NO);
        }
        if (Answers.looselyAny(phrase, YES_PHRASES)) {
            return Checked.ok(YES);
        }
        return null;
    }
}
