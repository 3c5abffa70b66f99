package vn.gov.assistant.core.knowledge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.assistant.core.conversation.Conversations;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.core.state.StateUnavailableException;
import vn.gov.assistant.knowledge.catalog.Catalog;

/**
 * The knowledge this instance serves, kept up to date with the change log: it polls the log,
 * and when there are new changes builds the next {@link KnowledgeSnapshot} in full, aside, and
 * only then swaps it in, so a citizen never meets a half-built index and staff's edits reach every
 * instance within seconds without a restart. A snapshot replaced is closed a while later, once
 * the turns that started on it are over.
 *
 * <p>When the log cannot be read (Redis down) the current snapshot keeps serving; when a revision
 * cannot be built (a bug, never a citizen's doing) it is logged and skipped, and the previous one
 * keeps serving.
 */
public final class LiveKnowledge implements Conversations, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveKnowledge.class);

    /** How long a replaced snapshot stays open for the turns still using it. */
    static final Duration RETIRE_AFTER = Duration.ofSeconds(60);

    private final Catalog bundled;
    private final KnowledgeLog changesLog;
    private final KnowledgeSnapshot.Assembler assembler;
    private final AtomicReference<KnowledgeSnapshot> current = new AtomicReference<>();
    /** Every change applied, in order: the history staff browse. Replaced, never changed. */
    private volatile List<KnowledgeChange> applied = List.of();

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "knowledge-refresh");
        t.setDaemon(true);
        return t;
    });
    private final Object reading = new Object();
    private final Object building = new Object();
    private volatile Curation latest;
    private volatile long failedRevision = -1;
    private boolean unreachable;

    /** Builds the snapshot of everything the log holds now; this takes as long as an index build. */
    public LiveKnowledge(Catalog bundled, KnowledgeLog changesLog, KnowledgeSnapshot.Assembler assembler) {
        this.bundled = Objects.requireNonNull(bundled, "bundled");
        this.changesLog = Objects.requireNonNull(changesLog, "changesLog");
        this.assembler = Objects.requireNonNull(assembler, "assembler");
        List<KnowledgeChange> all;
        try {
            all = changesLog.since(0);
        } catch (StateUnavailableException e) {
            log.warn("The knowledge log cannot be read at start-up: serving the bundled catalog until it can");
            all = List.of();
            unreachable = true;
        }
        applied = List.copyOf(all);
        Curation curation = Curation.fold(applied);
        current.set(assembler.assemble(curation.revision(), curation.apply(bundled), curation));
    }

    /** Polls the log every {@code every} from now on. */
    public LiveKnowledge start(Duration every) {
        long millis = Math.max(50, every.toMillis());
        timer.scheduleWithFixedDelay(this::refreshQuietly, millis, millis, TimeUnit.MILLISECONDS);
        return this;
    }

    /** The snapshot being served. */
    public KnowledgeSnapshot current() {
        return current.get();
    }

    @Override
    public Reply handle(String conversationId, Inbound inbound) {
        return current.get().engine().handle(conversationId, inbound);
    }

    /** The changes known so far (served, or being built), oldest first. */
    public List<KnowledgeChange> changes() {
        return applied;
    }

    /** The latest revision known to this instance; {@link #current()} serves it once built. */
    public long known() {
        List<KnowledgeChange> all = applied;
        return all.isEmpty() ? 0 : all.get(all.size() - 1).revision();
    }

    /** The curated entries as of the latest known change, whether or not it is served yet. */
    public Curation latest() {
        Curation cached = latest;
        List<KnowledgeChange> all = applied;
        long revision = all.isEmpty() ? 0 : all.get(all.size() - 1).revision();
        if (cached == null || cached.revision() != revision) {
            cached = Curation.fold(all);
            latest = cached;
        }
        return cached;
    }

    /**
     * The catalog as of the latest known change: the served one when that change is served, else
     * the bundled records with the latest curation applied (no index is built).
     */
    public Catalog latestCatalog() {
        KnowledgeSnapshot served = current();
        Curation curation = latest();
        return served.revision() == curation.revision() ? served.catalog() : curation.apply(bundled);
    }

    /**
     * Reads the changes published since the last read (quick: no index is built).
     *
     * @throws StateUnavailableException when the log cannot be read
     */
    public List<KnowledgeChange> read() {
        synchronized (reading) {
            long known = known();
            if (changesLog.latest() <= known) {
                return applied;
            }
            List<KnowledgeChange> fresh = changesLog.since(known);
            if (!fresh.isEmpty()) {
                List<KnowledgeChange> all = new ArrayList<>(applied);
                all.addAll(fresh);
                applied = List.copyOf(all);
            }
            return applied;
        }
    }

    /** Builds and serves the latest changes on this instance's refresh thread, as soon as it is free. */
    public void refreshSoon() {
        try {
            timer.execute(this::refreshQuietly);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closing: nothing more to serve
        }
    }

    /** Waits until {@code revision} (or a later one) is served; false when {@code timeout} passes first. */
    public boolean awaitServed(long revision, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (current.get().revision() < revision) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /**
     * Reads the changes published since the last read and, if the snapshot served is behind them,
     * builds and serves the next one (a burst of changes is built once). True when a new snapshot
     * is served.
     *
     * @throws StateUnavailableException when the log cannot be read
     */
    public boolean refresh() {
        read();
        synchronized (building) {
            List<KnowledgeChange> all = applied;
            long revision = all.isEmpty() ? 0 : all.get(all.size() - 1).revision();
            if (revision <= current.get().revision() || revision == failedRevision) {
                return false;
            }
            KnowledgeSnapshot served = current.get();
            if (all.stream().filter(c -> c.revision() > served.revision()).noneMatch(c -> c.kind()
                    .servedByEngine())) {
                // nothing the engine answers from changed: the same index and engine, the new entries
                current.set(new KnowledgeSnapshot(
                        revision, served.catalog(), served.search(), Curation.fold(all), served.engine()));
                return true;
            }
            long start = System.nanoTime();
            KnowledgeSnapshot next;
            try {
                Curation curation = Curation.fold(all);
                next = assembler.assemble(revision, curation.apply(bundled), curation);
            } catch (RuntimeException e) {
                log.error(
                        "Revision {} of the knowledge cannot be built; revision {} keeps serving",
                        revision,
                        current.get().revision(),
                        e);
                failedRevision = revision;
                return false;
            }
            KnowledgeSnapshot previous = current.getAndSet(next);
            log.info(
                    "Serving knowledge revision {} ({} procedures), built in {} ms",
                    revision,
                    next.catalog().size(),
                    (System.nanoTime() - start) / 1_000_000);
            retire(previous);
            return true;
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
            if (unreachable) {
                log.info("The knowledge log is reachable again");
                unreachable = false;
            }
        } catch (StateUnavailableException e) {
            if (!unreachable) {
                log.warn(
                        "The knowledge log cannot be read; revision {} keeps serving",
                        current.get().revision());
                unreachable = true;
            }
        } catch (RuntimeException e) {
            log.error("Refreshing the knowledge failed", e);
        }
    }

    private void retire(KnowledgeSnapshot previous) {
        if (previous == null) {
            return;
        }
        try {
            timer.schedule(() -> closeQuietly(previous), RETIRE_AFTER.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            closeQuietly(previous); // shutting down
        }
    }

    private static void closeQuietly(KnowledgeSnapshot snapshot) {
        try {
            snapshot.search().close();
        } catch (java.io.IOException | RuntimeException e) {
            log.warn("Closing the search of knowledge revision {} failed: {}", snapshot.revision(), e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        closeQuietly(current.get());
    }
}
