package vn.gov.assistant.core.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.assistant.core.conversation.ConversationStore;
import vn.gov.assistant.core.forms.FormFiller;
import vn.gov.assistant.core.forms.FormProgress;
import vn.gov.assistant.core.forms.Remembered;
import vn.gov.assistant.core.handoff.CallbackTicket;
import vn.gov.assistant.core.handoff.CallbackTickets;
import vn.gov.assistant.core.handoff.CitizenMailbox;
import vn.gov.assistant.core.handoff.ContactDetails;
import vn.gov.assistant.core.handoff.Handoff;
import vn.gov.assistant.core.handoff.HandoffBoard;
import vn.gov.assistant.core.handoff.TranscriptLine;
import vn.gov.assistant.core.llm.PersonalDataMasker;
import vn.gov.assistant.core.staff.AuditEntry;
import vn.gov.assistant.core.staff.AuditLog;

/**
 * The personal data kept about conversations, for the citizen ("dữ liệu của tôi") and for staff
 * acting on a citizen's request: finds it (by conversation, contact or ticket), shows and exports
 * it, deletes it on request, and deletes it by itself when its retention period is over. Every
 * access and deletion on request is audited under a pseudonym of the conversation, never its id,
 * contact or content. Holds no state: any number of instances can run one each, and deleting the
 * same thing twice deletes it once.
 */
