package vn.gov.assistant.core.staff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * The audit in this process, bounded to the newest entries (10,000 by default) so that a long-running
 * instance does not grow without end; the embedded default, for a single instance.
 */
public final class InMemoryAuditLog implements AuditLog {

    public static final int DEFAULT_CAPACITY = 10_000;

    private final int capacity;
    private final ArrayDeque<AuditEntry> entries = new ArrayDeque<>();

    public InMemoryAuditLog() {
        this(DEFAULT_CAPACITY);
    }

    public InMemoryAuditLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    @Override
    public synchronized void record(AuditEntry entry) {
        entries.addLast(Objects.requireNonNull(entry, "entry"));
        while (entries.size() > capacity) {
            entries.removeFirst();
        }
    }

    @Override
    public synchronized List<AuditEntry> recent(int max) {
        List<AuditEntry> latest = new ArrayList<>(Math.min(Math.max(max, 0), entries.size()));
        Iterator<AuditEntry> newestFirst = entries.descendingIterator();
        while (latest.size() < max && newestFirst.hasNext()) {
            latest.add(newestFirst.next());
        }
        return latest;
    }
}
