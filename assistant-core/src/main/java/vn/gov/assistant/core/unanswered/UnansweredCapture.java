package vn.gov.assistant.core.unanswered;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.assistant.core.conversation.Turn;
import vn.gov.assistant.core.conversation.TurnListener;
import vn.gov.assistant.core.intent.Intent;
import vn.gov.assistant.core.llm.PersonalDataMasker;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.core.message.ReplyMetadata;
import vn.gov.assistant.core.state.ExpiringStore;
import vn.gov.assistant.knowledge.text.VietnameseText;

/**
 * Finds, among the turns the reception answers, the questions the bot did not answer well, and
 * keeps them masked ({@link PersonalDataMasker}: identity numbers, phones, e-mails) with their
 * channel, time and reason:
 *
 * <ul>
 *   <li>a question the bot declined (no procedure fits, or outside its mission; a complaint is
 *       not a question and is left out);
 *   <li>a question the bot asked back about ("which of these procedures?") when the citizen's
 *       next turn got no answer about one of the offered procedures (declined again, "none of
 *       them", a person asked for), or when there was no next turn within the clarification
 *       timeout (the citizen left);
 *   <li>the questions the bot answered in a conversation the citizen then rated 1 or 2.
 * </ul>
 *
 * Between turns it remembers per conversation only the pending clarification and the last answered
 * questions, masked, in an expiring store. It never fails a turn: when a store cannot be reached
 * the question is not kept and a warning without data is logged, at most once a minute.
 */
