package vn.gov.assistant.core.staff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** Staff accounts of a single instance, by login. */
public final class InMemoryStaffAccounts implements StaffAccounts {

    private final TreeMap<String, StaffAccount> accounts = new TreeMap<>();

    @Override
    public synchronized Optional<StaffAccount> find(String username) {
        return Optional.ofNullable(accounts.get(username));
    }

    @Override
    public synchronized boolean create(StaffAccount account) {
        Objects.requireNonNull(account, "account");
        return accounts.putIfAbsent(account.username(), account) == null;
    }

    @Override
    public synchronized boolean update(StaffAccount account) {
        Objects.requireNonNull(account, "account");
        return accounts.replace(account.username(), account) != null;
    }

    @Override
    public synchronized List<StaffAccount> all() {
        return List.copyOf(accounts.values());
    }
}
