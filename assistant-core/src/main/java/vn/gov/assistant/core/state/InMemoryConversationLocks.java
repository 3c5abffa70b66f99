package vn.gov.assistant.core.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Conversation locks for a single instance. Waiters queue per conversation, so that turns are
 * taken in the order they arrived; a lease that runs out frees the lock even if its holder never
 * closes it, exactly like the shared implementation.
 */
public final class InMemoryConversationLocks implements ConversationLocks {

    /** Longest single wait, so that a clock moved by a test is noticed soon. */
    private static final long NAP_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private static final Duration LONGEST_WAIT = Duration.ofDays(1);

    /** Above this many slots, slots with a lapsed lease and nobody waiting are dropped. */
    private static final int SWEEP_ABOVE = 10_000;

    private final Clock clock;
    private final ReentrantLock mutex = new ReentrantLock();
    private final Map<String, Slot> slots = new HashMap<>();

    public InMemoryConversationLocks(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Optional<Lease> acquire(String conversationId, Duration wait, Duration lease) {
        Objects.requireNonNull(conversationId, "conversationId");
        if (wait.isNegative()) {
            throw new IllegalArgumentException("wait must not be negative");
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive");
        }
        long deadline = System.nanoTime() + (wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait).toNanos();
        Object me = new Object();
        mutex.lock();
        try {
            if (slots.size() > SWEEP_ABOVE) {
                sweep(clock.instant());
            }
            Slot slot = slots.computeIfAbsent(conversationId, id -> new Slot(mutex.newCondition()));
            slot.waiters.addLast(me);
            try {
                while (true) {
                    Instant now = clock.instant();
                    if (slot.freeAt(now) && slot.waiters.peekFirst() == me) {
                        slot.waiters.removeFirst();
                        slot.holder = me;
                        slot.expires = now.plus(lease);
                        return Optional.of(new HeldLease(conversationId, slot, me));
                    }
                    long remaining = deadline - System.nanoTime();
                    if (remaining <= 0) {
                        giveUp(conversationId, slot, me);
                        return Optional.empty();
                    }
                    long nap = Math.min(remaining, NAP_NANOS);
                    if (slot.holder != null) {
                        nap = Math.min(
                                nap,
                                Math.max(1, Duration.between(now, slot.expires).toNanos()));
                    }
                    slot.changed.awaitNanos(nap);
                }
            } catch (InterruptedException e) {
                giveUp(conversationId, slot, me);
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        } finally {
            mutex.unlock();
        }
    }

    /** Conversations with a slot (held, waited for, or lapsed and not yet swept). */
    public int size() {
        mutex.lock();
        try {
            return slots.size();
        } finally {
            mutex.unlock();
        }
    }

    private void giveUp(String conversationId, Slot slot, Object me) {
        slot.waiters.remove(me);
        // the next waiter may now be first in line
        slot.changed.signalAll();
        if (slot.holder == null && slot.waiters.isEmpty()) {
            slots.remove(conversationId, slot);
        }
    }

    private void sweep(Instant now) {
        for (Iterator<Slot> it = slots.values().iterator(); it.hasNext(); ) {
            Slot slot = it.next();
            if (slot.waiters.isEmpty() && slot.freeAt(now)) {
                it.remove();
            }
        }
    }

    private static final class Slot {
        final Condition changed;
        final ArrayDeque<Object> waiters = new ArrayDeque<>();
        Object holder;
        Instant expires;

        Slot(Condition changed) {
            this.changed = changed;
        }

        boolean freeAt(Instant now) {
            return holder == null || !now.isBefore(expires);
        }
    }

    private final class HeldLease implements Lease {
        private final String conversationId;
        private final Slot slot;
        private final Object token;

        HeldLease(String conversationId, Slot slot, Object token) {
            this.conversationId = conversationId;
            this.slot = slot;
            this.token = token;
        }

        @Override
        public void close() {
            mutex.lock();
            try {
                if (slot.holder != token) {
                    return; // released already, or lapsed and taken by another turn
                }
                slot.holder = null;
                slot.expires = null;
                slot.changed.signalAll();
                if (slot.waiters.isEmpty()) {
                    slots.remove(conversationId, slot);
                }
            } finally {
                mutex.unlock();
            }
        }
    }
}