public final class UnansweredCapture implements TurnListener, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(UnansweredCapture.class);

    /** Answered questions remembered per conversation for a rating that may follow. */
    static final int ANSWERED_KEPT = 5;

    /** The highest rating that counts as bad. */
    static final int BAD_RATING = 2;

    private final UnansweredQuestions questions;
    private final ExpiringStore<ConversationWatch> watches;
    private final Duration clarificationTimeout;
    private final Duration watchTtl;
    private final Clock clock;
    private final AtomicLong lastWarning = new AtomicLong(Long.MIN_VALUE / 2);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "unanswered-clarifications");
        t.setDaemon(true);
        return t;
    });

    /**
     * {@code clarificationTimeout}: how long after the bot asked back a conversation without a
     * further turn counts as left; {@code conversationTtl}: how long a conversation is remembered
     * after its last turn (the answered questions are kept as long, for a late rating).
     */
    public UnansweredCapture(
            UnansweredQuestions questions,
            ExpiringStore<ConversationWatch> watches,
            Duration clarificationTimeout,
            Duration conversationTtl,
            Clock clock) {
        this.questions = Objects.requireNonNull(questions);
        this.watches = Objects.requireNonNull(watches);
        if (clarificationTimeout.isNegative() || clarificationTimeout.isZero()) {
            throw new IllegalArgumentException("the clarification timeout must be positive");
        }
        this.clarificationTimeout = clarificationTimeout;
        this.watchTtl = (conversationTtl.compareTo(clarificationTimeout) > 0 ? conversationTtl : clarificationTimeout)
                .plus(clarificationTimeout);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public void onTurn(Turn turn) {
        guarded(() -> turn(turn));
    }

    @Override
    public void onRating(String channel, String conversationId, int score, Instant at) {
        if (score > BAD_RATING) {
            return;
        }
        guarded(() -> {
            ConversationWatch watch = watches.get(conversationId).orElse(ConversationWatch.NONE);
            if (watch.answered().isEmpty()) {
                return;
            }
            for (String question : watch.answered()) {
                keep(question, channel, at, UnansweredQuestion.Reason.RATED_BADLY);
            }
            save(conversationId, new ConversationWatch(watch.pending(), List.of()), true);
        });
    }

    private void turn(Turn turn) {
        String conversation = turn.conversationId();
        ConversationWatch before = watches.get(conversation).orElse(ConversationWatch.NONE);
        ConversationWatch.Pending pending = before.pending();
        List<String> answered = new ArrayList<>(before.answered());
        Optional<ReplyMetadata> metadata = turn.reply().map(Reply::metadata);

        if (pending != null) {
            List<String> offered = pending.offered();
            boolean chose = metadata.map(m -> m.cited().stream().anyMatch(offered::contains))
                    .orElse(false);
            if (chose) {
                remember(answered, pending.question());
            } else {
                keep(
                        pending.question(),
                        pending.channel(),
                        pending.at(),
                        UnansweredQuestion.Reason.CLARIFICATION_FAILED);
            }
            pending = null;
        }

        if (turn.inbound() instanceof Inbound.Text text && metadata.isPresent()) {
            ReplyMetadata m = metadata.get();
            String question = masked(text.text());
            if (VietnameseText.foldedWords(question).isEmpty()) {
                // nothing to keep
            } else if (m.declined() && m.intent() != Intent.FEEDBACK) {
                keep(question, turn.channel(), turn.at(), UnansweredQuestion.Reason.DECLINED);
            } else if (askedBack(m)) {
                pending = new ConversationWatch.Pending(
                        UUID.randomUUID().toString(), question, turn.channel(), turn.at(), m.offered());
                schedule(conversation, pending.id());
            } else if (!m.cited().isEmpty()) {
                remember(answered, question);
            }
        }
        ConversationWatch after = new ConversationWatch(pending, answered);
        save(conversation, after, !after.equals(before));
    }

    /** The bot asked which of several procedures was meant: nothing answered, nothing declined. */
    private static boolean askedBack(ReplyMetadata m) {
        return m.intent() == Intent.PROCEDURE
                && m.cited().isEmpty()
                && !m.offered().isEmpty()
                && !m.declined()
                && !m.handoff();
    }

    private static void remember(List<String> answered, String question) {
        answered.remove(question);
        answered.add(question);
        while (answered.size() > ANSWERED_KEPT) {
            answered.removeFirst();
        }
    }

    /** Writes the watch back (refreshing its time to live), or removes it once it holds nothing. */
    private void save(String conversation, ConversationWatch watch, boolean changed) {
        if (watch.isEmpty()) {
            if (changed) {
                watches.remove(conversation);
            }
            return;
        }
        watches.put(conversation, watch, watchTtl);
    }

    private void schedule(String conversation, String pendingId) {
        try {
            timer.schedule(
                    () -> guarded(() -> left(conversation, pendingId)),
                    clarificationTimeout.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // shutting down: the clarification is not followed any further
        }
    }

    /** The timeout of a clarification passed: if the citizen never answered it, they left. */
    void left(String conversation, String pendingId) {
        ConversationWatch watch = watches.get(conversation).orElse(ConversationWatch.NONE);
        ConversationWatch.Pending pending = watch.pending();
        if (pending == null || !pending.id().equals(pendingId)) {
            return; // answered in time (on this instance or another)
        }
        keep(pending.question(), pending.channel(), pending.at(), UnansweredQuestion.Reason.CLARIFICATION_FAILED);
        save(conversation, new ConversationWatch(null, watch.answered()), true);
    }

    private void keep(String question, String channel, Instant at, UnansweredQuestion.Reason reason) {
        questions.add(new UnansweredQuestion(UUID.randomUUID().toString(), question, channel, at, reason));
    }

    /** The text as it may be kept: personal data masked, white space collapsed. */
    static String masked(String text) {
        return PersonalDataMasker.mask(text).replaceAll("\\s+", " ").strip();
    }

    private void guarded(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            long now = clock.millis();
            long last = lastWarning.get();
            if (now - last >= 60_000 && lastWarning.compareAndSet(last, now)) {
                // the exception's class only: a message could carry a question
                log.warn(
                        "An unanswered question could not be kept ({})",
                        e.getClass().getSimpleName());
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
