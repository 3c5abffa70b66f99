package vn.gov.assistant.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.state.ConversationLocks;
import vn.gov.assistant.core.state.ConversationLocks.Lease;

/** What every {@link ConversationLocks} does: one turn at a time, and never stuck for long. */
public abstract class ConversationLocksContract {

    protected abstract ConversationLocks locks();

    /** Locks of another instance over the same store; a single-instance store has only itself. */
    protected ConversationLocks otherInstance() {
        return locks();
    }

    private final String conversation = "conv-" + UUID.randomUUID();

    @Test
    void aHeldLockIsRefusedElsewhereUntilReleased() {
        ConversationLocks mine = locks();
        ConversationLocks theirs = otherInstance();
        Lease lease = mine.acquire(conversation, Duration.ZERO, Duration.ofSeconds(10))
                .orElseThrow();

        assertThat(theirs.acquire(conversation, Duration.ofMillis(100), Duration.ofSeconds(10)))
                .isEmpty();
        lease.close();

        Optional<Lease> next = theirs.acquire(conversation, Duration.ofMillis(100), Duration.ofSeconds(10));
        assertThat(next).isPresent();
        next.get().close();
        lease.close(); // closing twice is harmless
    }

    @Test
    void differentConversationsDoNotWaitForEachOther() {
        try (Lease a = locks().acquire(conversation, Duration.ZERO, Duration.ofSeconds(10))
                        .orElseThrow();
                Lease b = otherInstance()
                        .acquire(conversation + "-other", Duration.ZERO, Duration.ofSeconds(10))
                        .orElseThrow()) {
            assertThat(a).isNotNull();
            assertThat(b).isNotNull();
        }
    }

    @Test
    void aWaiterGetsTheLockWhenItIsReleased() throws Exception {
        Lease first = locks().acquire(conversation, Duration.ZERO, Duration.ofSeconds(10))
                .orElseThrow();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Optional<Lease>> waiter = pool.submit(
                    () -> otherInstance().acquire(conversation, Duration.ofSeconds(5), Duration.ofSeconds(10)));
            Eventually.pause(Duration.ofMillis(150));
            assertThat(waiter).isNotDone();
            first.close();
            Optional<Lease> second = waiter.get();
            assertThat(second).isPresent();
            second.get().close();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void waitingGivesUpAfterTheWaitAndReturnsNothing() {
        try (Lease held = locks().acquire(conversation, Duration.ZERO, Duration.ofSeconds(10))
                .orElseThrow()) {
            long start = System.nanoTime();
            Optional<Lease> none =
                    otherInstance().acquire(conversation, Duration.ofMillis(300), Duration.ofSeconds(10));
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

            assertThat(none).isEmpty();
            assertThat(held).isNotNull();
            assertThat(elapsedMillis).isBetween(250L, 1_500L);
        }
    }

    @Test
    void aLeaseThatRunsOutFreesTheLock() {
        Lease forgotten = locks().acquire(conversation, Duration.ZERO, Duration.ofMillis(300))
                .orElseThrow();
        long start = System.nanoTime();

        Optional<Lease> taken = otherInstance().acquire(conversation, Duration.ofSeconds(3), Duration.ofSeconds(10));

        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(taken).isPresent();
        assertThat(elapsedMillis).isBetween(150L, 1_500L);
        taken.get().close();
        forgotten.close();
    }

    @Test
    void closingAfterTheLeaseRanOutDoesNotReleaseTheNextHolder() {
        Lease lapsed = locks().acquire(conversation, Duration.ZERO, Duration.ofMillis(200))
                .orElseThrow();
        Lease next = otherInstance()
                .acquire(conversation, Duration.ofSeconds(3), Duration.ofSeconds(10))
                .orElseThrow();

        lapsed.close();

        assertThat(locks().acquire(conversation, Duration.ofMillis(100), Duration.ofSeconds(10)))
                .isEmpty();
        next.close();
        Optional<Lease> after = locks().acquire(conversation, Duration.ofMillis(100), Duration.ofSeconds(10));
        assertThat(after).isPresent();
        after.get().close();
    }

    @Test
    void turnsExcludeEachOtherAcrossInstancesUnderContention() throws Exception {
        int threads = 4;
        int turns = 25;
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        // read then written, not incremented: a lost update shows two turns inside at once
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                ConversationLocks locks = t % 2 == 0 ? locks() : otherInstance();
                results.add(pool.submit(() -> {
                    int done = 0;
                    for (int i = 0; i < turns; i++) {
                        Optional<Lease> lease =
                                locks.acquire(conversation, Duration.ofSeconds(10), Duration.ofSeconds(10));
                        if (lease.isEmpty()) {
                            continue;
                        }
                        try (Lease held = lease.get()) {
                            if (inside.incrementAndGet() > 1) {
                                overlaps.incrementAndGet();
                            }
                            int seen = counter.get();
                            Thread.onSpinWait();
                            counter.set(seen + 1);
                            inside.decrementAndGet();
                            done++;
                        }
                    }
                    return done;
                }));
            }
            int done = 0;
            for (Future<Integer> result : results) {
                done += result.get();
            }
            assertThat(done).isEqualTo(threads * turns);
            assertThat(overlaps).hasValue(0);
            assertThat(counter).hasValue(threads * turns);
        } finally {
            pool.shutdownNow();
        }
    }
}
