package vn.gov.assistant.admin.security;

import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.gov.assistant.core.staff.AuditEntry;
import vn.gov.assistant.core.staff.AuditLog;
import vn.gov.assistant.core.staff.Role;
import vn.gov.assistant.core.staff.StaffAccount;
import vn.gov.assistant.core.staff.StaffAccounts;
import vn.gov.assistant.core.state.StateUnavailableException;

/**
 * Creates the first administrator from configuration, and only while no staff account exists, so
 * that a fresh installation never runs with a default password: without a configured password the
 * console stays closed (the citizen side works regardless) and the log says how to open it.
 */
public final class AdminBootstrap {

    /** What start-up found. */
    public enum Outcome {
        /** The first administrator was created from the configured password. */
        CREATED,
        /** Accounts exist; the configured password, if any, is not used. */
        ACCOUNTS_EXIST,
        /** No account and no password: nobody can log in until one is configured. */
        CLOSED,
        /** The shared store could not be reached: the citizen side starts anyway; nothing was created. */
        UNREACHABLE
    }

    /** The login given by the staff actions of start-up in the audit. */
    public static final String SYSTEM_ACTOR = "system";

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final StaffAccounts accounts;
    private final AuditLog audit;
    private final PasswordEncoder encoder;
    private final Clock clock;

    public AdminBootstrap(StaffAccounts accounts, AuditLog audit, PasswordEncoder encoder, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts);
        this.audit = Objects.requireNonNull(audit);
        this.encoder = Objects.requireNonNull(encoder);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Checks the configured password (a bad one stops start-up with {@link AdminBootstrapException})
     * and creates the first administrator when there is no account.
     */
    public Outcome run(AdminProperties properties) {
        String password = properties.password();
        if (!password.isEmpty()) {
            check(properties);
        }
        try {
            return createIfNone(properties);
        } catch (StateUnavailableException e) {
            log.warn("Could not check the staff accounts: the shared store cannot be reached. The first "
                    + "administrator, if any is needed, is created at the next start once it can be.");
            return Outcome.UNREACHABLE;
        }
    }

    private Outcome createIfNone(AdminProperties properties) {
        String password = properties.password();
        if (!accounts.all().isEmpty()) {
            if (!password.isEmpty()) {
                log.info("Staff accounts exist: the configured admin password is not used and may be removed");
            }
            return Outcome.ACCOUNTS_EXIST;
        }
        if (password.isEmpty()) {
            log.warn(
                    "The staff console is closed: no staff account exists and no admin password is configured. "
                            + "Set ASSISTANT_ADMIN_PASSWORD (property assistant.admin.password, at least {} characters) "
                            + "and restart to create the first administrator '{}' (assistant.admin.username).",
                    StaffAccountRules.MIN_PASSWORD_LENGTH,
                    properties.username());
            return Outcome.CLOSED;
        }
        StaffAccount admin = new StaffAccount(
                properties.username(),
                "Quản trị viên",
                encoder.encode(password),
                Set.of(Role.ADMIN),
                true,
                clock.instant());
        if (accounts.create(admin)) {
            audit.record(new AuditEntry(
                    clock.instant(), SYSTEM_ACTOR, "account.create", admin.username(), "quản trị viên đầu tiên"));
            log.info(
                    "Created the first staff account '{}' (ADMIN) from the configured admin password",
                    admin.username());
            return Outcome.CREATED;
        }
        // another instance created it at the same moment
        return Outcome.ACCOUNTS_EXIST;
    }

    private static void check(AdminProperties properties) {
        if (StaffAccountRules.passwordTooShort(properties.password())) {
            throw new AdminBootstrapException("The configured admin password (ASSISTANT_ADMIN_PASSWORD, property "
                    + "assistant.admin.password) is shorter than " + StaffAccountRules.MIN_PASSWORD_LENGTH
                    + " characters and was refused.");
        }
        if (StaffAccountRules.passwordTooLong(properties.password())) {
            throw new AdminBootstrapException("The configured admin password (ASSISTANT_ADMIN_PASSWORD, property "
                    + "assistant.admin.password) is longer than " + StaffAccountRules.MAX_PASSWORD_BYTES
                    + " bytes (bcrypt's limit) and was refused.");
        }
        if (!properties.username().matches(StaffAccountRules.LOGIN_PATTERN)) {
            throw new AdminBootstrapException("The configured admin login (assistant.admin.username) '"
                    + properties.username() + "' is not a valid login: 3 to 40 lower-case letters, digits, "
                    + "'.', '_' or '-'.");
        }
    }

    /** The configured first administrator cannot be created as configured; start-up stops. */
    public static final class AdminBootstrapException extends IllegalStateException {
        public AdminBootstrapException(String message) {
            super(message);
        }
    }
}
