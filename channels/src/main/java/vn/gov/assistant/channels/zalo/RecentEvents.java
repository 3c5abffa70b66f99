package vn.gov.assistant.channels.zalo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The events seen lately, so that one delivered twice (Zalo retries, a replayed request) is acted
 * on once. Bounded twice over: entries older than the time to live are dropped, and beyond the
 * capacity the oldest go first, so a flood of events cannot grow the memory.
 */
final class RecentEvents {

    private final int capacity;
    private final Duration ttl;
    private final Clock clock;
    private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

    RecentEvents(int capacity, Duration ttl, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** True the first time a key is seen within the time to live; false for a repeat. */
    synchronized boolean firstSeen(String key) {
        Instant now = clock.instant();
        expire(now);
        if (seen.containsKey(key)) {
            return false;
        }
        seen.put(key, now);
        if (seen.size() > capacity) {
            Iterator<String> oldest = seen.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }

    /** Forgets a key, so that an event that could not be queued is taken when Zalo sends it again. */
    synchronized void forget(String key) {
        seen.remove(key);
    }

    synchronized int size() {
        return seen.size();
    }

    private void expire(Instant now) {
        Instant limit = now.minus(ttl);
        Iterator<Map.Entry<String, Instant>> entries = seen.entrySet().iterator();
        while (entries.hasNext()) {
            if (entries.next().getValue().isAfter(limit)) {
                return; // insertion order: the rest is younger
            }
            entries.remove();
        }
    }
}
