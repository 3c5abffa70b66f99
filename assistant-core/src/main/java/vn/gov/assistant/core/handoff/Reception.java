package vn.gov.assistant.core.handoff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.assistant.core.conversation.ConversationEngine;
import vn.gov.assistant.core.conversation.ConversationState;
import vn.gov.assistant.core.conversation.ConversationState.CallbackStep;
import vn.gov.assistant.core.conversation.ConversationStore;
import vn.gov.assistant.core.conversation.Conversations;
import vn.gov.assistant.core.conversation.Turn;
import vn.gov.assistant.core.conversation.TurnListener;
import vn.gov.assistant.core.intent.Intent;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Option;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.core.message.ReplyMetadata;
import vn.gov.assistant.core.message.ReplyPart;
import vn.gov.assistant.core.state.ConversationLocks;
import vn.gov.assistant.core.state.StateUnavailableException;
import vn.gov.assistant.knowledge.search.Aspect;
import vn.gov.assistant.knowledge.text.VietnameseText;

/**
 * Where every citizen message arrives, whatever the channel: one turn at a time per conversation
 * (a shared lock), to staff while the conversation is handed over, through the callback request
 * while one is under way, and otherwise to the {@link ConversationEngine}. When the engine's reply
 * calls for a person (asked for, a sensitive topic, or repeated failures) it hands over through
 * the {@link HandoffDesk}, or offers a callback when nobody can take it now. When the shared store
 * is down the bot keeps answering and callback tickets wait here until it is back.
 */
public final class Reception {

    private static final Logger log = LoggerFactory.getLogger(Reception.class);

    public static final String CALLBACK_START = "callback:start";
    public static final String CALLBACK_CONSENT = "callback:consent";
    public static final String CALLBACK_CANCEL = "callback:cancel";

    /**
     * {@code failuresBeforeHandoff}: turns in a row the bot could not help before it hands over
     * on its own (0: never); {@code sensitiveTopics}: phrases (any diacritics) that hand over at
     * once, e.g. "khiếu nại", "tố cáo"; {@code lockWait} and {@code lockLease}: how long a turn
     * waits for the conversation's previous one, and the longest a turn may hold it.
     */
    public record Settings(
            int failuresBeforeHandoff, List<String> sensitiveTopics, Duration lockWait, Duration lockLease) {
        public static final Settings DEFAULT = new Settings(
                3, List.of("khiếu nại", "tố cáo", "tố giác"), Duration.ofSeconds(5), Duration.ofSeconds(30));

        public Settings {
            if (failuresBeforeHandoff < 0) {
                throw new IllegalArgumentException("failuresBeforeHandoff must not be negative");
            }
            sensitiveTopics = sensitiveTopics.stream()
                    .map(VietnameseText::foldedWords)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }
    }

    private final Conversations engine;
    private final ConversationStore store;
    private final ConversationLocks locks;
    private final HandoffDesk desk;
    private final Settings settings;
    private final Clock clock;
    /** Shown once, at the start of each conversation; empty for none. */
    private final String notice;

    private final ConcurrentLinkedQueue<CallbackTicket> unsaved = new ConcurrentLinkedQueue<>();
    private final java.util.concurrent.CopyOnWriteArrayList<TurnListener> listeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    public Reception(
            Conversations engine,
            ConversationStore store,
            ConversationLocks locks,
            HandoffDesk desk,
            Settings settings,
            Clock clock) {
        this(engine, store, locks, desk, settings, clock, "");
    }

