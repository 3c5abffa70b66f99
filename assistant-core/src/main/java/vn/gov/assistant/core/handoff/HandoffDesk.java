package vn.gov.assistant.core.handoff;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import vn.gov.assistant.core.monitoring.ServiceMonitor;
import vn.gov.assistant.core.staff.AuditEntry;
import vn.gov.assistant.core.staff.AuditLog;
import vn.gov.assistant.core.staff.Role;
import vn.gov.assistant.core.staff.StaffAccount;
import vn.gov.assistant.core.staff.StaffAccounts;

/**
 * Hand-off to staff over the shared ports: opens hand-offs for citizens (or says why it cannot:
 * outside office hours, nobody online), passes lines between citizen and staff through the
 * {@link HandoffQueue}, keeps citizens told of their place in the queue, and carries out staff
 * actions, each checked and audited. Holds no state of its own but a running average of waits,
 * so any number of instances can run one each.
 */
public final class HandoffDesk implements StaffDesk {

    /**
     * {@code presenceWindow}: a staff member counts as online this long after their inbox last
     * reported; {@code firstWaitGuess}: the wait assumed per place in the queue before any claim
     * was seen; {@code zaloWindow} and {@code zaloMargin}: a Zalo conversation whose citizen last
     * wrote longer than the window minus the margin ago is moved to a callback ticket, while a
     * message can still reach them; {@code maxTextChars}: the longest staff reply or note.
     */
    public record Settings(
            Duration presenceWindow,
            Duration firstWaitGuess,
            Duration zaloWindow,
            Duration zaloMargin,
            int maxTextChars) {
        public static final Settings DEFAULT = new Settings(
                Duration.ofSeconds(45), Duration.ofMinutes(4), Duration.ofHours(48), Duration.ofHours(2), 2_000);

        public Settings {
            if (presenceWindow.isNegative()
                    || firstWaitGuess.isNegative()
                    || zaloMargin.compareTo(zaloWindow) >= 0
                    || maxTextChars < 1) {
                throw new IllegalArgumentException("invalid hand-off settings");
            }
        }
    }

    /** What happened when a citizen asked for a person. */
    public sealed interface Opening {
        /** In the queue at this place, with an estimated wait. */
        record Queued(Handoff handoff, int position, Duration estimate, boolean already) implements Opening {}

        /** Outside office hours; staff are back at {@code next} (empty when no hours are set). */
        record Closed(Optional<ZonedDateTime> next, String hours) implements Opening {}

        /** Within office hours but no staff member is at the inbox. */
        record NobodyOnline() implements Opening {}
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final String CODE_CHARS = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    private final HandoffBoard board;
    private final HandoffQueue queue;
    private final CallbackTickets tickets;
    private final StaffPresence presence;
    private final StaffAccounts accounts;
    private final AuditLog audit;
    private final OfficeHours hours;
    private final Function<String, String> procedureName;
    private final Settings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private volatile double averageWaitSeconds;
    private volatile ServiceMonitor monitor = ServiceMonitor.NONE;

    public HandoffDesk(
            HandoffBoard board,
            HandoffQueue queue,
            CallbackTickets tickets,
            StaffPresence presence,
            StaffAccounts accounts,
            AuditLog audit,
            OfficeHours hours,
            Function<String, String> procedureName,
            Settings settings,
            Clock clock) {
        this.board = Objects.requireNonNull(board);
        this.queue = Objects.requireNonNull(queue);
        this.tickets = Objects.requireNonNull(tickets);
        this.presence = Objects.requireNonNull(presence);
        this.accounts = Objects.requireNonNull(accounts);
        this.audit = Objects.requireNonNull(audit);
        this.hours = Objects.requireNonNull(hours);
        this.procedureName = Objects.requireNonNull(procedureName);
        this.settings = Objects.requireNonNull(settings);
        this.clock = Objects.requireNonNull(clock);
        this.averageWaitSeconds = settings.firstWaitGuess().toSeconds();
    }

    /** Tells {@code monitor} how long each citizen waited for the staff member who claimed them. */
    public HandoffDesk watchedBy(ServiceMonitor monitor) {
        this.monitor = Objects.requireNonNull(monitor, "monitor");
        return this;
    }

