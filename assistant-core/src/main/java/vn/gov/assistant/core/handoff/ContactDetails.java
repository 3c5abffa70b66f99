package vn.gov.assistant.core.handoff;

import java.time.LocalDate;
import java.util.Optional;
import vn.gov.assistant.core.forms.FieldType;
import vn.gov.assistant.core.forms.FormField;
import vn.gov.assistant.core.forms.validate.Checked;
import vn.gov.assistant.core.forms.validate.Validators;

/**
 * A phone number or email a citizen leaves to be called back ("0912 345 678", "+84 912.345.678",
 * "an@gmail.com"), and their yes or no to being contacted: read by the declarations' validators,
 * normalised, and masked for display.
 */
public final class ContactDetails {

    private static final Validators VALIDATORS = new Validators();
    private static final FormField PHONE =
            new FormField("dien-thoai", "Số điện thoại", null, null, FieldType.PHONE, true, null, 40, false, null);
    private static final FormField EMAIL =
            new FormField("email", "Email", null, null, FieldType.EMAIL, true, null, 254, false, null);
    private static final FormField YES_NO =
            new FormField("dong-y", "Đồng ý", null, null, FieldType.YESNO, true, null, 40, false, null);

    private ContactDetails() {}

    /**
     * The phone number (digits, leading 0) or email (lower case) the text is, read by the same
     * validators as the declarations' fields; empty if it is neither.
     */
    public static Optional<String> parse(String text) {
        LocalDate today = LocalDate.now();
        for (FormField field : new FormField[] {PHONE, EMAIL}) {
            Checked c = VALIDATORS.check(field, text == null ? "" : text, today);
            if (c.valid()) {
                return Optional.of(c.value());
            }
        }
        return Optional.empty();
    }

    /** Whether an answer is yes ({@code true}), no ({@code false}) or neither (empty). */
    public static Optional<Boolean> yesNo(String text) {
        Checked c = VALIDATORS.check(YES_NO, text == null ? "" : text, LocalDate.now());
        return c.valid() ? Optional.of(c.value().equals("có")) : Optional.empty();
    }

    /** "0912***678", "an***@gmail.com": enough for the citizen to check, not to read it back. */
    public static String mask(String contact) {
        int at = contact.indexOf('@');
        if (at > 0) {
            return contact.substring(0, Math.min(2, at)) + "***" + contact.substring(at);
        }
        if (contact.length() <= 6) {
            return "***";
        }
        return contact.substring(0, 4) + "***" + contact.substring(contact.length() - 3);
    }
}
