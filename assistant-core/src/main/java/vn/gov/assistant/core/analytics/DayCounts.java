package vn.gov.assistant.core.analytics;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** What one day of one channel adds up to: named counters and the staff waits measured. */
public record DayCounts(LocalDate day, String channel, Map<String, Long> counts, List<Duration> waits) {

    public DayCounts {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(channel, "channel");
        counts = java.util.Collections.unmodifiableMap(new TreeMap<>(counts));
        waits = List.copyOf(waits);
    }

    /** The counter of that name, 0 when none. */
    public long count(String name) {
        return counts.getOrDefault(name, 0L);
    }
}
