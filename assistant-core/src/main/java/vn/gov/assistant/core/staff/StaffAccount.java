package vn.gov.assistant.core.staff;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A staff member's account: login (lower case), name shown to colleagues, the password's hash
 * (never the password), roles, whether it may log in, and when it was created.
 */
public record StaffAccount(
        String username, String displayName, String passwordHash, Set<Role> roles, boolean enabled, Instant created) {

    public StaffAccount {
        if (username == null || !username.matches("[a-z0-9._-]{3,40}")) {
            throw new IllegalArgumentException("a login has 3 to 40 lower-case letters, digits, '.', '_' or '-'");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("a staff member needs a name");
        }
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new IllegalArgumentException("a staff account needs a password hash");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        Objects.requireNonNull(created, "created");
    }
}
