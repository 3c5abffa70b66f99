package vn.gov.assistant.redis;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import redis.clients.jedis.params.SetParams;
import vn.gov.assistant.core.state.ExpiringStore;

/** Records as JSON under {@code <prefix><namespace>:<key>}, each gone after its ttl (SET PX). */
public final class RedisExpiringStore<T> implements ExpiringStore<T> {

    private final Redis redis;
    private final String namespace;
    private final Class<T> type;

    RedisExpiringStore(Redis redis, String namespace, Class<T> type) {
        this.redis = redis;
        this.namespace = Objects.requireNonNull(namespace);
        this.type = Objects.requireNonNull(type);
    }

    @Override
    public void put(String key, T value, Duration ttl) {
        if (ttl.toMillis() < 1) {
            throw new IllegalArgumentException("ttl must be at least a millisecond");
        }
        String k = key(key);
        String json = redis.write(Objects.requireNonNull(value, "value"));
        redis.call(namespace + ".put", c -> c.set(k, json, SetParams.setParams().px(ttl.toMillis())));
    }

    @Override
    public Optional<T> get(String key) {
        String k = key(key);
        return redis.call(namespace + ".get", c -> Optional.ofNullable(redis.read(c.get(k), type)));
    }

    @Override
    public void remove(String key) {
        String k = key(key);
        redis.call(namespace + ".remove", c -> c.del(k));
    }

    /** Nothing to do: Redis deletes each entry at its ttl by itself. */
    @Override
    public int removeExpired() {
        return 0;
    }

    private String key(String key) {
        return redis.key(namespace, Objects.requireNonNull(key, "key"));
    }
}