    /** How many citizens wait for a staff member now, over every instance. */
    public int waiting() {
        return (int) board.open().stream()
                .filter(h -> h.status() == Handoff.Status.WAITING)
                .count();
    }

    // ---------------------------------------------------------------- the citizen's side

    /**
     * A citizen asked for a person (or the bot decided they need one): joins the queue when staff
     * are at work and online, else says why not. A conversation already handed over stays where
     * it is. Throws {@link vn.gov.assistant.core.state.StateUnavailableException} when the shared
     * store is down.
     */
    public Opening request(
            String channel,
            String conversationId,
            Handoff.Reason reason,
            String procedure,
            String aspect,
            List<TranscriptLine> transcript) {
        Instant now = clock.instant();
        Optional<Handoff> open = board.openFor(conversationId);
        if (open.isPresent()) {
            Handoff h = open.get();
            int position = board.position(h.id());
            return new Opening.Queued(h, position, estimate(position), true);
        }
        if (!hours.isOpen(now)) {
            return new Opening.Closed(hours.nextOpening(now), hours.describe());
        }
        if (presence.online(now, settings.presenceWindow()).isEmpty()) {
            return new Opening.NobodyOnline();
        }
        Handoff handoff = new Handoff(
                UUID.randomUUID().toString(),
                conversationId,
                channel,
                reason,
                Handoff.Status.WAITING,
                procedure,
                aspect,
                now,
                "",
                now);
        if (!board.open(handoff, transcript)) {
            Handoff h = board.openFor(conversationId).orElseThrow();
            int position = board.position(h.id());
            return new Opening.Queued(h, position, estimate(position), true);
        }
        int position = board.position(handoff.id());
        return new Opening.Queued(handoff, position, estimate(position), false);
    }

    /** What a citizen wrote while handed over goes to staff (through the queue). */
    public void citizenWrote(Handoff handoff, String text) {
        TranscriptLine line = new TranscriptLine(
                UUID.randomUUID().toString(), TranscriptLine.Speaker.CITIZEN, "", text, clock.instant());
        queue.publish(new HandoffEvent(
                HandoffEvent.Kind.TO_STAFF, handoff.id(), handoff.conversationId(), handoff.channel(), line));
    }

    /** The citizen left the queue (to be called back instead). */
    public void leaveQueue(Handoff handoff) {
        Instant now = clock.instant();
        if (board.end(handoff.id(), Handoff.Status.MOVED_TO_CALLBACK, now).isPresent()) {
            audit.record(new AuditEntry(now, "citizen", "handoff.left-queue", handoff.id(), ""));
            tellPositions();
        }
    }

    public Optional<Handoff> openFor(String conversationId) {
        return board.openFor(conversationId);
    }

    public int position(String handoffId) {
        return board.position(handoffId);
    }

    /** The wait expected at this place in the queue, from recent waits and staff online. */
    public Duration estimate(int position) {
        if (position <= 0) {
            return Duration.ZERO;
        }
        int online = Math.max(1, onlineCount());
        return Duration.ofSeconds(Math.round(position * averageWaitSeconds / online));
    }

    private int onlineCount() {
        return presence.online(clock.instant(), settings.presenceWindow()).size();
    }

    /** A new ticket number, e.g. {@code HG261130-7K2Q}: unique without asking the store. */
    public String newTicketNumber() {
        StringBuilder code = new StringBuilder("HG");
        code.append(DateTimeFormatter.ofPattern("yyMMdd").format(clock.instant().atZone(hours.zone())));
        code.append('-');
        for (int i = 0; i < 5; i++) {
            code.append(CODE_CHARS.charAt(random.nextInt(CODE_CHARS.length())));
        }
        return code.toString();
    }

    /** Keeps a callback ticket, drawing a new number while one is taken. */
    public CallbackTicket keep(CallbackTicket ticket) {
        CallbackTicket t = ticket;
        while (!tickets.create(t)) {
            t = new CallbackTicket(
                    newTicketNumber(),
                    t.conversationId(),
                    t.channel(),
                    t.contact(),
                    t.consentAt(),
                    t.procedure(),
                    t.reason(),
                    t.status(),
                    t.assignee(),
                    t.outcome(),
                    t.created(),
                    t.updated());
        }
        return t;
    }

