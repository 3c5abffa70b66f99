package vn.gov.assistant.core.analytics;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analytics of one instance, in this process (the embedded default): lost at restart. Days
 * past the retention, and marks and salts past their two days, are dropped as days go by.
 */
public final class InMemoryAnalyticsStore implements AnalyticsStore {

    private record Key(LocalDate day, String channel) {}

    private static final class Bucket {
        final Map<String, Long> counts = new HashMap<>();
        final List<Duration> waits = new ArrayList<>();
    }

    private final Duration retention;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<Key, Bucket> days = new ConcurrentHashMap<>();
    private final Map<LocalDate, Map<String, Integer>> marks = new ConcurrentHashMap<>();
    private final Map<LocalDate, byte[]> salts = new ConcurrentHashMap<>();
    private volatile LocalDate purged = LocalDate.MIN;

    public InMemoryAnalyticsStore(Duration retention, Clock clock) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("the retention must be positive");
        }
        this.retention = retention;
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public int mark(LocalDate day, String conversation, int clear, int set) {
        Objects.requireNonNull(conversation, "conversation");
        purge();
        if (!AnalyticsStore.marksExpiry(day).isAfter(clock.instant())) {
            return 0;
        }
        int[] before = new int[1];
        marks.computeIfAbsent(day, d -> new ConcurrentHashMap<>()).compute(conversation, (k, old) -> {
            int was = old == null ? 0 : old;
            before[0] = was;
            return (was & ~clear) | set;
        });
        return before[0];
    }

    @Override
    public void add(LocalDate day, String channel, Map<String, Long> counts) {
        Objects.requireNonNull(channel, "channel");
        purge();
        if (counts.isEmpty() || expired(day)) {
            return;
        }
        Bucket bucket = days.computeIfAbsent(new Key(day, channel), k -> new Bucket());
        synchronized (bucket) {
            counts.forEach((name, n) -> bucket.counts.merge(name, n, Long::sum));
        }
    }

    @Override
    public void addWait(LocalDate day, String channel, Duration wait) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(wait, "wait");
        purge();
        if (expired(day)) {
            return;
        }
        Bucket bucket = days.computeIfAbsent(new Key(day, channel), k -> new Bucket());
        synchronized (bucket) {
            bucket.waits.add(wait);
        }
    }

    @Override
    public List<DayCounts> read(LocalDate from, LocalDate to) {
        List<DayCounts> out = new ArrayList<>();
        days.forEach((key, bucket) -> {
            if (key.day().isBefore(from) || !key.day().isBefore(to) || expired(key.day())) {
                return;
            }
            Map<String, Long> counts = new HashMap<>();
            List<Duration> waits;
            synchronized (bucket) {
                bucket.counts.forEach((name, n) -> {
                    if (n != 0) {
                        counts.put(name, n);
                    }
                });
                waits = List.copyOf(bucket.waits);
            }
            if (!counts.isEmpty() || !waits.isEmpty()) {
                out.add(new DayCounts(key.day(), key.channel(), counts, waits));
            }
        });
        out.sort(Comparator.comparing(DayCounts::day).thenComparing(DayCounts::channel));
        return out;
    }

    @Override
    public byte[] salt(LocalDate day) {
        purge();
        return salts.computeIfAbsent(day, d -> {
                    byte[] salt = new byte[32];
                    random.nextBytes(salt);
                    return salt;
                })
                .clone();
    }

    private boolean expired(LocalDate day) {
        return !AnalyticsStore.expiry(day, retention).isAfter(clock.instant());
    }

    /** Drops what has expired, at most once a day. */
    private void purge() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
        if (!today.isAfter(purged)) {
            return;
        }
        purged = today;
        days.keySet().removeIf(k -> expired(k.day()));
        marks.keySet().removeIf(d -> !AnalyticsStore.marksExpiry(d).isAfter(clock.instant()));
        salts.keySet().removeIf(d -> !AnalyticsStore.marksExpiry(d).isAfter(clock.instant()));
    }
}
