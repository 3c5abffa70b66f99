package vn.gov.assistant.core.state;

import java.time.Duration;
import java.util.Optional;

/**
 * Small records kept for a while under a key, then forgotten (paused forms, remembered citizen
 * data, filled declarations behind a link): in this process by default, on Redis when shared.
 * Personal data lives here only as long as its {@code ttl}.
 */
public interface ExpiringStore<T> {

    void put(String key, T value, Duration ttl);

    Optional<T> get(String key);

    void remove(String key);

    /**
     * Deletes the entries past their ttl now (the retention job calls it); how many. A store whose
     * entries vanish by themselves at their ttl (Redis) has nothing to do.
     */
    int removeExpired();
}
