package vn.gov.assistant.core.handoff;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone number or email a citizen leaves to be called back: recognised in what they typed
 * ("0912 345 678", "+84 912.345.678", "an@gmail.com"), normalised, and masked for display.
 */
public final class ContactDetails {

    private static final Pattern PHONE = Pattern.compile("(?:\\+?84|0)\\d{9,10}");
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\\.[A-Za-z]{2,24}");

    private ContactDetails() {}

    /** The phone number (digits, leading 0) or email (lower case) in the text; empty if neither. */
    public static Optional<String> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.length() > 200) {
            return Optional.empty();
        }
        java.util.regex.Matcher email = EMAIL.matcher(t);
        if (email.find()) {
            return Optional.of(email.group().toLowerCase(Locale.ROOT));
        }
        String digits = t.replaceAll("[\\s.()-]", "");
        java.util.regex.Matcher phone = PHONE.matcher(digits);
        if (phone.find()
                && phone.group().length() == digits.replaceAll("[^+\\d]", "").length()) {
            String p = phone.group();
            if (p.startsWith("+84")) {
                p = "0" + p.substring(3);
            } else if (p.startsWith("84") && p.length() >= 11) {
                p = "0" + p.substring(2);
            }
            return p.length() == 10 || p.length() == 11 ? Optional.of(p) : Optional.empty();
        }
        return Optional.empty();
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
