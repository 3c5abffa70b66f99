package vn.gov.assistant.core.forms.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.assistant.core.forms.FormField;
import vn.gov.assistant.knowledge.text.VietnameseText;

/**
 * One of the field's options, stored as the option's text. The answer may be the option's text
 * (any case), the same without diacritics ("nu" for "Nữ"), its number in the list ("2", "số 2"),
 * or the beginning of exactly one option ("ket" for "Kết hôn").
 */
final class ChoiceValidator {

    private static final Pattern NUMBER = Pattern.compile("(?:(?:so|thu|lua chon|phuong an|chon|cau)\\s+)?(\\d{1,3})");

    Checked check(FormField field, String raw) {
        String value = Answers.clean(raw);
        if (value.endsWith(".")) {
            value = value.substring(0, value.length() - 1).strip();
        }
        if (value.isEmpty()) {
            return Answers.empty(field);
        }
        List<String> options = field.options();

        String normalized = VietnameseText.normalize(value);
        for (String option : options) {
            if (VietnameseText.normalize(option).equals(normalized)) {
                return Checked.ok(option);
            }
        }

        List<String> loose = new ArrayList<>();
        for (String option : options) {
            if (Answers.loosely(value, option)) {
                loose.add(option);
            }
        }
        if (loose.size() == 1) {
            return Checked.ok(loose.get(0));
        }
        if (loose.size() > 1) {
            return ambiguous(loose);
        }

        String key = Answers.key(value);
        Matcher number = NUMBER.matcher(key);
        if (number.matches()) {
            int n = Integer.parseInt(number.group(1));
            if (n >= 1 && n <= options.size()) {
                return Checked.ok(options.get(n - 1));
            }
            return Checked.invalid("Chỉ có " + options.size() + " lựa chọn; bạn chọn số từ 1 đến " + options.size()
                    + " nhé: " + listed(options) + ".");
        }

        if (!key.isEmpty()) {
            List<String> prefixed = new ArrayList<>();
            for (String option : options) {
                if (Answers.looselyStarts(value, option)) {
                    prefixed.add(option);
                }
            }
            if (prefixed.size() == 1) {
                return Checked.ok(prefixed.get(0));
            }
            if (prefixed.size() > 1) {
                return ambiguous(prefixed);
            }
        }
        return Checked.invalid(
                "Bạn chọn một trong các lựa chọn sau (trả lời bằng số hoặc bằng chữ): " + listed(options) + ".");
    }

    private static Checked ambiguous(List<String> candidates) {
        return Checked.invalid("Câu trả lời khớp với nhiều lựa chọn (" + String.join(", ", candidates)
                + "); bạn ghi rõ hơn giúp tôi nhé.");
    }

    private static String listed(List<String> options) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < options.size(); i++) {
            if (i > 0) {
                out.append("; ");
            }
            out.append(i + 1).append(". ").append(options.get(i));
        }
        return out.toString();
    }
}
