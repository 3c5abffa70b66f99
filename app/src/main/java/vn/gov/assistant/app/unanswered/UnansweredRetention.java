package vn.gov.assistant.app.unanswered;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.assistant.core.state.StateUnavailableException;
import vn.gov.assistant.core.unanswered.UnansweredQuestions;

/**
 * Forgets the unanswered questions older than the retention: a minute after start, then every
 * {@code every}. The staff pages never show older ones anyway; this frees the store.
 */
final class UnansweredRetention implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(UnansweredRetention.class);

    private final UnansweredQuestions questions;
    private final Duration retention;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "unanswered-retention");
        t.setDaemon(true);
        return t;
    });

    UnansweredRetention(UnansweredQuestions questions, Duration retention, Clock clock) {
        this.questions = Objects.requireNonNull(questions);
        this.retention = Objects.requireNonNull(retention);
        this.clock = Objects.requireNonNull(clock);
    }

    UnansweredRetention start(Duration every) {
        timer.scheduleWithFixedDelay(this::forget, 60_000, every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Forgets what is past the retention; how many questions were forgotten. */
    long forget() {
        try {
            long forgotten = questions.forgetBefore(clock.instant().minus(retention));
            if (forgotten > 0) {
                log.info("Forgot {} unanswered questions older than {}", forgotten, retention);
            }
            return forgotten;
        } catch (StateUnavailableException e) {
            log.warn("Unanswered questions past their retention could not be forgotten now; next try later");
            return 0;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
