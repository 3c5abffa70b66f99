package vn.gov.assistant.core.handoff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The hand-off queue of a single instance, with the semantics of a Redis stream read by one
 * consumer group: a poll hands new events to one consumer and keeps them pending on it from that
 * moment; {@link #reclaim} moves events pending longer than {@code minIdle} to another consumer;
 * {@link #ack} forgets them. Only unread and pending events are kept.
 */
public final class InMemoryHandoffQueue implements HandoffQueue {

    private static final Duration LONGEST_BLOCK = Duration.ofHours(1);

    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition published = lock.newCondition();
    private final ArrayDeque<Stored> unread = new ArrayDeque<>();
    private final TreeMap<Long, Pending> pending = new TreeMap<>();
    private long lastId;

    public InMemoryHandoffQueue(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public String publish(HandoffEvent event) {
        Objects.requireNonNull(event, "event");
        lock.lock();
        try {
            long id = ++lastId;
            unread.addLast(new Stored(id, event));
            published.signalAll();
            return Long.toString(id);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<Delivery> poll(String consumer, int max, Duration block) {
        requireConsumer(consumer);
        requireMax(max);
        if (block.isNegative()) {
            throw new IllegalArgumentException("block must not be negative");
        }
        long remaining = (block.compareTo(LONGEST_BLOCK) > 0 ? LONGEST_BLOCK : block).toNanos();
        lock.lock();
        try {
            while (unread.isEmpty() && remaining > 0) {
                remaining = published.awaitNanos(remaining);
            }
            Instant now = clock.instant();
            List<Delivery> deliveries = new ArrayList<>();
            while (!unread.isEmpty() && deliveries.size() < max) {
                Stored stored = unread.removeFirst();
                pending.put(stored.id, new Pending(stored.event, consumer, now));
                deliveries.add(new Delivery(Long.toString(stored.id), stored.event));
            }
            return deliveries;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<Delivery> reclaim(String consumer, Duration minIdle, int max) {
        requireConsumer(consumer);
        requireMax(max);
        lock.lock();
        try {
            Instant now = clock.instant();
            List<Delivery> deliveries = new ArrayList<>();
            for (Map.Entry<Long, Pending> entry : pending.entrySet()) {
                if (deliveries.size() == max) {
                    break;
                }
                Pending p = entry.getValue();
                if (!p.deliveredAt.plus(minIdle).isAfter(now)) {
                    entry.setValue(new Pending(p.event, consumer, now));
                    deliveries.add(new Delivery(Long.toString(entry.getKey()), p.event));
                }
            }
            return deliveries;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void ack(String deliveryId) {
        long id;
        try {
            id = Long.parseLong(deliveryId);
        } catch (NumberFormatException e) {
            return; // not one of ours: nothing pending under it
        }
        lock.lock();
        try {
            pending.remove(id);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long pending() {
        lock.lock();
        try {
            return pending.size();
        } finally {
            lock.unlock();
        }
    }

    private static void requireConsumer(String consumer) {
        if (consumer == null || consumer.isBlank()) {
            throw new IllegalArgumentException("a consumer needs a name");
        }
    }

    private static void requireMax(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1");
        }
    }

    private record Stored(long id, HandoffEvent event) {}

    private record Pending(HandoffEvent event, String consumer, Instant deliveredAt) {}
}
