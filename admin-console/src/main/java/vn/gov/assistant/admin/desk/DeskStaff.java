package vn.gov.assistant.admin.desk;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.assistant.core.staff.Role;
import vn.gov.assistant.core.staff.StaffAccount;
import vn.gov.assistant.core.staff.StaffAccounts;

/** The staff members a hand-off or a ticket can be passed to: enabled accounts that answer citizens. */
@Component
class DeskStaff {

    private final StaffAccounts accounts;

    DeskStaff(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    /** Active agents (administrators included), by login. */
    List<Colleague> agents() {
        return accounts.all().stream()
                .filter(StaffAccount::enabled)
                .filter(a -> a.roles().contains(Role.AGENT) || a.roles().contains(Role.ADMIN))
                .map(a -> new Colleague(a.username(), a.displayName()))
                .toList();
    }

    /** Active agents other than this one. */
    List<Colleague> others(String login) {
        return agents().stream().filter(c -> !c.login().equals(login)).toList();
    }

    record Colleague(String login, String name) {}
}
