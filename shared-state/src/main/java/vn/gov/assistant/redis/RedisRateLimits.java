package vn.gov.assistant.redis;

import java.util.List;
import java.util.Objects;
import vn.gov.assistant.core.state.RateLimits;

/**
 * Token buckets shared by every instance: one hash per key, refilled and taken from in one Lua
 * script on Redis's own clock, so that instances with skewed clocks agree. A bucket left alone
 * expires once it would be full again.
 */
public final class RedisRateLimits implements RateLimits {

    private static final Redis.Script TAKE = new Redis.Script(
            """
            local rate = tonumber(ARGV[1])
            local burst = tonumber(ARGV[2])
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
            local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
            local tokens = tonumber(state[1])
            local at = tonumber(state[2])
            if tokens == nil or at == nil then
              tokens = burst
              at = now
            end
            if now > at then
              tokens = tokens + (now - at) / 1000000 * rate
              at = now
            end
            if tokens > burst then
              tokens = burst
            end
            local allowed = 0
            if tokens >= 1 then
              tokens = tokens - 1
              allowed = 1
            end
            redis.call('HSET', KEYS[1], 'tokens', string.format('%.6f', tokens), 'at', string.format('%.0f', at))
            redis.call('PEXPIRE', KEYS[1], math.ceil(burst / rate * 1000) + 1000)
            return allowed
            """);

    private final Redis redis;

    RedisRateLimits(Redis redis) {
        this.redis = redis;
    }

    @Override
    public boolean tryAcquire(String key, double perSecond, int burst) {
        Objects.requireNonNull(key, "key");
        if (!(perSecond > 0) || burst < 1 || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("a bucket needs a positive rate and a burst of at least 1");
        }
        return Redis.isOne(redis.eval(
                "rate.take",
                TAKE,
                List.of(redis.key("rate", key)),
                List.of(Double.toString(perSecond), Integer.toString(burst))));
    }
}
