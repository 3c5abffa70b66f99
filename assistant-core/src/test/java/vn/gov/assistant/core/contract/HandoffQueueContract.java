package vn.gov.assistant.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.handoff.HandoffEvent;
import vn.gov.assistant.core.handoff.HandoffQueue;
import vn.gov.assistant.core.handoff.HandoffQueue.Delivery;
import vn.gov.assistant.core.handoff.TranscriptLine;
import vn.gov.assistant.core.handoff.TranscriptLine.Speaker;

/**
 * What every {@link HandoffQueue} does: each event goes to one consumer and stays pending on it
 * until acknowledged; an event left pending too long is reclaimed by another consumer; nothing is
 * lost when many publish and several consume.
 */
public abstract class HandoffQueueContract {

    protected abstract HandoffQueue queue();

    /** The queue as another instance sees it; a single-instance queue has only itself. */
    protected HandoffQueue otherInstance() {
        return queue();
    }

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private HandoffEvent event(String lineId, String text) {
        return new HandoffEvent(
                HandoffEvent.Kind.TO_CITIZEN,
                "h-" + run,
                "conv-" + run,
                "web",
                new TranscriptLine(lineId, Speaker.STAFF, "lan.nguyen", text, Instant.now()));
    }

    @Test
    void publishedEventsArePolledInOrderAndAcknowledged() {
        HandoffQueue queue = queue();
        HandoffEvent first = event("l1", "Chào anh, tôi là cán bộ tiếp nhận.");
        HandoffEvent second = new HandoffEvent(
                HandoffEvent.Kind.TO_STAFF,
                "",
                "conv-" + run,
                "telegram",
                new TranscriptLine("l2", Speaker.CITIZEN, "", "Dạ vâng, cảm ơn chị", Instant.now()));
        String firstId = queue.publish(first);
        String secondId = queue.publish(second);

        List<Delivery> got = otherInstance().poll("c1", 10, Duration.ZERO);

        assertThat(got).containsExactly(new Delivery(firstId, first), new Delivery(secondId, second));
        assertThat(queue.pending()).isEqualTo(2);
        queue.ack(firstId);
        assertThat(otherInstance().pending()).isEqualTo(1);
        otherInstance().ack(secondId);
        assertThat(queue.pending()).isZero();
        assertThat(queue.poll("c1", 10, Duration.ZERO)).isEmpty();
        queue.ack(secondId); // acknowledging twice is harmless
    }

    @Test
    void aPollTakesAtMostMaxAndANewEventGoesToOneConsumer() {
        HandoffQueue queue = queue();
        for (int i = 0; i < 5; i++) {
            queue.publish(event("l" + i, "Dòng " + i));
        }

        List<Delivery> firstThree = queue.poll("c1", 3, Duration.ZERO);
        List<Delivery> rest = otherInstance().poll("c2", 10, Duration.ZERO);

        assertThat(firstThree).extracting(d -> d.event().line().id()).containsExactly("l0", "l1", "l2");
        assertThat(rest).extracting(d -> d.event().line().id()).containsExactly("l3", "l4");
        assertThat(queue.poll("c1", 10, Duration.ZERO)).isEmpty();
        assertThat(queue.pending()).isEqualTo(5);
    }

    @Test
    void aBlockedPollReturnsWhenSomethingIsPublished() throws Exception {
        HandoffQueue queue = queue();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            long start = System.nanoTime();
            Future<List<Delivery>> waiting = pool.submit(() -> otherInstance().poll("c1", 10, Duration.ofSeconds(4)));
            Eventually.pause(Duration.ofMillis(300));
            assertThat(waiting).isNotDone();

            HandoffEvent published = event("l1", "Cán bộ đã nhận cuộc trò chuyện");
            queue.publish(published);

            List<Delivery> got = waiting.get();
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(got).extracting(Delivery::event).containsExactly(published);
            assertThat(elapsedMillis).isBetween(250L, 2_500L);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBlockedPollGivesUpAfterBlock() {
        long start = System.nanoTime();

        List<Delivery> got = queue().poll("c1", 10, Duration.ofMillis(400));

        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(got).isEmpty();
        assertThat(elapsedMillis).isBetween(350L, 2_000L);
    }

    @Test
    void anUnacknowledgedEventIsReclaimedByAnotherConsumerAfterMinIdleOnly() {
        HandoffQueue queue = queue();
        HandoffEvent published = event("l1", "Hồ sơ của anh đã được chuyển");
        String id = queue.publish(published);
        assertThat(queue.poll("dead", 10, Duration.ZERO)).hasSize(1);
        Duration minIdle = Duration.ofMillis(500);

        assertThat(otherInstance().reclaim("alive", minIdle, 10))
                .as("too early")
                .isEmpty();
        Eventually.pause(Duration.ofMillis(700));
        List<Delivery> reclaimed = otherInstance().reclaim("alive", minIdle, 10);

        assertThat(reclaimed).containsExactly(new Delivery(id, published));
        assertThat(queue.pending()).isEqualTo(1);
        assertThat(queue.reclaim("third", minIdle, 10))
                .as("just delivered to its new consumer")
                .isEmpty();
        otherInstance().ack(id);
        assertThat(queue.pending()).isZero();
        assertThat(queue.reclaim("third", Duration.ZERO, 10)).isEmpty();
    }

    @Test
    void reclaimTakesAtMostMax() {
        HandoffQueue queue = queue();
        for (int i = 0; i < 4; i++) {
            queue.publish(event("l" + i, "Dòng " + i));
        }
        queue.poll("dead", 10, Duration.ZERO);
        Eventually.pause(Duration.ofMillis(50));

        List<Delivery> first = queue.reclaim("alive", Duration.ofMillis(20), 3);

        assertThat(first).extracting(d -> d.event().line().id()).containsExactly("l0", "l1", "l2");
        assertThat(queue.pending()).isEqualTo(4);
    }

    @Test
    void nothingIsLostUnderConcurrentPublishersAndConsumers() throws Exception {
        int publishers = 4;
        int perPublisher = 250;
        int total = publishers * perPublisher;
        Set<String> processed = ConcurrentHashMap.newKeySet();
        AtomicInteger deliveries = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(publishers + 2);
        try {
            List<Future<?>> publishingTasks = new ArrayList<>();
            for (int p = 0; p < publishers; p++) {
                HandoffQueue queue = p % 2 == 0 ? queue() : otherInstance();
                int publisher = p;
                publishingTasks.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perPublisher; i++) {
                        queue.publish(event("p" + publisher + "-" + i, "Tin nhắn số " + i));
                    }
                    return null;
                }));
            }
            List<Future<?>> consuming = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                HandoffQueue queue = c == 0 ? queue() : otherInstance();
                String consumer = "consumer-" + c;
                consuming.add(pool.submit(() -> {
                    start.await();
                    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                    while (processed.size() < total && System.nanoTime() < deadline) {
                        for (Delivery delivery : queue.poll(consumer, 50, Duration.ofMillis(200))) {
                            deliveries.incrementAndGet();
                            processed.add(delivery.event().line().id());
                            queue.ack(delivery.id());
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : publishingTasks) {
                f.get();
            }
            for (Future<?> f : consuming) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(processed).hasSize(total);
        assertThat(deliveries).as("each event delivered once").hasValue(total);
        assertThat(queue().pending()).isZero();
    }
}