    /**
     * Moves Zalo hand-offs still waiting near the end of Zalo's free reply window to callback
     * tickets, telling the citizen while a message can still reach them. Returns how many moved.
     */
    public int moveExpiringZalo() {
        Instant now = clock.instant();
        Duration limit = settings.zaloWindow().minus(settings.zaloMargin());
        int moved = 0;
        for (Handoff h : board.open()) {
            if (h.status() != Handoff.Status.WAITING || !h.channel().equals("zalo")) {
                continue;
            }
            Instant lastCitizen = h.requested();
            for (TranscriptLine line : board.transcript(h.id())) {
                if (line.speaker() == TranscriptLine.Speaker.CITIZEN
                        && line.at().isAfter(lastCitizen)) {
                    lastCitizen = line.at();
                }
            }
            if (Duration.between(lastCitizen, now).compareTo(limit) < 0) {
                continue;
            }
            if (board.end(h.id(), Handoff.Status.MOVED_TO_CALLBACK, now).isEmpty()) {
                continue;
            }
            CallbackTicket ticket = keep(new CallbackTicket(
                    newTicketNumber(),
                    h.conversationId(),
                    h.channel(),
                    "Zalo: " + h.conversationId(),
                    h.requested(),
                    h.procedure(),
                    "Quá thời hạn trả lời miễn phí của Zalo khi đang chờ cán bộ",
                    CallbackTicket.Status.OPEN,
                    "",
                    "",
                    now,
                    now));
            toCitizen(
                    h,
                    "ticket-" + ticket.number(),
                    "Rất tiếc chưa có cán bộ trả lời kịp. Yêu cầu của bạn đã được ghi thành phiếu hẹn số "
                            + ticket.number()
                            + ". Khi bạn nhắn tin lại, cán bộ sẽ trả lời bạn tại đây; nếu muốn được gọi điện,"
                            + " bạn nhắn \"gặp cán bộ\" rồi để lại số điện thoại.");
            audit.record(new AuditEntry(now, "system", "handoff.moved-to-callback", h.id(), ticket.number()));
            moved++;
        }
        if (moved > 0) {
            tellPositions();
        }
        return moved;
    }

    // ---------------------------------------------------------------- the staff side

    @Override
    public List<Handoff> inbox() {
        return board.open();
    }

    @Override
    public Optional<HandoffView> view(String handoffId) {
        return board.get(handoffId).map(h -> new HandoffView(h, board.transcript(h.id()), board.position(h.id())));
    }

    @Override
    public Handoff claim(String handoffId, String staff) {
        Instant now = clock.instant();
        Handoff claimed = board.claim(handoffId, staff, now)
                .orElseThrow(() -> new DeskException(board.get(handoffId)
                        .map(h -> h.status() == Handoff.Status.CLAIMED
                                ? "Cuộc trò chuyện này đã có cán bộ " + h.assignee() + " nhận xử lý."
                                : "Cuộc trò chuyện này đã kết thúc.")
                        .orElse("Không tìm thấy cuộc trò chuyện.")));
        Duration wait = Duration.between(claimed.requested(), now);
        monitor.handoffClaimed(claimed.channel(), wait.isNegative() ? Duration.ZERO : wait);
        double waited = wait.toSeconds();
        averageWaitSeconds = 0.8 * averageWaitSeconds + 0.2 * waited;
        audit.record(new AuditEntry(now, staff, "handoff.claim", handoffId, ""));
        toCitizen(
                claimed,
                "claimed-" + handoffId,
                "Cán bộ hỗ trợ đã nhận cuộc trò chuyện và sẽ trả lời bạn ngay tại đây.");
        tellPositions();
        return claimed;
    }

