package vn.gov.assistant.core.staff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * The audit of a single instance: the newest {@code capacity} entries. It is lost at restart;
 * where the audit must last, the shared store keeps it.
 */
public final class InMemoryAuditLog implements AuditLog {

    private final int capacity;
    /** Newest first. */
    private final ArrayDeque<AuditEntry> entries = new ArrayDeque<>();

    public InMemoryAuditLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    public InMemoryAuditLog() {
        this(10_000);
    }

    @Override
    public synchronized void record(AuditEntry entry) {
        entries.addFirst(Objects.requireNonNull(entry, "entry"));
        while (entries.size() > capacity) {
            entries.removeLast();
        }
    }

    @Override
    public synchronized List<AuditEntry> recent(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("max must not be negative");
        }
        List<AuditEntry> latest = new ArrayList<>(Math.min(max, entries.size()));
        for (Iterator<AuditEntry> it = entries.iterator(); it.hasNext() && latest.size() < max; ) {
            latest.add(it.next());
        }
        return latest;
    }
}
