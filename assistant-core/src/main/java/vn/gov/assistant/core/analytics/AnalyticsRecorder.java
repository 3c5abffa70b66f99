package vn.gov.assistant.core.analytics;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.assistant.core.conversation.Turn;
import vn.gov.assistant.core.conversation.TurnListener;
import vn.gov.assistant.core.handoff.CallbackTicket;
import vn.gov.assistant.core.handoff.CallbackTickets;
import vn.gov.assistant.core.handoff.Handoff;
import vn.gov.assistant.core.handoff.HandoffBoard;
import vn.gov.assistant.core.intent.Intent;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.ReplyMetadata;
import vn.gov.assistant.core.state.StateUnavailableException;

/**
 * Records what analytics need, as it happens: each turn the reception answers (as a {@link
 * TurnListener}), each rating, and, through {@link #watching(HandoffBoard)} and {@link
 * #watching(CallbackTickets)}, each hand-off opened and claimed and each callback ticket made.
 * Only counts and marks reach the {@link AnalyticsStore}: never a text, never a conversation or
 * channel user id (a conversation is known by an HMAC-SHA-256 of its id under the day's salt, kept
 * two days). Recording never fails the caller: when the store is down the event is not counted and
 * a warning (with no data) is logged, at most once a minute.
 *
 * <p>How a turn counts (see {@link Counter}): a message is a text, an option or the "talk to a
 * person" control; a reply citing a procedure is an answer; a declined reply is declined; a reply
 * to a procedure question that neither answers, declines nor hands over is a clarification; those
 * three are question turns; a reply calling for staff means a person was asked for. A
 * clarification succeeds when the conversation's next message gets an answer.
 */