    /**
     * A reception that adds {@code notice} (the privacy notice) under its first reply of every
     * conversation (one with no state kept yet: new, or forgotten after its time), once.
     */
    public Reception(
            Conversations engine,
            ConversationStore store,
            ConversationLocks locks,
            HandoffDesk desk,
            Settings settings,
            Clock clock,
            String notice) {
        this.notice = Objects.requireNonNull(notice, "notice").strip();
        this.engine = Objects.requireNonNull(engine);
        this.store = Objects.requireNonNull(store);
        this.locks = Objects.requireNonNull(locks);
        this.desk = Objects.requireNonNull(desk);
        this.settings = Objects.requireNonNull(settings);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Handles one message of a conversation on a channel. Empty when there is nothing to say back
     * at once: the citizen is talking with a staff member, whose answer comes separately.
     */
    public Optional<Reply> handle(String channel, String conversationId, Inbound inbound) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(inbound, "inbound");
        long start = System.nanoTime();
        Optional<ConversationLocks.Lease> lease;
        try {
            lease = locks.acquire(conversationId, settings.lockWait(), settings.lockLease());
        } catch (StateUnavailableException e) {
            lease = Optional.of(() -> {});
        }
        if (lease.isEmpty()) {
            return Optional.of(plain(
                    "Tin nhắn trước của bạn vẫn đang được xử lý, bạn vui lòng chờ một chút rồi gửi lại.",
                    Intent.ACTION));
        }
        try (ConversationLocks.Lease held = lease.get()) {
            Optional<Reply> reply = turn(channel, conversationId, inbound);
            tell(channel, conversationId, inbound, reply, Duration.ofNanos(System.nanoTime() - start));
            return reply;
        }
    }

