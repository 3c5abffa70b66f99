package vn.gov.assistant.admin.security;

import java.util.Locale;
import java.util.Objects;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import vn.gov.assistant.core.staff.Role;
import vn.gov.assistant.core.staff.StaffAccount;
import vn.gov.assistant.core.staff.StaffAccounts;

/**
 * Spring Security's view of the {@link StaffAccounts} port: a staff account's hash, its roles as
 * {@code ROLE_...} authorities, and whether it may log in. Logins are compared in lower case.
 */
public final class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccounts accounts;

    public StaffUserDetailsService(StaffAccounts accounts) {
        this.accounts = Objects.requireNonNull(accounts);
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffAccount account = accounts.find(normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("no such staff account"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .authorities(AuthorityUtils.createAuthorityList(account.roles().stream()
                        .map(StaffUserDetailsService::authority)
                        .toList()))
                .disabled(!account.enabled())
                .build();
    }

    /** The authority a role is granted as. */
    public static String authority(Role role) {
        return "ROLE_" + role.name();
    }

    /** The form of a login the accounts are kept under. */
    public static String normalise(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }
}
