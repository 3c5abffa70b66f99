package vn.gov.assistant.core.state;

import java.time.Duration;

/**
 * Remembers keys for a while, so that a webhook delivered twice (Telegram and Zalo retry on a
 * slow answer) or an event processed twice is acted on once.
 */
public interface Deduplication {

    /** True the first time the key is seen within {@code ttl}; false for every repeat. */
    boolean firstSeen(String key, Duration ttl);
}
