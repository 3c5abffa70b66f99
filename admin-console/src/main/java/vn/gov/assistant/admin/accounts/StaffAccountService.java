package vn.gov.assistant.admin.accounts;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.gov.assistant.admin.security.StaffAccountRules;
import vn.gov.assistant.core.staff.AuditEntry;
import vn.gov.assistant.core.staff.AuditLog;
import vn.gov.assistant.core.staff.Role;
import vn.gov.assistant.core.staff.StaffAccount;
import vn.gov.assistant.core.staff.StaffAccounts;

/**
 * What an administrator does with staff accounts, each action checked (an {@link AccountException}
 * in Vietnamese, and nothing changed) and audited without the password.
 */
public final class StaffAccountService {

    private final StaffAccounts accounts;
    private final AuditLog audit;
    private final PasswordEncoder encoder;
    private final Clock clock;

    public StaffAccountService(StaffAccounts accounts, AuditLog audit, PasswordEncoder encoder, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts);
        this.audit = Objects.requireNonNull(audit);
        this.encoder = Objects.requireNonNull(encoder);
        this.clock = Objects.requireNonNull(clock);
    }

    public List<StaffAccount> all() {
        return accounts.all();
    }

    /** A new account; the login must be free (the form checks the rest beforehand). */
    public StaffAccount create(String actor, String login, String name, Set<Role> roles, String password) {
        checkPassword(password);
        if (roles == null || roles.isEmpty()) {
            throw new AccountException("Chọn ít nhất một vai trò.");
        }
        StaffAccount account = new StaffAccount(
                login, name.strip(), encoder.encode(password), EnumSet.copyOf(roles), true, clock.instant());
        if (!accounts.create(account)) {
            throw new AccountException("Tên đăng nhập " + login + " đã được dùng.");
        }
        record(actor, "account.create", login, roles(account.roles()));
        return account;
    }

    /** Disables or enables an account; nobody disables their own. */
    public void setEnabled(String actor, String login, boolean enabled) {
        StaffAccount account = existing(login);
        if (!enabled && account.username().equals(actor)) {
            throw new AccountException("Bạn không thể tự khoá tài khoản của mình.");
        }
        if (account.enabled() == enabled) {
            return;
        }
        StaffAccount changed = new StaffAccount(
                account.username(),
                account.displayName(),
                account.passwordHash(),
                account.roles(),
                enabled,
                account.created());
        if (!accounts.update(changed)) {
            throw new AccountException("Không tìm thấy tài khoản " + login + ".");
        }
        record(actor, enabled ? "account.enable" : "account.disable", login, "");
    }

    /** Sets a new password, which the staff member is then given by the administrator. */
    public void resetPassword(String actor, String login, String password) {
        checkPassword(password);
        StaffAccount account = existing(login);
        StaffAccount changed = new StaffAccount(
                account.username(),
                account.displayName(),
                encoder.encode(password),
                account.roles(),
                account.enabled(),
                account.created());
        if (!accounts.update(changed)) {
            throw new AccountException("Không tìm thấy tài khoản " + login + ".");
        }
        record(actor, "account.password-reset", login, "");
    }

    private StaffAccount existing(String login) {
        return accounts.find(login).orElseThrow(() -> new AccountException("Không tìm thấy tài khoản " + login + "."));
    }

    private static void checkPassword(String password) {
        if (StaffAccountRules.passwordTooShort(password)) {
            throw new AccountException("Mật khẩu phải có ít nhất " + StaffAccountRules.MIN_PASSWORD_LENGTH + " ký tự.");
        }
        if (StaffAccountRules.passwordTooLong(password)) {
            throw new AccountException("Mật khẩu dài quá " + StaffAccountRules.MAX_PASSWORD_BYTES
                    + " byte (mỗi chữ có dấu chiếm 2 đến 3 byte).");
        }
    }

    private void record(String actor, String action, String target, String detail) {
        audit.record(new AuditEntry(clock.instant(), actor, action, target, detail));
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "));
    }

    /** An account action that cannot be done; the message is for the administrator, in Vietnamese. */
    public static final class AccountException extends RuntimeException {
        public AccountException(String message) {
            super(message);
        }
    }
}
