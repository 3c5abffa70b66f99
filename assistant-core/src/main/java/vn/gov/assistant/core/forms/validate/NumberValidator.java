package vn.gov.assistant.core.forms.validate;

import java.util.List;
import java.util.regex.Pattern;
import vn.gov.assistant.core.forms.FormField;

/**
 * A whole number, zero or more: digits ("3", "007" stored as "7", "1.500" with dots or spaces
 * grouping thousands) or a number word from "không" to "mười" with or without diacritics ("ba",
 * "bon"). Stored as plain digits.
 */
final class NumberValidator {

    /** At most this many digits: no count on a form comes near it, and it fits a {@code long}. */
    private static final int MAX_DIGITS = 15;

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[. ]\\d{3})+");
    private static final Pattern NEGATIVE = Pattern.compile("[-−–]\\s*\\d+(?:[.,]\\d+)?");
    private static final Pattern DECIMAL = Pattern.compile("\\d+[.,]\\d+");

    /** Number words, the value being the index; a few have two spellings. */
    private static final List<List<String>> WORDS = List.of(
            List.of("không"),
            List.of("một"),
            List.of("hai"),
            List.of("ba"),
            List.of("bốn", "tư"),
            List.of("năm"),
            List.of("sáu"),
            List.of("bảy", "bẩy"),
            List.of("tám"),
            List.of("chín"),
            List.of("mười"));

    Checked check(FormField field, String raw) {
        String value = Answers.clean(raw);
        if (value.endsWith(".")) {
            value = value.substring(0, value.length() - 1).strip();
        }
        if (value.isEmpty()) {
            return Answers.empty(field);
        }
        String digits = null;
        if (DIGITS.matcher(value).matches()) {
            digits = value;
        } else if (GROUPED.matcher(value).matches()) {
            digits = value.replaceAll("[. ]", "");
        } else if (NEGATIVE.matcher(value).matches()) {
            return Checked.invalid("Số ở mục “" + field.label() + "” không được âm; bạn ghi số từ 0 trở lên nhé.");
        } else if (DECIMAL.matcher(value).matches()) {
            return Checked.invalid("Bạn ghi một số nguyên (không có phần lẻ), ví dụ: 3.");
        } else {
            for (int n = 0; n < WORDS.size(); n++) {
                if (Answers.looselyAny(value, WORDS.get(n))) {
                    return Checked.ok(Integer.toString(n));
                }
            }
            return Checked.invalid("Bạn ghi một số nguyên bằng chữ số, ví dụ: 3.");
        }
        String stripped = digits.replaceFirst("^0+(?=\\d)", "");
        if (stripped.length() > MAX_DIGITS) {
            return Checked.invalid("Số này lớn quá; bạn kiểm tra lại giúp tôi nhé.");
        }
        return Checked.ok(stripped);
    }
}
