package vn.gov.assistant.redis;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.gov.assistant.core.handoff.StaffPresence;

/**
 * Staff presence shared by every instance: a sorted set of logins scored by when each was last
 * seen. Logins not seen for a day are dropped as others report in.
 */
public final class RedisStaffPresence implements StaffPresence {

    private static final Redis.Script SEEN = new Redis.Script(
            """
            redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2])
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[3])
            return 1
            """);

    private final Redis redis;
    private final String key;

    RedisStaffPresence(Redis redis) {
        this.redis = redis;
        this.key = redis.key("staff", "presence");
    }

    @Override
    public void seen(String staff, Instant now) {
        Objects.requireNonNull(staff, "staff");
        long at = now.toEpochMilli();
        redis.eval(
                "presence.seen",
                SEEN,
                List.of(key),
                List.of(
                        Long.toString(at),
                        staff,
                        Long.toString(at - Duration.ofDays(1).toMillis())));
    }

    @Override
    public void left(String staff) {
        redis.call("presence.left", c -> c.zrem(key, staff));
    }

    @Override
    public List<String> online(Instant now, Duration window) {
        long since = now.minus(window).toEpochMilli();
        return redis.call("presence.online", c -> c.zrangeByScore(key, Long.toString(since), "+inf")).stream()
                .sorted()
                .toList();
    }
}
