package vn.gov.assistant.redis;

import java.time.Duration;
import java.util.Objects;
import redis.clients.jedis.params.SetParams;
import vn.gov.assistant.core.state.Deduplication;

/** Keys remembered by every instance: a key set only if absent (SET NX PX) is a first sight. */
public final class RedisDeduplication implements Deduplication {

    private final Redis redis;

    RedisDeduplication(Redis redis) {
        this.redis = redis;
    }

    @Override
    public boolean firstSeen(String key, Duration ttl) {
        Objects.requireNonNull(key, "key");
        if (ttl.toMillis() < 1) {
            throw new IllegalArgumentException("ttl must be at least a millisecond");
        }
        String full = redis.key("seen", key);
        SetParams ifAbsent = SetParams.setParams().nx().px(ttl.toMillis());
        return "OK".equals(redis.call("dedup.first-seen", c -> c.set(full, "1", ifAbsent)));
    }

    @Override
    public void forget(String key) {
        Objects.requireNonNull(key, "key");
        String full = redis.key("seen", key);
        redis.call("dedup.forget", c -> c.del(full));
    }
}