    @Override
    public void reply(String handoffId, String staff, String text) {
        String t = text(text);
        Handoff h = held(handoffId, staff);
        Instant now = clock.instant();
        TranscriptLine line =
                new TranscriptLine(UUID.randomUUID().toString(), TranscriptLine.Speaker.STAFF, staff, t, now);
        queue.publish(new HandoffEvent(HandoffEvent.Kind.TO_CITIZEN, h.id(), h.conversationId(), h.channel(), line));
        audit.record(new AuditEntry(now, staff, "handoff.reply", handoffId, t.length() + " ký tự"));
    }

    @Override
    public void transfer(String handoffId, String staff, String to) {
        StaffAccount target = accounts.find(to == null ? "" : to.strip())
                .filter(StaffAccount::enabled)
                .filter(a -> a.roles().contains(Role.AGENT) || a.roles().contains(Role.ADMIN))
                .orElseThrow(() -> new DeskException("Không có cán bộ " + to + " đang hoạt động để chuyển."));
        if (target.username().equals(staff)) {
            throw new DeskException("Bạn đang giữ cuộc trò chuyện này rồi.");
        }
        held(handoffId, staff);
        Instant now = clock.instant();
        board.transfer(handoffId, staff, target.username(), now)
                .orElseThrow(() -> new DeskException("Bạn không còn giữ cuộc trò chuyện này."));
        board.append(
                handoffId,
                new TranscriptLine(
                        UUID.randomUUID().toString(),
                        TranscriptLine.Speaker.NOTE,
                        staff,
                        "Đã chuyển cho cán bộ " + target.username() + ".",
                        now));
        audit.record(new AuditEntry(now, staff, "handoff.transfer", handoffId, "to " + target.username()));
    }

    @Override
    public void note(String handoffId, String staff, String text) {
        String t = text(text);
        Handoff h = board.get(handoffId)
                .filter(x -> x.status().open())
                .orElseThrow(() -> new DeskException("Cuộc trò chuyện này đã kết thúc."));
        Instant now = clock.instant();
        board.append(
                h.id(), new TranscriptLine(UUID.randomUUID().toString(), TranscriptLine.Speaker.NOTE, staff, t, now));
        audit.record(new AuditEntry(now, staff, "handoff.note", handoffId, ""));
    }

    @Override
    public void returnToBot(String handoffId, String staff) {
        Handoff h = held(handoffId, staff);
        Instant now = clock.instant();
        Handoff ended = board.end(h.id(), Handoff.Status.RETURNED, now)
                .orElseThrow(() -> new DeskException("Cuộc trò chuyện này đã kết thúc."));
        String about = ended.procedure().isEmpty() ? "" : procedureName.apply(ended.procedure());
        toCitizen(
                ended,
                "returned-" + handoffId,
                about.isEmpty()
                        ? "Cán bộ đã chuyển bạn lại cho trợ lý ảo. Bạn cứ hỏi tiếp, tôi sẵn sàng hỗ trợ."
                        : "Cán bộ đã chuyển bạn lại cho trợ lý ảo. Chúng ta tiếp tục với thủ tục \"" + about
                                + "\": bạn cứ hỏi tiếp, ví dụ về hồ sơ, lệ phí hay thời hạn.");
        audit.record(new AuditEntry(now, staff, "handoff.return", handoffId, ""));
    }

    @Override
    public void close(String handoffId, String staff) {
        Handoff h = board.get(handoffId).orElseThrow(() -> new DeskException("Không tìm thấy cuộc trò chuyện."));
        if (h.status() == Handoff.Status.CLAIMED && !h.assignee().equals(staff)) {
            throw new DeskException("Cuộc trò chuyện này do cán bộ " + h.assignee() + " xử lý.");
        }
        Instant now = clock.instant();
        Handoff ended = board.end(h.id(), Handoff.Status.CLOSED, now)
                .orElseThrow(() -> new DeskException("Cuộc trò chuyện này đã kết thúc."));
        toCitizen(
                ended,
                "closed-" + handoffId,
                "Cán bộ đã kết thúc cuộc trò chuyện. Cảm ơn bạn! Nếu cần, bạn cứ hỏi tiếp trợ lý ảo tại đây.");
        audit.record(new AuditEntry(now, staff, "handoff.close", handoffId, ""));
        if (h.status() == Handoff.Status.WAITING) {
            tellPositions();
        }
    }

