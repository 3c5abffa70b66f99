package vn.gov.assistant.core.handoff;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.assistant.core.state.Deduplication;
import vn.gov.assistant.core.state.StateUnavailableException;

/**
 * This instance's share of the {@link HandoffQueue}: reads events as one consumer of the group,
 * applies each (a citizen's line joins the transcript; a line for the citizen joins the transcript,
 * the citizen's mailbox and, on Telegram or Zalo, is sent) and acknowledges it. Every few seconds
 * it also takes over events another instance read but never acknowledged (it died), moves Zalo
 * hand-offs near the end of their reply window to callback tickets, and saves tickets kept while
 * the shared store was down. Applying an event twice changes nothing (lines are keyed by id).
 */
public final class HandoffWorker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HandoffWorker.class);

    /** How a staff member's line starts on Telegram and Zalo, where no bubble says who wrote it. */
    public static final String STAFF_LABEL = "Cán bộ hỗ trợ: ";

    /**
     * {@code consumer}: this instance's name in the group (unique per instance); {@code reclaimAfter}:
     * how long an event may stay unacknowledged on another consumer before this one takes it;
     * {@code housekeeping}: how often to reclaim and save waiting tickets (Zalo hand-offs are checked
     * against their reply window once a minute).
     */
    public record Settings(String consumer, Duration reclaimAfter, Duration housekeeping) {
        public Settings {
            if (consumer == null || consumer.isBlank()) {
                throw new IllegalArgumentException("a worker needs a consumer name");
            }
        }
    }

    private final HandoffQueue queue;
    private final HandoffBoard board;
    private final CitizenMailbox mailbox;
    private final Deduplication dedup;
    private final Map<String, CitizenSender> senders;
    private final HandoffDesk desk;
    private final Reception reception;
    private final Settings settings;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong processed = new AtomicLong();
    private Thread thread;

    /** How often the Zalo hand-offs are checked against their reply window. */
    private static final Duration ZALO_SWEEP = Duration.ofMinutes(1);

    private volatile long lastZaloSweep = System.nanoTime() - ZALO_SWEEP.toNanos();

    public HandoffWorker(
            HandoffQueue queue,
            HandoffBoard board,
            CitizenMailbox mailbox,
            Deduplication dedup,
            List<CitizenSender> senders,
            HandoffDesk desk,
            Reception reception,
            Settings settings) {
        this.queue = Objects.requireNonNull(queue);
        this.board = Objects.requireNonNull(board);
        this.mailbox = Objects.requireNonNull(mailbox);
        this.dedup = Objects.requireNonNull(dedup);
        this.senders =
                senders.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(CitizenSender::channel, s -> s));
        this.desk = Objects.requireNonNull(desk);
        this.reception = Objects.requireNonNull(reception);
        this.settings = Objects.requireNonNull(settings);
    }

    public synchronized void start() {
        if (running.compareAndSet(false, true)) {
            thread = Thread.ofPlatform().daemon().name("handoff-worker").start(this::run);
        }
    }

    @Override
    public synchronized void close() {
        running.set(false);
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Events this worker has applied and acknowledged since it started. */
    public long processed() {
        return processed.get();
    }

    private void run() {
        long nextHousekeeping = 0;
        long backoff = 250;
        while (running.get()) {
            try {
                if (System.nanoTime() >= nextHousekeeping) {
                    housekeeping();
                    nextHousekeeping =
                            System.nanoTime() + settings.housekeeping().toNanos();
                }
                for (HandoffQueue.Delivery d : queue.poll(settings.consumer(), 50, Duration.ofSeconds(1))) {
                    apply(d);
                }
                backoff = 250;
            } catch (StateUnavailableException e) {
                log.warn("hand-off queue unavailable, retrying in {} ms", backoff);
                sleep(backoff);
                backoff = Math.min(10_000, backoff * 2);
            } catch (RuntimeException e) {
                if (!running.get()) {
                    return;
                }
                log.error("hand-off worker: {}", e.getClass().getSimpleName(), e);
                sleep(1_000);
            }
        }
    }

    /** One round of what runs every few seconds; public for tests and for a forced run. */
    public void housekeeping() {
        for (HandoffQueue.Delivery d : queue.reclaim(settings.consumer(), settings.reclaimAfter(), 100)) {
            apply(d);
        }
        // the Zalo window leaves hours of margin: reading every waiting transcript once a minute is plenty
        if (System.nanoTime() - lastZaloSweep >= ZALO_SWEEP.toNanos()) {
            lastZaloSweep = System.nanoTime();
            desk.moveExpiringZalo();
        }
        reception.saveWaitingTickets();
    }

    /** Applies one event and acknowledges it; safe to repeat. */
    public void apply(HandoffQueue.Delivery delivery) {
        HandoffEvent e = delivery.event();
        TranscriptLine line = e.line();
        if (!e.handoffId().isEmpty()) {
            board.append(e.handoffId(), line);
        }
        if (e.kind() == HandoffEvent.Kind.TO_CITIZEN && line.visibleToCitizen()) {
            boolean fresh = mailbox.post(e.conversationId(), line);
            CitizenSender sender = senders.get(e.channel());
            if (fresh && sender != null && dedup.firstSeen("sent:" + line.id(), Duration.ofDays(2))) {
                try {
                    // the web chat labels staff lines itself; a text-only channel needs the words
                    sender.send(
                            e.conversationId(),
                            line.speaker() == TranscriptLine.Speaker.STAFF ? STAFF_LABEL + line.text() : line.text());
                } catch (RuntimeException ex) {
                    log.warn(
                            "could not send a staff line on {}: {}",
                            e.channel(),
                            ex.getClass().getSimpleName());
                }
            }
        }
        queue.ack(delivery.id());
        processed.incrementAndGet();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
