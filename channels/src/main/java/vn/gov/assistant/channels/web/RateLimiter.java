package vn.gov.assistant.channels.web;

/**
 * A token bucket per connection: {@code burst} messages at once, then {@code perSecond}. A flood
 * from one citizen's connection is answered with an error and costs the others nothing.
 */
final class RateLimiter {

    private final double perSecond;
    private final double burst;
    private double tokens;
    private long last;

    RateLimiter(double perSecond, double burst, long nowNanos) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.tokens = burst;
        this.last = nowNanos;
    }

    synchronized boolean tryAcquire(long nowNanos) {
        tokens = Math.min(burst, tokens + (nowNanos - last) / 1e9 * perSecond);
        last = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
