package vn.gov.assistant.core.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** An {@link ExpiringStore} in this process: bounded (the oldest entries go first). */
public final class InMemoryExpiringStore<T> implements ExpiringStore<T> {

    private record Entry<T>(T value, Instant until) {}

    private final int capacity;
    private final Clock clock;
    private final LinkedHashMap<String, Entry<T>> entries = new LinkedHashMap<>();

    public InMemoryExpiringStore(int capacity, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public synchronized void put(String key, T value, Duration ttl) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive");
        }
        entries.remove(key);
        entries.put(key, new Entry<>(value, clock.instant().plus(ttl)));
        while (entries.size() > capacity) {
            entries.remove(entries.keySet().iterator().next());
        }
    }

    @Override
    public synchronized Optional<T> get(String key) {
        Entry<T> e = entries.get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(e.until())) {
            entries.remove(key);
            return Optional.empty();
        }
        return Optional.of(e.value());
    }

    @Override
    public synchronized void remove(String key) {
        entries.remove(key);
    }

    @Override
    public synchronized int removeExpired() {
        Instant now = clock.instant();
        int before = entries.size();
        entries.values().removeIf(e -> !now.isBefore(e.until()));
        return before - entries.size();
    }

    synchronized int size() {
        return entries.size();
    }

    /** For tests: the entries as a map, expired ones included. */
    synchronized Map<String, T> snapshot() {
        Map<String, T> out = new LinkedHashMap<>();
        entries.forEach((k, v) -> out.put(k, v.value()));
        return out;
    }
}
