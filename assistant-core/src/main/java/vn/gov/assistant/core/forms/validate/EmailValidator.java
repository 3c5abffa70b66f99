package vn.gov.assistant.core.forms.validate;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.gov.assistant.core.forms.FormField;

/**
 * An e-mail address by a pragmatic pattern (what mail providers in use accept, not every form
 * RFC 5322 allows): a local part of letters, digits and {@code . _ % + -} without leading,
 * trailing or doubled dots, an {@code @}, and a domain with a top-level part of two letters or
 * more. Stored lower-cased.
 */
final class EmailValidator {

    private static final String EXAMPLE = "ví dụ: nguyenvanan@gmail.com";

    private static final Pattern EMAIL =
            Pattern.compile("[a-z0-9_%+-]+(?:\\.[a-z0-9_%+-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,24}");

    Checked check(FormField field, String raw) {
        String value = Answers.clean(raw);
        if (value.toLowerCase(Locale.ROOT).startsWith("mailto:")) {
            value = value.substring("mailto:".length()).strip();
        }
        if (value.startsWith("<") && value.endsWith(">")) {
            value = value.substring(1, value.length() - 1).strip();
        }
        if (value.endsWith(".")) {
            value = value.substring(0, value.length() - 1);
        }
        if (value.isEmpty()) {
            return Answers.empty(field);
        }
        value = value.replace('＠', '@').toLowerCase(Locale.ROOT);
        int at = value.indexOf('@');
        if (at < 0) {
            return Checked.invalid("Địa chỉ email cần có dấu @ (" + EXAMPLE + ").");
        }
        if (value.indexOf('@', at + 1) >= 0) {
            return Checked.invalid("Địa chỉ email chỉ có một dấu @ (" + EXAMPLE + ").");
        }
        if (value.contains(" ")) {
            return Checked.invalid("Địa chỉ email không có dấu cách (" + EXAMPLE + ").");
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= 128) {
                return Checked.invalid("Địa chỉ email không có chữ có dấu tiếng Việt (" + EXAMPLE + ").");
            }
        }
        if (at > 64 || value.length() > 254 || !EMAIL.matcher(value).matches()) {
            return Checked.invalid("Địa chỉ email chưa đúng dạng (" + EXAMPLE + ").");
        }
        return Checked.ok(value);
    }
}
