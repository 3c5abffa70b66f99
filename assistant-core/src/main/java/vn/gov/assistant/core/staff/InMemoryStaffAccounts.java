package vn.gov.assistant.core.staff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Staff accounts in this process: the embedded default, for a single instance. */
public final class InMemoryStaffAccounts implements StaffAccounts {

    private final ConcurrentMap<String, StaffAccount> accounts = new ConcurrentHashMap<>();

    @Override
    public Optional<StaffAccount> find(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(accounts.get(username));
    }

    @Override
    public boolean create(StaffAccount account) {
        Objects.requireNonNull(account, "account");
        return accounts.putIfAbsent(account.username(), account) == null;
    }

    @Override
    public boolean update(StaffAccount account) {
        Objects.requireNonNull(account, "account");
        return accounts.replace(account.username(), account) != null;
    }

    @Override
    public List<StaffAccount> all() {
        return accounts.values().stream()
                .sorted(java.util.Comparator.comparing(StaffAccount::username))
                .toList();
    }
}
