package vn.gov.assistant.core.state;

import java.time.Duration;

/**
 * Remembers keys for a while, so that a webhook delivered twice (Telegram and Zalo retry on a
 * slow answer) or an event processed twice is acted on once.
 */
public interface Deduplication {

    /** True the first time the key is seen within {@code ttl}; false for every repeat. */
    boolean firstSeen(String key, Duration ttl);

    /** Forgets a key, so that its next delivery counts as first (it could not be acted on). */
    void forget(String key);
}
