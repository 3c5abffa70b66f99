package vn.gov.assistant.core.handoff;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** Staff presence for a single instance: when each login last reported its open inbox. */
public final class InMemoryStaffPresence implements StaffPresence {

    private final Map<String, Instant> lastSeen = new ConcurrentHashMap<>();

    @Override
    public void seen(String staff, Instant now) {
        lastSeen.put(Objects.requireNonNull(staff, "staff"), Objects.requireNonNull(now, "now"));
    }

    @Override
    public void left(String staff) {
        lastSeen.remove(staff);
    }

    @Override
    public List<String> online(Instant now, Duration window) {
        Instant since = now.minus(window);
        return lastSeen.entrySet().stream()
                .filter(e -> !e.getValue().isBefore(since))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }
}