    @Override
    public List<CallbackTicket> tickets() {
        return tickets.open();
    }

    @Override
    public void assignTicket(String number, String staff, String to) {
        CallbackTicket t = openTicket(number);
        String target = to == null || to.isBlank() ? staff : to.strip();
        accounts.find(target)
                .filter(StaffAccount::enabled)
                .orElseThrow(() -> new DeskException("Không có cán bộ " + target + " đang hoạt động."));
        Instant now = clock.instant();
        tickets.update(t.assignedTo(target, now));
        audit.record(new AuditEntry(now, staff, "ticket.assign", number, "to " + target));
    }

    @Override
    public void recordOutcome(String number, String staff, String outcome) {
        String text = text(outcome);
        CallbackTicket t = openTicket(number);
        Instant now = clock.instant();
        tickets.update(t.done(staff, text, now));
        audit.record(new AuditEntry(now, staff, "ticket.outcome", number, ""));
    }

    @Override
    public void heartbeat(String staff) {
        presence.seen(staff, clock.instant());
    }

    private CallbackTicket openTicket(String number) {
        CallbackTicket t = tickets.get(number == null ? "" : number.strip())
                .orElseThrow(() -> new DeskException("Không tìm thấy phiếu hẹn " + number + "."));
        if (t.status() == CallbackTicket.Status.DONE) {
            throw new DeskException("Phiếu hẹn " + number + " đã xử lý xong.");
        }
        return t;
    }

    private Handoff held(String handoffId, String staff) {
        Handoff h = board.get(handoffId).orElseThrow(() -> new DeskException("Không tìm thấy cuộc trò chuyện."));
        if (!h.status().open()) {
            throw new DeskException("Cuộc trò chuyện này đã kết thúc.");
        }
        if (h.status() == Handoff.Status.WAITING) {
            throw new DeskException("Hãy nhận xử lý cuộc trò chuyện trước.");
        }
        if (!h.assignee().equals(staff)) {
            throw new DeskException("Cuộc trò chuyện này do cán bộ " + h.assignee() + " xử lý.");
        }
        return h;
    }

    private String text(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new DeskException("Nội dung không được để trống.");
        }
        if (t.length() > settings.maxTextChars()) {
            throw new DeskException("Nội dung dài quá " + settings.maxTextChars() + " ký tự.");
        }
        return t;
    }

    /** A system line to the citizen, with an id that makes it once-only. */
    private void toCitizen(Handoff h, String id, String text) {
        TranscriptLine line = new TranscriptLine(id, TranscriptLine.Speaker.SYSTEM, "", text, clock.instant());
        queue.publish(new HandoffEvent(HandoffEvent.Kind.TO_CITIZEN, h.id(), h.conversationId(), h.channel(), line));
    }

    /** Tells every waiting citizen their place, once per place reached. */
    private void tellPositions() {
        List<Handoff> waiting = new ArrayList<>();
        for (Handoff h : board.open()) {
            if (h.status() == Handoff.Status.WAITING) {
                waiting.add(h);
            }
        }
        for (int i = 0; i < waiting.size(); i++) {
            Handoff h = waiting.get(i);
            int position = i + 1;
            toCitizen(h, "position-" + h.id() + "-" + position, positionText(position, estimate(position)));
        }
    }

    /** "Bạn đang ở vị trí số 2 trong hàng chờ, thời gian chờ ước tính khoảng 6 phút." */
    public static String positionText(int position, Duration estimate) {
        long minutes = Math.max(1, (estimate.toSeconds() + 59) / 60);
        return position == 1
                ? "Bạn đang ở vị trí đầu tiên trong hàng chờ, thời gian chờ ước tính khoảng " + minutes + " phút."
                : "Bạn đang ở vị trí số " + position + " trong hàng chờ, thời gian chờ ước tính khoảng " + minutes
                        + " phút.";
    }

    /** "08:00 ngày 01/12/2026" */
    public static String when(ZonedDateTime t) {
        return OfficeHours.vietnamese(t.getDayOfWeek()) + ", " + WHEN.format(t);
    }
}