public final class PersonalDataDesk {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataDesk.class);

    /** The actor of audit entries for what citizens do themselves. */
    public static final String CITIZEN = "citizen";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** What a deletion on request did; {@code openHandoffs}: hand-offs still open, not deleted. */
    public record Erasure(int tickets, int handoffs, int mailboxLines, boolean remembered, int openHandoffs) {
        public boolean nothing() {
            return tickets == 0 && handoffs == 0 && mailboxLines == 0 && !remembered;
        }
    }

    /** What one run of the retention deleted: counts only. */
    public record RetentionRun(int handoffs, int tickets, int expiredEntries) {}

    private final HandoffBoard board;
    private final CallbackTickets tickets;
    private final CitizenMailbox mailbox;
    private final ConversationStore conversations;
    /** Null when the assistant runs without declarations. */
    private final FormFiller forms;

    private final AuditLog audit;
    private final Pseudonyms pseudonyms;
    private final RetentionPeriods periods;
    private final Clock clock;

    public PersonalDataDesk(
            HandoffBoard board,
            CallbackTickets tickets,
            CitizenMailbox mailbox,
            ConversationStore conversations,
            FormFiller forms,
            AuditLog audit,
            Pseudonyms pseudonyms,
            RetentionPeriods periods,
            Clock clock) {
        this.board = Objects.requireNonNull(board);
        this.tickets = Objects.requireNonNull(tickets);
        this.mailbox = Objects.requireNonNull(mailbox);
        this.conversations = Objects.requireNonNull(conversations);
        this.forms = forms;
        this.audit = Objects.requireNonNull(audit);
        this.pseudonyms = Objects.requireNonNull(pseudonyms);
        this.periods = Objects.requireNonNull(periods);
        this.clock = Objects.requireNonNull(clock);
    }

    public RetentionPeriods periods() {
        return periods;
    }

    /** How long remembered declaration values are kept (empty without declarations). */
    public Optional<Duration> memoryTtl() {
        return forms == null ? Optional.empty() : Optional.of(forms.settings().memoryTtl());
    }

    /** How long a paused declaration is kept (empty without declarations). */
    public Optional<Duration> draftTtl() {
        return forms == null ? Optional.empty() : Optional.of(forms.settings().draftTtl());
    }

    // ---------------------------------------------------------------- finding

    /** Everything kept about a conversation. */
    public KeptData kept(String conversationId) {
        requireConversation(conversationId);
        Optional<Remembered> remembered = forms == null ? Optional.empty() : forms.remembered(conversationId);
        Optional<FormProgress> draft = forms == null ? Optional.empty() : forms.draft(conversationId);
        List<KeptData.Transcript> handoffs = new ArrayList<>();
        for (Handoff h : board.ofConversation(conversationId)) {
            handoffs.add(new KeptData.Transcript(h, board.transcript(h.id())));
        }
        return new KeptData(
                conversationId,
                channelOf(conversationId),
                remembered,
                draft,
                tickets.ofConversation(conversationId),
                handoffs);
    }

    /**
     * The conversations that left this phone number or email on a callback ticket.
     *
     * @throws IllegalArgumentException when the text is neither a phone number nor an email
     */
    public List<String> conversationsWithContact(String text) {
        String contact = ContactDetails.parse(text)
                .orElseThrow(() -> new IllegalArgumentException("Không phải số điện thoại hoặc email hợp lệ."));
        Set<String> ids = new LinkedHashSet<>();
        tickets.withContact(contact).forEach(t -> ids.add(t.conversationId()));
        return List.copyOf(ids);
    }

    /** The conversation of a callback ticket, if the ticket is kept. */
    public Optional<String> conversationOfTicket(String number) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        return tickets.get(number.strip().toUpperCase(java.util.Locale.ROOT)).map(CallbackTicket::conversationId);
    }

    /** Records that someone saw or exported a conversation's data ({@code action}: e.g. privacy.view). */
    public void audited(String conversationId, String actor, String action) {
        audit.record(new AuditEntry(clock.instant(), actor, action, pseudonym(conversationId), ""));
    }

    // ---------------------------------------------------------------- deleting on request

    /**
     * Deletes everything kept about a conversation (its context too), except hand-offs still open;
     * audited with the actor, the counts and the reason (masked).
     */
    public Erasure erase(String conversationId, String actor, String reason) {
        Erasure erasure = eraseStores(conversationId, actor, reason);
        for (Consumer<String> listener : erasureListeners) {
            try {
                listener.accept(conversationId);
            } catch (RuntimeException e) {
                log.warn(
                        "A copy held by {} could not be forgotten",
                        listener.getClass().getName());
            }
        }
        return erasure;
    }

    private final List<Consumer<String>> erasureListeners = new CopyOnWriteArrayList<>();

    /**
     * Also told of each erased conversation: what keeps its own copy of a conversation on this
     * instance (the web chat's history, for a page reload) forgets it.
     */
    public void onErase(Consumer<String> listener) {
        erasureListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    private Erasure eraseStores(String conversationId, String actor, String reason) {
        requireConversation(conversationId);
        Objects.requireNonNull(actor, "actor");
        int deletedTickets = 0;
        for (CallbackTicket t : tickets.ofConversation(conversationId)) {
            if (tickets.delete(t.number())) {
                deletedTickets++;
            }
        }
        int deletedHandoffs = 0;
        int open = 0;
        for (Handoff h : board.ofConversation(conversationId)) {
            if (h.status().open()) {
                open++;
            } else if (board.delete(h.id())) {
                deletedHandoffs++;
            }
        }
        int lines = mailbox.clear(conversationId);
        boolean remembered = forms != null && forms.erase(conversationId);
        conversations.remove(conversationId);
        Erasure erasure = new Erasure(deletedTickets, deletedHandoffs, lines, remembered, open);
        String detail = "phiếu hẹn: " + deletedTickets + ", chuyển cán bộ: " + deletedHandoffs
                + ", tin nhắn cán bộ: " + lines + ", giá trị ghi nhớ: " + (remembered ? "có" : "không")
                + (open > 0 ? ", còn mở (chưa xóa): " + open : "")
                + (reason == null || reason.isBlank() ? "" : "; lý do: " + PersonalDataMasker.mask(reason.strip()));
        audit.record(new AuditEntry(clock.instant(), actor, "privacy.erase", pseudonym(conversationId), detail));
        return erasure;
    }

    // ---------------------------------------------------------------- retention

    /**
     * Deletes the ended hand-offs and done callback tickets past their period, and the expired
     * declaration data this process still holds. Logs counts only.
     */
    public RetentionRun applyRetention() {
        Instant now = clock.instant();
        Duration shortest =
                periods.anonymous().compareTo(periods.identified()) <= 0 ? periods.anonymous() : periods.identified();
        int deletedTickets = 0;
        // a ticket holds a contact: always identified
        for (CallbackTicket t : tickets.doneBefore(now.minus(periods.identified()))) {
            if (tickets.delete(t.number())) {
                deletedTickets++;
            }
        }
        int deletedHandoffs = 0;
        for (Handoff h : board.endedBefore(now.minus(shortest))) {
            boolean identified = identifiedChannel(h.channel())
                    || !tickets.ofConversation(h.conversationId()).isEmpty();
            if (h.updated().isBefore(now.minus(periods.of(identified))) && board.delete(h.id())) {
                deletedHandoffs++;
            }
        }
        int expired = forms == null ? 0 : forms.removeExpired();
        RetentionRun run = new RetentionRun(deletedHandoffs, deletedTickets, expired);
        if (deletedHandoffs + deletedTickets + expired > 0) {
            log.info(
                    "Retention: deleted {} hand-offs with their transcripts, {} callback tickets, {} expired"
                            + " declaration entries",
                    deletedHandoffs,
                    deletedTickets,
                    expired);
        }
        return run;
    }

    // ---------------------------------------------------------------- helpers

    /** Telegram and Zalo conversations are tied to an account: identified from the start. */
    public static boolean identifiedChannel(String channel) {
        return !channel.equals("web");
    }

    /** The channel a conversation id starts with ("web-...", "telegram-...", "zalo-..."). */
    public static String channelOf(String conversationId) {
        int dash = conversationId.indexOf('-');
        return dash > 0 ? conversationId.substring(0, dash) : "web";
    }

    /** What audit entries name a conversation by (see {@link Pseudonyms}). */
    public String pseudonym(String conversationId) {
        return pseudonyms.of(conversationId);
    }

    /** "14:05 30/11/2026", Vietnam time. */
    public static String when(Instant at) {
        return WHEN.format(at.atZone(VIETNAM));
    }

    /** The whole of what is kept, as a Vietnamese text file for the citizen. */
    public String exportText(KeptData data) {
        StringBuilder out = new StringBuilder();
        out.append("DỮ LIỆU CÁ NHÂN ĐANG LƯU\n");
        out.append("Cuộc trò chuyện: ").append(data.conversationId()).append('\n');
        out.append("Kênh: ").append(channelName(data.channel())).append('\n');
        out.append("Xuất lúc: ").append(when(clock.instant())).append('\n');
        out.append("Thời hạn lưu: ")
                .append(RetentionPeriods.vietnamese(periods.of(data.identified())))
                .append(data.identified() ? " (có định danh)" : " (ẩn danh)")
                .append(" kể từ khi kết thúc\n\n");
        out.append("THÔNG TIN GHI NHỚ CHO TỜ KHAI\n");
        data.remembered()
                .ifPresentOrElse(
                        r -> r.values().forEach((k, v) -> out.append("- ")
                                .append(FormFiller.label(k))
                                .append(": ")
                                .append(v)
                                .append('\n')),
                        () -> out.append("(không có)\n"));
        out.append("\nTỜ KHAI ĐANG ĐIỀN DỞ\n");
        data.draft()
                .ifPresentOrElse(
                        d -> d.values().forEach((k, v) -> out.append("- ")
                                .append(k)
                                .append(": ")
                                .append(v)
                                .append('\n')),
                        () -> out.append("(không có)\n"));
        out.append("\nPHIẾU HẸN GỌI LẠI\n");
        if (data.tickets().isEmpty()) {
            out.append("(không có)\n");
        }
        for (CallbackTicket t : data.tickets()) {
            out.append("- ")
                    .append(t.number())
                    .append(", liên hệ ")
                    .append(t.contact())
                    .append(", tạo lúc ")
                    .append(when(t.created()))
                    .append(", đồng ý liên hệ lúc ")
                    .append(when(t.consentAt()))
                    .append(t.outcome().isEmpty() ? "" : ", kết quả: " + t.outcome())
                    .append('\n');
        }
        out.append("\nCUỘC TRÒ CHUYỆN VỚI CÁN BỘ\n");
        if (data.handoffs().isEmpty()) {
            out.append("(không có)\n");
        }
        for (KeptData.Transcript h : data.handoffs()) {
            out.append("- Bắt đầu ").append(when(h.handoff().requested())).append(":\n");
            for (TranscriptLine l : h.lines()) {
                if (l.visibleToCitizen()) {
                    out.append("  [")
                            .append(when(l.at()))
                            .append("] ")
                            .append(speaker(l.speaker()))
                            .append(": ")
                            .append(l.text())
                            .append('\n');
                }
            }
        }
        out.append("\nSố liệu thống kê (chỉ là số đếm, không có nội dung hay định danh) không thuộc dữ liệu cá nhân"
                + " nên không có ở đây.\n");
        return out.toString();
    }

    static String speaker(TranscriptLine.Speaker speaker) {
        return switch (speaker) {
            case CITIZEN -> "Bạn";
            case ASSISTANT -> "Trợ lý";
            case STAFF -> "Cán bộ";
            case NOTE -> "Ghi chú";
            case SYSTEM -> "Hệ thống";
        };
    }

    public static String channelName(String channel) {
        return switch (channel) {
            case "web" -> "Trò chuyện trên web";
            case "telegram" -> "Telegram";
            case "zalo" -> "Zalo";
            default -> channel;
        };
    }

    private static void requireConversation(String conversationId) {
        if (conversationId == null || conversationId.isBlank() || conversationId.length() > 200) {
            throw new IllegalArgumentException("Mã cuộc trò chuyện không hợp lệ.");
        }
    }
}
