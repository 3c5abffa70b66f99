package vn.gov.assistant.redis;

import java.util.List;
import java.util.Objects;
import vn.gov.assistant.core.staff.AuditEntry;
import vn.gov.assistant.core.staff.AuditLog;

/**
 * The audit shared by every instance: a list, newest first, trimmed to the newest {@code
 * capacity} entries (at least 100,000 in production) in the same script that adds one.
 */
public final class RedisAuditLog implements AuditLog {

    private static final Redis.Script RECORD = new Redis.Script(
            """
            redis.call('LPUSH', KEYS[1], ARGV[1])
            redis.call('LTRIM', KEYS[1], 0, tonumber(ARGV[2]) - 1)
            return 1
            """);

    private final Redis redis;
    private final String key;
    private final int capacity;

    RedisAuditLog(Redis redis, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.redis = redis;
        this.key = redis.key("audit");
        this.capacity = capacity;
    }

    @Override
    public void record(AuditEntry entry) {
        String json = redis.write(Objects.requireNonNull(entry, "entry"));
        redis.eval("audit.record", RECORD, List.of(key), List.of(json, Integer.toString(capacity)));
    }

    @Override
    public List<AuditEntry> recent(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("max must not be negative");
        }
        if (max == 0) {
            return List.of();
        }
        return redis.call("audit.recent", c -> c.lrange(key, 0, max - 1L).stream()
                .map(json -> redis.read(json, AuditEntry.class))
                .toList());
    }
}
