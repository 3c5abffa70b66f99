package vn.gov.assistant.core.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Keys seen by this instance, each until its time-to-live runs out, at most {@code capacity} of
 * them (the oldest go first): retried webhooks arrive within seconds, so a bounded memory is
 * enough.
 */
public final class InMemoryDeduplication implements Deduplication {

    private final int capacity;
    private final Clock clock;
    /** Key to the instant it is forgotten, oldest first. */
    private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

    public InMemoryDeduplication(int capacity, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.clock = Objects.requireNonNull(clock);
    }

    public InMemoryDeduplication(Clock clock) {
        this(100_000, clock);
    }

    @Override
    public synchronized boolean firstSeen(String key, Duration ttl) {
        Objects.requireNonNull(key, "key");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive");
        }
        Instant now = clock.instant();
        Instant until = seen.get(key);
        if (until != null && now.isBefore(until)) {
            return false;
        }
        seen.remove(key);
        seen.put(key, now.plus(ttl));
        forgetExpired(now);
        if (seen.size() > capacity) {
            Iterator<Map.Entry<String, Instant>> oldest = seen.entrySet().iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }

    @Override
    public synchronized void forget(String key) {
        seen.remove(key);
    }

    /** Drops expired keys from the oldest end, a few at a time. */
    private void forgetExpired(Instant now) {
        Iterator<Map.Entry<String, Instant>> it = seen.entrySet().iterator();
        for (int i = 0; i < 8 && it.hasNext(); i++) {
            if (now.isBefore(it.next().getValue())) {
                return;
            }
            it.remove();
        }
    }
}