    /**
     * A citizen rated the conversation (1 to 5): the listeners are told (see {@link
     * TurnListener#onRating}); nothing is kept here.
     */
    public void rated(String channel, String conversationId, int score) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(conversationId, "conversationId");
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("a rating is 1 to 5: " + score);
        }
        Instant at = clock.instant();
        for (TurnListener listener : listeners) {
            try {
                listener.onRating(channel, conversationId, score, at);
            } catch (RuntimeException e) {
                log.warn("A turn listener failed ({}): {}", listener.getClass().getSimpleName(), e.toString());
            }
        }
    }

    /** Adds a listener told of every turn this reception answers (see {@link TurnListener}). */
    public void addListener(TurnListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    private void tell(String channel, String conversationId, Inbound inbound, Optional<Reply> reply, Duration took) {
        if (listeners.isEmpty()) {
            return;
        }
        Turn turn = new Turn(clock.instant(), channel, conversationId, inbound, reply, reply.isEmpty(), took);
        for (TurnListener listener : listeners) {
            try {
                listener.onTurn(turn);
            } catch (RuntimeException e) {
                log.warn("A turn listener failed ({}): {}", listener.getClass().getSimpleName(), e.toString());
            }
        }
    }

    private Optional<Reply> turn(String channel, String conversationId, Inbound inbound) {
        Optional<Handoff> open = openHandoff(conversationId);
        if (open.isPresent()) {
            return withStaff(open.get(), inbound);
        }
        Optional<ConversationState> kept = store.load(conversationId);
        Optional<Reply> reply = botTurn(channel, conversationId, inbound, kept);
        return kept.isEmpty() && !notice.isEmpty() ? reply.map(this::withNotice) : reply;
    }

    private Reply withNotice(Reply reply) {
        List<ReplyPart> parts = new ArrayList<>(reply.parts());
        int at = 0;
        while (at < parts.size() && parts.get(at) instanceof ReplyPart.Text) {
            at++;
        }
        parts.add(at, new ReplyPart.Text(notice)); // after the texts, before any buttons
        return new Reply(parts, reply.metadata());
    }

    private Optional<Reply> botTurn(
            String channel, String conversationId, Inbound inbound, Optional<ConversationState> kept) {
        ConversationState state = kept.orElseGet(() -> ConversationState.fresh(clock.instant()));
        if (inbound instanceof Inbound.OptionChosen o && o.value().startsWith("callback:")) {
            return Optional.of(callbackOption(channel, conversationId, state, o.value()));
        }
        if (state.callback() != CallbackStep.NONE && inbound instanceof Inbound.Text t) {
            Optional<Reply> reply = callbackText(channel, conversationId, state, t.text());
            if (reply.isPresent()) {
                return reply;
            }
            state = state.callback(CallbackStep.NONE, "", clock.instant());
            store.save(conversationId, state);
        }
        Reply reply = engine.handle(conversationId, inbound);
        boolean mayHandOver = reply.metadata().handoff()
                || reply.metadata().declined()
                || (inbound instanceof Inbound.Text t && sensitive(t.text()));
        if (!mayHandOver) {
            return Optional.of(reply); // the usual turn: no second read of the state
        }
        ConversationState after = store.load(conversationId).orElse(state);
        Handoff.Reason reason = reason(inbound, reply, after);
        if (reason == null) {
            return Optional.of(reply);
        }
        Reply handedOver = handOver(channel, conversationId, after, reason);
        // the engine declined this question: the hand-over answers it, and says so to listeners
        return Optional.of(reason == Handoff.Reason.REPEATED_FAILURE ? declined(handedOver) : handedOver);
    }

    private static Reply declined(Reply reply) {
        ReplyMetadata m = reply.metadata();
        return new Reply(
                reply.parts(),
                new ReplyMetadata(
                        m.intent(),
                        m.cited(),
                        m.offered(),
                        m.aspect(),
                        m.confidence(),
                        true,
                        m.handoff(),
                        m.generated()));
    }

    private Handoff.Reason reason(Inbound inbound, Reply reply, ConversationState state) {
        if (reply.metadata().handoff()) {
            return Handoff.Reason.REQUESTED;
        }
        if (inbound instanceof Inbound.Text t && sensitive(t.text())) {
            return Handoff.Reason.SENSITIVE_TOPIC;
        }
        if (reply.metadata().declined()
                && settings.failuresBeforeHandoff() > 0
                && state.misses() >= settings.failuresBeforeHandoff()) {
            return Handoff.Reason.REPEATED_FAILURE;
        }
        return null;
    }

    private boolean sensitive(String text) {
        String folded = " " + VietnameseText.foldedWords(text) + " ";
        for (String topic : settings.sensitiveTopics()) {
            if (folded.contains(" " + topic + " ")) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- handing over

    private Reply handOver(String channel, String conversationId, ConversationState state, Handoff.Reason reason) {
        String lead =
                switch (reason) {
                    case REQUESTED -> "";
                    case SENSITIVE_TOPIC -> "Nội dung khiếu nại, tố cáo cần được cán bộ trực tiếp tiếp nhận. ";
                    case REPEATED_FAILURE -> "Xin lỗi, tôi chưa giúp được bạn. ";
                };
        HandoffDesk.Opening opening;
        try {
            opening = desk.request(
                    channel,
                    conversationId,
                    reason,
                    state.procedure(),
                    state.hasProcedure() ? state.lastAspect().label() : "",
                    transcript(state));
        } catch (StateUnavailableException e) {
            log.warn("hand-off unavailable: the shared store cannot be reached");
            return offerCallback(
                    conversationId,
                    state,
                    lead + "Hệ thống kết nối với cán bộ đang tạm gián đoạn. Bạn có thể để lại số điện thoại hoặc"
                            + " email, cán bộ sẽ liên hệ lại với bạn.");
        }
        return switch (opening) {
            case HandoffDesk.Opening.Queued q -> {
                store.save(conversationId, state.missesForgiven(clock.instant()));
                String text = lead
                        + (q.already()
                                ? "Bạn vẫn đang chờ cán bộ hỗ trợ. "
                                : "Tôi đã chuyển cuộc trò chuyện tới cán bộ hỗ trợ. ")
                        + (q.position() > 0
                                ? HandoffDesk.positionText(q.position(), q.estimate())
                                : "Cán bộ đang xử lý cuộc trò chuyện của bạn.")
                        + " Trong lúc chờ, bạn cứ nhắn nội dung cần hỗ trợ; cán bộ sẽ đọc được cả cuộc trò chuyện.";
                yield handoffReply(text, List.of(new Option(CALLBACK_START, "Để lại số điện thoại, chờ gọi lại")));
            }
            case HandoffDesk.Opening.Closed c -> offerCallback(
                    conversationId,
                    state,
                    lead + "Hiện đang ngoài giờ làm việc của cán bộ"
                            + (c.hours().isEmpty() ? "" : " (" + c.hours() + ")")
                            + "."
                            + c.next()
                                    .map(t -> " Cán bộ sẽ làm việc trở lại lúc " + HandoffDesk.when(t) + ".")
                                    .orElse("")
                            + " Bạn có thể để lại số điện thoại hoặc email, cán bộ sẽ liên hệ lại với bạn.");
            case HandoffDesk.Opening.NobodyOnline n -> offerCallback(
                    conversationId,
                    state,
                    lead + "Hiện chưa có cán bộ trực tuyến. Bạn có thể để lại số điện thoại hoặc email, cán bộ sẽ"
                            + " liên hệ lại với bạn.");
        };
    }

    private List<TranscriptLine> transcript(ConversationState state) {
        List<TranscriptLine> lines = new ArrayList<>();
        for (ConversationState.Said s : state.recent()) {
            lines.add(new TranscriptLine(
                    UUID.randomUUID().toString(),
                    s.who().equals("citizen") ? TranscriptLine.Speaker.CITIZEN : TranscriptLine.Speaker.ASSISTANT,
                    "",
                    s.text(),
                    s.at()));
        }
        return lines;
    }

    private Optional<Reply> withStaff(Handoff handoff, Inbound inbound) {
        // the procedure in context must outlive the hand-off: the bot continues with it afterwards
        store.load(handoff.conversationId())
                .ifPresent(s -> store.save(handoff.conversationId(), s.touched(clock.instant())));
        if (inbound instanceof Inbound.OptionChosen o
                && o.value().equals(CALLBACK_START)
                && handoff.status() == Handoff.Status.WAITING) {
            desk.leaveQueue(handoff);
            ConversationState state =
                    store.load(handoff.conversationId()).orElseGet(() -> ConversationState.fresh(clock.instant()));
            return Optional.of(askContact(handoff.conversationId(), state, "Bạn đã rời hàng chờ. "));
        }
        switch (inbound) {
            case Inbound.Text t -> {
                desk.citizenWrote(handoff, t.text());
                if (handoff.status() == Handoff.Status.CLAIMED) {
                    return Optional.empty();
                }
                int position = desk.position(handoff.id());
                return Optional.of(handoffReply(
                        "Cán bộ sẽ đọc tin nhắn này khi nhận cuộc trò chuyện. "
                                + HandoffDesk.positionText(position, desk.estimate(position)),
                        List.of(new Option(CALLBACK_START, "Để lại số điện thoại, chờ gọi lại"))));
            }
            default -> {
                if (handoff.status() == Handoff.Status.CLAIMED) {
                    return Optional.of(handoffReply("Bạn đang trò chuyện với cán bộ hỗ trợ.", List.of()));
                }
                int position = desk.position(handoff.id());
                return Optional.of(handoffReply(
                        "Bạn vẫn đang chờ cán bộ hỗ trợ. "
                                + HandoffDesk.positionText(position, desk.estimate(position)),
                        List.of(new Option(CALLBACK_START, "Để lại số điện thoại, chờ gọi lại"))));
            }
        }
    }

    private Optional<Handoff> openHandoff(String conversationId) {
        try {
            return desk.openFor(conversationId);
        } catch (StateUnavailableException e) {
            return Optional.empty();
        }
    }

    // ---------------------------------------------------------------- callback requests

    private Reply offerCallback(String conversationId, ConversationState state, String text) {
        store.save(conversationId, state.callback(CallbackStep.CONTACT, "", clock.instant()));
        return handoffReply(
                text + " Hãy nhắn số điện thoại hoặc email của bạn.",
                List.of(new Option(CALLBACK_CANCEL, "Không cần")));
    }

    private Reply askContact(String conversationId, ConversationState state, String lead) {
        store.save(conversationId, state.callback(CallbackStep.CONTACT, "", clock.instant()));
        return handoffReply(
                lead + "Bạn hãy nhắn số điện thoại hoặc email để cán bộ liên hệ lại.",
                List.of(new Option(CALLBACK_CANCEL, "Không cần")));
    }

    private Reply callbackOption(String channel, String conversationId, ConversationState state, String value) {
        return switch (value) {
            case CALLBACK_START -> askContact(conversationId, state, "");
            case CALLBACK_CONSENT -> state.callback() == CallbackStep.CONSENT
                    ? ticket(channel, conversationId, state)
                    : askContact(conversationId, state, "");
            default -> {
                store.save(conversationId, state.callback(CallbackStep.NONE, "", clock.instant()));
                yield plain(
                        "Vâng, tôi không lưu thông tin liên hệ của bạn. Bạn cứ hỏi tiếp nếu cần hỗ trợ.",
                        Intent.ACTION);
            }
        };
    }

    /** Empty when the text is not part of the callback request (the citizen moved on). */
    private Optional<Reply> callbackText(String channel, String conversationId, ConversationState state, String text) {
        if (state.callback() == CallbackStep.CONSENT) {
            Optional<Boolean> consent = ContactDetails.yesNo(text);
            if (consent.isEmpty()) {
                return Optional.of(askConsent(conversationId, state, state.contact()));
            }
            return Optional.of(
                    consent.get()
                            ? ticket(channel, conversationId, state)
                            : callbackOption(channel, conversationId, state, CALLBACK_CANCEL));
        }
        Optional<String> contact = ContactDetails.parse(text);
        if (contact.isPresent()) {
            return Optional.of(askConsent(conversationId, state, contact.get()));
        }
        if (VietnameseText.syllables(text).size() > 4 && !text.matches(".*\\d{4,}.*") && !text.contains("@")) {
            return Optional.empty();
        }
        return Optional.of(handoffReply(
                "Tôi chưa nhận ra số điện thoại hoặc email. Bạn nhắn lại giúp tôi, ví dụ 0912345678 hoặc"
                        + " ten@example.com.",
                List.of(new Option(CALLBACK_CANCEL, "Không cần"))));
    }

    private Reply askConsent(String conversationId, ConversationState state, String contact) {
        store.save(conversationId, state.callback(CallbackStep.CONSENT, contact, clock.instant()));
        return handoffReply(
                "Bạn đồng ý để cơ quan dùng " + (contact.contains("@") ? "email " : "số điện thoại ")
                        + ContactDetails.mask(contact)
                        + " để liên hệ lại với bạn về yêu cầu hỗ trợ này? Thông tin chỉ được dùng cho việc liên hệ"
                        + " này.",
                List.of(new Option(CALLBACK_CONSENT, "Đồng ý"), new Option(CALLBACK_CANCEL, "Không đồng ý")));
    }

    private Reply ticket(String channel, String conversationId, ConversationState state) {
        Instant now = clock.instant();
        CallbackTicket ticket = new CallbackTicket(
                desk.newTicketNumber(),
                conversationId,
                channel,
                state.contact(),
                now,
                state.procedure(),
                "Công dân đề nghị cán bộ liên hệ lại",
                CallbackTicket.Status.OPEN,
                "",
                "",
                now,
                now);
        try {
            ticket = desk.keep(ticket);
        } catch (StateUnavailableException e) {
            unsaved.add(ticket);
            log.warn(
                    "callback ticket kept on this instance until the shared store is back ({} waiting)",
                    unsaved.size());
        }
        store.save(conversationId, state.callback(CallbackStep.NONE, "", now).missesForgiven(now));
        return handoffReply(
                "Đã ghi nhận yêu cầu gọi lại, mã phiếu hẹn của bạn là " + ticket.number()
                        + ". Cán bộ sẽ liên hệ với bạn trong giờ làm việc. Bạn cứ hỏi tiếp nếu cần.",
                List.of());
    }

    /**
     * Saves the callback tickets made while the shared store was down; returns how many were
     * saved. Called periodically; stops at the first failure.
     */
    public int saveWaitingTickets() {
        int saved = 0;
        CallbackTicket t;
        while ((t = unsaved.peek()) != null) {
            try {
                desk.keep(t);
            } catch (StateUnavailableException e) {
                return saved;
            }
            unsaved.poll();
            saved++;
        }
        return saved;
    }

    /** Callback tickets made while the shared store was down and not saved yet. */
    public int waitingTickets() {
        return unsaved.size();
    }

    // ---------------------------------------------------------------- replies

    private static Reply handoffReply(String text, List<Option> options) {
        List<ReplyPart> parts = new ArrayList<>();
        parts.add(new ReplyPart.Text(text));
        if (!options.isEmpty()) {
            parts.add(new ReplyPart.Options(options));
        }
        return new Reply(
                parts, new ReplyMetadata(Intent.HUMAN, List.of(), List.of(), Aspect.GENERAL, 1, false, true, false));
    }

    private static Reply plain(String text, Intent intent) {
        return new Reply(List.of(new ReplyPart.Text(text)), ReplyMetadata.of(intent));
    }
}
