package vn.gov.assistant.core.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Token buckets for a single instance, in a bounded map: beyond {@code capacity} keys the least
 * recently used bucket is forgotten (it comes back full), so a flood of new keys costs bounded
 * memory.
 */
public final class InMemoryRateLimits implements RateLimits {

    private final Clock clock;
    private final LinkedHashMap<String, Bucket> buckets;

    public InMemoryRateLimits(int capacity, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.clock = Objects.requireNonNull(clock);
        this.buckets = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > capacity;
            }
        };
    }

    public InMemoryRateLimits(Clock clock) {
        this(100_000, clock);
    }

    @Override
    public synchronized boolean tryAcquire(String key, double perSecond, int burst) {
        Objects.requireNonNull(key, "key");
        if (!(perSecond > 0) || burst < 1) {
            throw new IllegalArgumentException("a bucket needs a positive rate and a burst of at least 1");
        }
        Instant now = clock.instant();
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            bucket = new Bucket(burst, now);
            buckets.put(key, bucket);
        }
        if (now.isAfter(bucket.last)) {
            double elapsed = Duration.between(bucket.last, now).toNanos() / 1e9;
            bucket.tokens = Math.min(burst, bucket.tokens + elapsed * perSecond);
            bucket.last = now;
        }
        bucket.tokens = Math.min(bucket.tokens, burst);
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return true;
        }
        return false;
    }

    private static final class Bucket {
        double tokens;
        Instant last;

        Bucket(double tokens, Instant last) {
            this.tokens = tokens;
            this.last = last;
        }
    }
}
