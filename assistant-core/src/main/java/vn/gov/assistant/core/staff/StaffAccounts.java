package vn.gov.assistant.core.staff;

import java.util.List;
import java.util.Optional;

/** Where staff accounts are kept, shared by every instance when on Redis. */
public interface StaffAccounts {

    Optional<StaffAccount> find(String username);

    /** Keeps a new account; false, and nothing changes, when the login is taken. */
    boolean create(StaffAccount account);

    /** Replaces an existing account (same login); false when there is none. */
    boolean update(StaffAccount account);

    /** Every account, by login. */
    List<StaffAccount> all();
}
