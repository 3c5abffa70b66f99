package vn.gov.assistant.core.forms.validate;

import java.util.regex.Pattern;
import vn.gov.assistant.core.forms.FormField;

/**
 * A Vietnamese telephone number, stored in the national form: a mobile number as 10 digits
 * starting 03, 05, 07, 08 or 09 ("0912345678"), a landline as 11 digits starting 02 (area code
 * and subscriber, "02438251234"). Digits may be grouped by spaces, dots, hyphens or parentheses,
 * and the country code may be written +84, 0084 or 84 ("+84 912 345 678", "+84 (0)912...").
 * Service numbers (1800, 1900), foreign numbers and numbers of the pre-2018 eleven-digit mobile
 * plan are refused with an example.
 */
final class PhoneValidator {

    private static final Pattern MOBILE = Pattern.compile("0[35789]\\d{8}");
    private static final Pattern LANDLINE = Pattern.compile("02\\d{9}");

    private static final String EXAMPLES =
            "số di động có 10 chữ số, ví dụ 0912 345 678 hoặc +84 912 345 678; số cố định có 11 chữ số, ví dụ"
                    + " 024 3825 1234";

    Checked check(FormField field, String raw) {
        String value = Answers.clean(raw);
        if (value.isEmpty()) {
            return Answers.empty(field);
        }
        String digits = value.replaceAll("[\\s.\\-()/]", "");
        if (digits.startsWith("+")) {
            if (!digits.startsWith("+84")) {
                return Checked.invalid("Bạn ghi số điện thoại ở Việt Nam giúp tôi (" + EXAMPLES + ").");
            }
            digits = digits.substring(1);
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Checked.invalid("Số điện thoại chỉ gồm chữ số (" + EXAMPLES + ").");
        }
        if (digits.startsWith("0084")) {
            digits = digits.substring(2);
        }
        if (digits.startsWith("84")) {
            // a national number starts with 0, so this is the country code; "(0)" after it is dropped
            digits = "0" + digits.substring(2).replaceFirst("^0", "");
        }
        if (MOBILE.matcher(digits).matches() || LANDLINE.matcher(digits).matches()) {
            return Checked.ok(digits);
        }
        if (digits.startsWith("1800") || digits.startsWith("1900")) {
            return Checked.invalid("Đây là số tổng đài; bạn ghi số điện thoại của bạn giúp tôi (" + EXAMPLES + ").");
        }
        return Checked.invalid("Số điện thoại chưa đúng: " + EXAMPLES + ".");
    }
}
