package vn.gov.assistant.channels.zalo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.assistant.core.state.Deduplication;
import vn.gov.assistant.core.state.StateUnavailableException;

/**
 * The webhook's gate, apart from HTTP: an event is acted on only if it is signed by Zalo for this
 * OA (checked over the exact raw bytes), recent (a replayed request is refused), well formed and
 * seen for the first time (by {@code msg_id}). Accepted events are queued for the
 * {@link ZaloAdapter} and the caller answers at once, well within Zalo's two seconds.
 */
public final class ZaloWebhook {

    private static final Logger log = LoggerFactory.getLogger(ZaloWebhook.class);

    /** Zalo's events are a few kilobytes; anything much larger is not one. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    /** What became of a request, and the HTTP status that says so. */
    public enum Outcome {
        ACCEPTED(200),
        /** Already seen (Zalo retried, or someone replays it): acknowledged, not acted on again. */
        DUPLICATE(200),
        /** A kind of event the assistant does not act on. */
        IGNORED(200),
        UNSIGNED(401),
        FORGED(401),
        /** Signed, but older (or later) than the replay window allows. */
        STALE(401),
        MALFORMED(400),
        TOO_LARGE(413),
        /** The queue is full: Zalo may send it again. */
        BUSY(503);

        private final int status;

        Outcome(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final ZaloSignature signature;
    private final Duration maxAge;
    private final Deduplication seen;
    private final Duration remembered;
    private final ZaloWorkers workers;
    private final ZaloAdapter adapter;
    private final JsonMapper json;
    private final Clock clock;

    ZaloWebhook(ZaloSettings settings, ZaloAdapter adapter, ZaloWorkers workers, Deduplication seen, Clock clock) {
        this.signature = new ZaloSignature(settings.appId(), settings.oaSecretKey());
        this.maxAge = settings.maxEventAge();
        // remembered a little longer than an event may be old: a replay is either stale or known
        this.remembered = settings.maxEventAge().multipliedBy(2);
        this.seen = seen;
        this.workers = workers;
        this.adapter = adapter;
        this.json = JsonMapper.builder().build();
        this.clock = clock;
    }

    /** Checks one request (raw body, signature header) and queues it when it is to be acted on. */
    public Outcome receive(byte[] rawBody, String signatureHeader) {
        Outcome outcome = check(rawBody, signatureHeader);
        if (outcome.status() != 200) {
            log.warn("Zalo webhook request refused: {}", outcome);
        }
        return outcome;
    }

    private Outcome check(byte[] rawBody, String signatureHeader) {
        if (rawBody.length > MAX_BODY_BYTES) {
            return Outcome.TOO_LARGE;
        }
        if (signatureHeader == null || signatureHeader.isBlank()) {
            return Outcome.UNSIGNED;
        }
        ZaloEvent event;
        try {
            event = ZaloEvent.parse(rawBody, json);
        } catch (ZaloEvent.MalformedEvent e) {
            return Outcome.MALFORMED;
        }
        if (!signature.verify(rawBody, event.timestamp(), signatureHeader)) {
            return Outcome.FORGED;
        }
        Duration age = Duration.between(Instant.ofEpochMilli(event.epochMillis()), clock.instant());
        if (age.abs().compareTo(maxAge) > 0) {
            return Outcome.STALE;
        }
        if (event.kind() == ZaloEvent.Kind.OTHER) {
            return Outcome.IGNORED;
        }
        String key = event.dedupKey();
        if (!firstSeen(key)) {
            return Outcome.DUPLICATE;
        }
        try {
            workers.submit(event.userId(), () -> process(event));
        } catch (RejectedExecutionException e) {
            forget(key);
            return Outcome.BUSY;
        }
        return Outcome.ACCEPTED;
    }

    /** Shared by every instance: Zalo may retry an event to another one. */
    private boolean firstSeen(String key) {
        try {
            return seen.firstSeen("zalo:event:" + key, remembered);
        } catch (StateUnavailableException e) {
            return true; // better twice than never
        }
    }

    private void forget(String key) {
        try {
            seen.forget("zalo:event:" + key);
        } catch (StateUnavailableException e) {
            // the retry will be taken for a duplicate only if the store comes back in between
        }
    }

    private void process(ZaloEvent event) {
        try {
            adapter.handle(event);
        } catch (ZaloApiException e) {
            log.warn("Zalo event {} not answered: error {}", event.name(), e.error());
        } catch (RuntimeException e) {
            // the class and place only: an exception's message might quote the citizen's text
            StackTraceElement[] trace = e.getStackTrace();
            log.error(
                    "Zalo event {} failed: {} at {}",
                    event.name(),
                    e.getClass().getName(),
                    trace.length > 0 ? trace[0] : "?");
        }
    }
}
