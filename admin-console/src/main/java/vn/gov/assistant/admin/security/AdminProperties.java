package vn.gov.assistant.admin.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The console's settings ({@code assistant.admin.*}): the first administrator, created only while
 * no account exists, and the login lockout. There is deliberately no default password.
 *
 * @param username login of the first administrator
 * @param password its initial password ({@code ASSISTANT_ADMIN_PASSWORD}); empty keeps the console
 *     closed until one is set
 * @param maxFailedLogins failed logins in a row after which a login is locked
 * @param lockout how long a locked login stays locked
 */
@ConfigurationProperties("assistant.admin")
public record AdminProperties(
        @DefaultValue("admin") String username,
        @DefaultValue("") String password,
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockout) {

    public AdminProperties {
        username = username == null ? "admin" : username.strip().toLowerCase(java.util.Locale.ROOT);
        password = password == null ? "" : password;
        if (maxFailedLogins < 1) {
            throw new IllegalArgumentException("assistant.admin.max-failed-logins must be at least 1");
        }
        if (lockout == null || lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("assistant.admin.lockout must be positive");
        }
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "AdminProperties[username=" + username + ", password=" + (password.isEmpty() ? "(none)" : "(set)")
                + ", maxFailedLogins=" + maxFailedLogins + ", lockout=" + lockout + "]";
    }
}
