package vn.gov.assistant.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.staff.Role;
import vn.gov.assistant.core.staff.StaffAccount;
import vn.gov.assistant.core.staff.StaffAccounts;

/** What every {@link StaffAccounts} store does: one account per login, kept as given. */
public abstract class StaffAccountsContract {

    protected abstract StaffAccounts accounts();

    private final Instant t0 = Instant.parse("2026-11-30T08:00:00Z");

    private StaffAccount account(String login, String name, Set<Role> roles) {
        return new StaffAccount(login, name, "$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$aGFzaA", roles, true, t0);
    }

    @Test
    void anAccountIsCreatedOncePerLogin() {
        StaffAccounts accounts = accounts();
        StaffAccount lan = account("lan.nguyen", "Nguyễn Thị Lan", EnumSet.of(Role.AGENT, Role.EDITOR));

        assertThat(accounts.create(lan)).isTrue();
        assertThat(accounts.create(account("lan.nguyen", "Người khác", Set.of(Role.ADMIN))))
                .isFalse();

        assertThat(accounts.find("lan.nguyen")).contains(lan);
        assertThat(accounts.find("nobody")).isEmpty();
    }

    @Test
    void onlyAnExistingAccountIsUpdated() {
        StaffAccounts accounts = accounts();
        StaffAccount minh = account("minh.tran", "Trần Văn Minh", Set.of(Role.AGENT));
        accounts.create(minh);
        StaffAccount disabled = new StaffAccount(
                minh.username(), minh.displayName(), minh.passwordHash(), Set.of(), false, minh.created());

        assertThat(accounts.update(disabled)).isTrue();
        assertThat(accounts.update(account("nobody", "Không ai", Set.of(Role.AGENT))))
                .isFalse();

        assertThat(accounts.find("minh.tran")).contains(disabled);
        assertThat(accounts.find("nobody")).isEmpty();
    }

    @Test
    void allAccountsComeByLogin() {
        StaffAccounts accounts = accounts();
        StaffAccount minh = account("minh.tran", "Trần Văn Minh", Set.of(Role.AGENT));
        StaffAccount admin = account("admin", "Quản trị viên", Set.of(Role.ADMIN));
        StaffAccount hoa = account("hoa.le", "Lê Thị Hoa", Set.of(Role.EDITOR));
        accounts.create(minh);
        accounts.create(admin);
        accounts.create(hoa);

        assertThat(accounts.all()).containsExactly(admin, hoa, minh);
    }
}
