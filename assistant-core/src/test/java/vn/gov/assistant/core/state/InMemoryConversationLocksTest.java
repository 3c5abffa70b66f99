package vn.gov.assistant.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.contract.ConversationLocksContract;
import vn.gov.assistant.core.contract.Eventually;
import vn.gov.assistant.core.state.ConversationLocks.Lease;

class InMemoryConversationLocksTest extends ConversationLocksContract {

    private final InMemoryConversationLocks locks = new InMemoryConversationLocks(Clock.systemUTC());

    @Override
    protected ConversationLocks locks() {
        return locks;
    }

    @Test
    void waitingTurnsAreServedInTheOrderTheyArrived() throws Exception {
        Lease first = locks.acquire("c", Duration.ZERO, Duration.ofSeconds(10)).orElseThrow();
        List<Integer> order = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<?>> turns = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                int turn = i;
                turns.add(pool.submit(() -> {
                    try (Lease lease = locks.acquire("c", Duration.ofSeconds(10), Duration.ofSeconds(10))
                            .orElseThrow()) {
                        order.add(turn);
                    }
                }));
                // the next turn arrives once this one waits
                Eventually.pause(Duration.ofMillis(50));
            }
            first.close();
            for (Future<?> turn : turns) {
                turn.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(order).containsExactly(0, 1, 2, 3, 4);
        assertThat(locks.size()).isZero();
    }
}
