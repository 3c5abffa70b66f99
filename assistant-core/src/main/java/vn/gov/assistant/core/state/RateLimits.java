package vn.gov.assistant.core.state;

/**
 * Token buckets shared by every instance, keyed by what is limited (a web session, a Telegram
 * chat, a Zalo user, a staff login): {@code burst} at once, then {@code perSecond}.
 */
public interface RateLimits {

    /** Takes one token from the key's bucket; false when it is empty (the caller refuses). */
    boolean tryAcquire(String key, double perSecond, int burst);
}
