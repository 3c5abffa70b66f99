package vn.gov.assistant.redis;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import vn.gov.assistant.core.staff.StaffAccount;
import vn.gov.assistant.core.staff.StaffAccounts;

/** Staff accounts shared by every instance: one hash, login to account JSON. */
public final class RedisStaffAccounts implements StaffAccounts {

    private static final Redis.Script REPLACE = new Redis.Script(
            """
            if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then
              return 0
            end
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
            return 1
            """);

    private final Redis redis;
    private final String key;

    RedisStaffAccounts(Redis redis) {
        this.redis = redis;
        this.key = redis.key("staff", "accounts");
    }

    @Override
    public Optional<StaffAccount> find(String username) {
        Objects.requireNonNull(username, "username");
        return redis.call(
                "staff.find", c -> Optional.ofNullable(redis.read(c.hget(key, username), StaffAccount.class)));
    }

    @Override
    public boolean create(StaffAccount account) {
        String json = redis.write(Objects.requireNonNull(account, "account"));
        return redis.call("staff.create", c -> c.hsetnx(key, account.username(), json)) == 1;
    }

    @Override
    public boolean update(StaffAccount account) {
        Objects.requireNonNull(account, "account");
        return Redis.isOne(
                redis.eval("staff.update", REPLACE, List.of(key), List.of(account.username(), redis.write(account))));
    }

    @Override
    public List<StaffAccount> all() {
        return redis.call("staff.all", c -> {
            Map<String, String> byLogin = new TreeMap<>(c.hgetAll(key));
            return byLogin.values().stream()
                    .map(json -> redis.read(json, StaffAccount.class))
                    .toList();
        });
    }
}
