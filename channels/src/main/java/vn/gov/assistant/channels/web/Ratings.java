package vn.gov.assistant.channels.web;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Satisfaction ratings (1-5) given at the end of web chats, counted per score. Only counts are
 * kept: a rating says how the service does, not who gave it. The admin console reports them.
 */
public final class Ratings {

    private final AtomicLongArray counts = new AtomicLongArray(6);

    public void record(int score) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("a rating is 1 to 5: " + score);
        }
        counts.incrementAndGet(score);
    }

    /** How many ratings of each score, index 1 to 5. */
    public long count(int score) {
        return counts.get(score);
    }

    public long total() {
        long total = 0;
        for (int s = 1; s <= 5; s++) {
            total += counts.get(s);
        }
        return total;
    }
}
