package vn.gov.assistant.admin.security;

import java.nio.charset.StandardCharsets;

/** What makes a login and a password acceptable, the same for the first admin and every account. */
public final class StaffAccountRules {

    /** The logins {@link vn.gov.assistant.core.staff.StaffAccount} accepts. */
    public static final String LOGIN_PATTERN = "[a-z0-9._-]{3,40}";

    public static final int MIN_PASSWORD_LENGTH = 12;

    /** bcrypt reads no further; longer passwords are refused rather than silently cut. */
    public static final int MAX_PASSWORD_BYTES = 72;

    private StaffAccountRules() {}

    public static boolean passwordTooShort(String password) {
        return password == null || password.length() < MIN_PASSWORD_LENGTH;
    }

    public static boolean passwordTooLong(String password) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES;
    }
}