public final class AnalyticsRecorder implements TurnListener {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsRecorder.class);

    /** The conversation sent a message that day. */
    static final int MESSAGE = 1;
    /** A person was asked for. */
    static final int ASKED = 1 << 1;
    /** A hand-off was opened. */
    static final int OPENED = 1 << 2;
    /** A callback ticket was made. */
    static final int TICKET = 1 << 3;
    /** The bot's last reply asked back: the next message tells whether that worked. */
    static final int CLARIFYING = 1 << 4;
    /** The conversation's last rating that day (0: none), in three bits. */
    static final int RATING_SHIFT = 5;

    static final int RATING = 7 << RATING_SHIFT;

    private static final Pattern CHANNEL = Pattern.compile("[a-z0-9-]{1,32}");

    private final AnalyticsStore store;
    private final Clock clock;
    private final Map<LocalDate, byte[]> salts = new ConcurrentHashMap<>();
    private final AtomicLong lastWarning = new AtomicLong(Long.MIN_VALUE / 2);

    public AnalyticsRecorder(AnalyticsStore store, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
    }

    // ---------------------------------------------------------------- turns

    @Override
    public void onTurn(Turn turn) {
        if (!isMessage(turn.inbound())) {
            return; // the chat opened: not something the citizen said
        }
        guarded("turn", () -> {
            LocalDate day = day(turn.at());
            String channel = channel(turn.channel());
            Map<String, Long> add = new HashMap<>();
            add.put(Counter.MESSAGES, 1L);
            int set = MESSAGE;
            boolean answer = false;
            if (turn.reply().isPresent()) {
                ReplyMetadata m = turn.reply().get().metadata();
                add.put(Counter.intent(m.intent()), 1L);
                answer = !m.cited().isEmpty();
                boolean clarification = m.intent() == Intent.PROCEDURE && !answer && !m.declined() && !m.handoff();
                if (answer || clarification || m.declined()) {
                    add.put(Counter.QUESTIONS, 1L);
                    add.put(Counter.aspect(m.aspect()), 1L);
                }
                if (answer) {
                    add.put(Counter.ANSWERS, 1L);
                    add.put(Counter.procedure(m.cited().getFirst()), 1L);
                }
                if (m.declined()) {
                    add.put(Counter.DECLINED, 1L);
                }
                if (clarification) {
                    add.put(Counter.CLARIFICATIONS, 1L);
                    set |= CLARIFYING;
                }
                if (m.handoff()) {
                    set |= ASKED;
                }
            }
            int before = store.mark(day, key(day, turn.conversationId()), CLARIFYING, set);
            if ((before & CLARIFYING) != 0 && answer) {
                add.put(Counter.CLARIFIED, 1L);
            }
            conversationChanges(before, (before & ~CLARIFYING) | set, add);
            store.add(day, channel, add);
        });
    }

    private static boolean isMessage(Inbound inbound) {
        return switch (inbound) {
            case Inbound.Text t -> true;
            case Inbound.OptionChosen o -> true;
            case Inbound.Event e -> e.type() == Inbound.EventType.HANDOFF_REQUESTED;
        };
    }

    // ---------------------------------------------------------------- ratings

    /**
     * A citizen rated the conversation (1-5). Each conversation's last rating of a day counts: a
     * second rating replaces the first. Throws {@link IllegalArgumentException} outside 1-5.
     */
    public void rated(String channel, String conversationId, int score) {
        Counter.rating(score); // checks the score before anything is recorded
        Objects.requireNonNull(conversationId, "conversationId");
        String c = channel(channel);
        guarded("rating", () -> {
            LocalDate day = day(clock.instant());
            int before = store.mark(day, key(day, conversationId), RATING, score << RATING_SHIFT);
            Map<String, Long> add = new HashMap<>();
            conversationChanges(before, (before & ~RATING) | (score << RATING_SHIFT), add);
            store.add(day, c, add);
        });
    }

    // ---------------------------------------------------------------- hand-offs and tickets

    /** A hand-off was opened: counted on the day it was asked for. */
    void handoffOpened(Handoff handoff) {
        guarded("hand-off", () -> {
            LocalDate day = day(handoff.requested());
            int before = store.mark(day, key(day, handoff.conversationId()), 0, OPENED);
            Map<String, Long> add = new HashMap<>();
            add.put(Counter.HANDOFFS, 1L);
            conversationChanges(before, before | OPENED, add);
            store.add(day, channel(handoff.channel()), add);
        });
    }

    /** A hand-off was claimed: its wait (asked for to claimed) counts on the day it was asked for. */
    void handoffClaimed(Handoff claimed) {
        guarded("claim", () -> {
            // to the millisecond, as every store keeps it
            long millis = Math.max(
                    0, Duration.between(claimed.requested(), claimed.updated()).toMillis());
            store.addWait(day(claimed.requested()), channel(claimed.channel()), Duration.ofMillis(millis));
        });
    }

    /** A callback ticket was made: counted on the day it was made. */
    void ticketMade(CallbackTicket ticket) {
        guarded("ticket", () -> {
            LocalDate day = day(ticket.created());
            int before = store.mark(day, key(day, ticket.conversationId()), 0, TICKET);
            Map<String, Long> add = new HashMap<>();
            add.put(Counter.TICKETS, 1L);
            conversationChanges(before, before | TICKET, add);
            store.add(day, channel(ticket.channel()), add);
        });
    }

    /** The board, telling this recorder of every hand-off opened and claimed. */
    public HandoffBoard watching(HandoffBoard board) {
        return new RecordedHandoffBoard(board, this);
    }

    /** The tickets, telling this recorder of every ticket made. */
    public CallbackTickets watching(CallbackTickets tickets) {
        return new RecordedCallbackTickets(tickets, this);
    }

    // ---------------------------------------------------------------- the counting

    /**
     * The conversation counters a change of marks moves: each counts the conversations whose marks
     * meet its condition, so it moves by one exactly when the condition starts or stops holding.
     * The order events arrive in does not matter (a hand-off is opened before the turn that asked
     * for it is recorded).
     */
    static void conversationChanges(int before, int after, Map<String, Long> add) {
        change(add, Counter.CONVERSATIONS, has(before, MESSAGE), has(after, MESSAGE));
        change(add, Counter.ASKED_FOR_PERSON, has(before, MESSAGE | ASKED), has(after, MESSAGE | ASKED));
        change(add, Counter.HANDED_OVER, has(before, MESSAGE | OPENED), has(after, MESSAGE | OPENED));
        change(add, Counter.CALLBACKS, has(before, MESSAGE | TICKET), has(after, MESSAGE | TICKET));
        change(add, Counter.WITH_PERSON, withPerson(before), withPerson(after));
        int was = (before & RATING) >>> RATING_SHIFT;
        int is = (after & RATING) >>> RATING_SHIFT;
        if (was != is) {
            if (was >= 1 && was <= 5) {
                add.merge(Counter.rating(was), -1L, Long::sum);
            }
            if (is >= 1 && is <= 5) {
                add.merge(Counter.rating(is), 1L, Long::sum);
            }
        }
    }

    private static boolean has(int marks, int bits) {
        return (marks & bits) == bits;
    }

    private static boolean withPerson(int marks) {
        return has(marks, MESSAGE) && (marks & (OPENED | TICKET)) != 0;
    }

    private static void change(Map<String, Long> add, String counter, boolean before, boolean after) {
        if (before != after) {
            add.merge(counter, after ? 1L : -1L, Long::sum);
        }
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, AnalyticsStore.ZONE);
    }

    /** Channels are names the code gives ("web", "telegram"...); anything else is "other". */
    private static String channel(String channel) {
        return channel != null && CHANNEL.matcher(channel).matches() ? channel : "other";
    }

    /** The conversation's key for the day: HMAC-SHA-256 of its id under the day's salt, 128 bits. */
    String key(LocalDate day, String conversationId) {
        byte[] salt = salts.get(day);
        if (salt == null) {
            salt = store.salt(day);
            salts.putIfAbsent(day, salt);
            salts.keySet().removeIf(d -> d.isBefore(day.minusDays(AnalyticsStore.MARKS_KEPT_DAYS + 1)));
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            byte[] digest = mac.doFinal(conversationId.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private void guarded(String what, Runnable recording) {
        try {
            recording.run();
        } catch (StateUnavailableException e) {
            long now = clock.millis();
            long last = lastWarning.get();
            if (now - last >= 60_000 && lastWarning.compareAndSet(last, now)) {
                log.warn("analytics: a {} was not counted, the shared store cannot be reached", what);
            }
        }
    }
}
