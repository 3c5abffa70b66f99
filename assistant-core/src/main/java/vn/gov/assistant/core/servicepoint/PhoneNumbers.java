package vn.gov.assistant.core.servicepoint;

import java.time.LocalDate;
import java.util.List;
import vn.gov.assistant.core.forms.FieldType;
import vn.gov.assistant.core.forms.FormField;
import vn.gov.assistant.core.forms.validate.Checked;
import vn.gov.assistant.core.forms.validate.Validators;

/**
 * An office's telephone: a Vietnamese mobile or landline number as the declarations' validator
 * reads it (stored as its digits, "02438251234"), or a hotline of 1800/1900 (8 or 10 digits),
 * which offices use and citizens' own numbers never are.
 */
final class PhoneNumbers {

    private static final FormField PHONE =
            new FormField("dien-thoai", "Điện thoại", null, null, FieldType.PHONE, false, List.of(), 40, false, null);

    private static final Validators VALIDATORS = new Validators();

    static final String WRONG = "Số điện thoại chưa đúng: số di động có 10 chữ số (ví dụ 0912 345 678), số cố định"
            + " có 11 chữ số (ví dụ 024 3825 1234), tổng đài 1800/1900 có 8 hoặc 10 chữ số (ví dụ 1900 1234).";

    private PhoneNumbers() {}

    /** The number to store ("" for none), or why it is not one. */
    static Checked check(String raw) {
        String typed = raw == null ? "" : raw.strip();
        if (typed.isEmpty()) {
            return Checked.ok("");
        }
        String digits = typed.replaceAll("[\\s.\\-()]", "");
        if (digits.matches("1[89]00(\\d{4}|\\d{6})")) {
            return Checked.ok(digits);
        }
        Checked checked = VALIDATORS.check(PHONE, typed, LocalDate.EPOCH);
        return checked.valid() ? checked : Checked.invalid(WRONG);
    }

    /** Digits grouped as Vietnamese write them: "0912 345 678", "024 3825 1234", "0236 382 1234", "1900 1234". */
    static String display(String digits) {
        if (!digits.matches("\\d+")) {
            return digits;
        }
        if (digits.startsWith("1")) {
            return digits.substring(0, 4) + " " + group(digits.substring(4), 3);
        }
        if (digits.length() == 10) {
            return digits.substring(0, 4) + " " + digits.substring(4, 7) + " " + digits.substring(7);
        }
        if (digits.length() == 11 && (digits.startsWith("024") || digits.startsWith("028"))) {
            return digits.substring(0, 3) + " " + digits.substring(3, 7) + " " + digits.substring(7);
        }
        if (digits.length() == 11) {
            return digits.substring(0, 4) + " " + digits.substring(4, 7) + " " + digits.substring(7);
        }
        return digits;
    }

    private static String group(String digits, int size) {
        if (digits.length() <= 4) {
            return digits;
        }
        return digits.substring(0, size) + " " + digits.substring(size);
    }
}
