package vn.gov.assistant.core.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Where analytics are kept: counters per day and channel, the staff waits of the hand-offs opened
 * that day, and, for a few days only, the marks of each conversation of a day (so that a
 * conversation is counted once, whatever it does). Nothing here holds a citizen's text or a channel
 * user id: conversations are known by a keyed hash made with the day's {@link #salt}, which is
 * forgotten with the marks.
 *
 * <p>Counters and waits of a day are kept {@code retention} after the day ends (in {@link #ZONE}),
 * then dropped; marks and salts two days after the day ends. Every operation may throw {@link
 * vn.gov.assistant.core.state.StateUnavailableException} when the shared store is down.
 */
public interface AnalyticsStore {

    /** The city's zone: days begin and end at midnight there. */
    ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** How long a day's counters are kept by default. */
    Duration DEFAULT_RETENTION = Duration.ofDays(400);

    /** Marks and salts are kept this many days after their day ends. */
    int MARKS_KEPT_DAYS = 2;

    /**
     * Changes the marks (bits) of one conversation of a day: clears the bits of {@code clear}, then
     * sets those of {@code set}. Atomic: of two simultaneous changes each sees the other's result
     * or the state before it. Returns the marks before (0 for a conversation not seen that day).
     */
    int mark(LocalDate day, String conversation, int clear, int set);

    /**
     * Adds each count (positive or negative) to the day's counter of that name for the channel,
     * all at once. A day older than the retention is not kept.
     */
    void add(LocalDate day, String channel, Map<String, Long> counts);

    /** Keeps one staff wait (hand-off opened to claimed) of a hand-off opened on that day. */
    void addWait(LocalDate day, String channel, Duration wait);

    /**
     * What was kept for the days from {@code from} (included) to {@code to} (excluded): one entry per
     * day and channel with any count or wait, ordered by day, then channel; counters that add up to
     * zero are left out.
     */
    List<DayCounts> read(LocalDate from, LocalDate to);

    /**
     * The day's secret salt for conversation keys: random, the same on every instance, forgotten
     * with the day's marks.
     */
    byte[] salt(LocalDate day);

    /** When a day's counters go: {@code retention} after the day ends in {@link #ZONE}. */
    static Instant expiry(LocalDate day, Duration retention) {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant().plus(retention);
    }

    /** When a day's marks and salt go. */
    static Instant marksExpiry(LocalDate day) {
        return day.plusDays(1 + MARKS_KEPT_DAYS).atStartOfDay(ZONE).toInstant();
    }
}
