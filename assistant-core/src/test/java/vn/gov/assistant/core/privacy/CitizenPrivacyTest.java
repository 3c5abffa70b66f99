package vn.gov.assistant.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.contract.MovingClock;
import vn.gov.assistant.core.conversation.ConversationEngine;
import vn.gov.assistant.core.conversation.TestEngines;
import vn.gov.assistant.core.forms.FilledForm;
import vn.gov.assistant.core.forms.FormCatalog;
import vn.gov.assistant.core.forms.FormFiller;
import vn.gov.assistant.core.forms.FormProgress;
import vn.gov.assistant.core.forms.Remembered;
import vn.gov.assistant.core.forms.validate.Validators;
import vn.gov.assistant.core.handoff.CallbackTicket;
import vn.gov.assistant.core.handoff.Handoff;
import vn.gov.assistant.core.handoff.HandoffDesk;
import vn.gov.assistant.core.handoff.OfficeHours;
import vn.gov.assistant.core.handoff.Reception;
import vn.gov.assistant.core.handoff.SharedState;
import vn.gov.assistant.core.handoff.TranscriptLine;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Option;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.core.message.ReplyPart;
import vn.gov.assistant.core.staff.AuditEntry;
import vn.gov.assistant.core.staff.Role;
import vn.gov.assistant.core.staff.StaffAccount;
import vn.gov.assistant.core.state.ExpiringStore;
import vn.gov.assistant.core.state.InMemoryExpiringStore;

/**
 * Privacy through the reception every channel uses, over the in-memory shared state: the notice
 * once per conversation, "dữ liệu của tôi", "xóa dữ liệu của tôi" with its confirmation, the
 * audit, staff finding a citizen's data, and the retention job on a clock moved by hand.
 */
class CitizenPrivacyTest {

    private static final Instant TUESDAY_MORNING = Instant.parse("2026-12-01T02:00:00Z");
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String NOTICE = "Thông báo bảo vệ dữ liệu cá nhân: nhắn \"dữ liệu của tôi\".";

    private final MovingClock clock = new MovingClock(TUESDAY_MORNING);
    private final SharedState state = SharedState.inMemory(1_000, Duration.ofHours(1), clock);
    private final ExpiringStore<Remembered> memory = new InMemoryExpiringStore<>(1_000, clock);
    private final ExpiringStore<FormProgress> drafts = new InMemoryExpiringStore<>(1_000, clock);
    private final FormFiller forms = new FormFiller(
            FormCatalog.bundled(),
            new Validators(),
            TestEngines.catalog(),
            drafts,
            memory,
            new InMemoryExpiringStore<FilledForm>(1_000, clock),
            new FormFiller.Settings(
                    Duration.ofDays(7), Duration.ofDays(30), Duration.ofHours(24), "https://dvc.example.vn", HANOI),
            clock);
    private final PersonalDataDesk privacy = new PersonalDataDesk(
            state.board(),
            state.tickets(),
            state.mailbox(),
            state.conversations(),
            forms,
            state.audit(),
            Pseudonyms.ofThisProcess(),
            RetentionPeriods.DEFAULT,
            clock);
    private final HandoffDesk desk = new HandoffDesk(
            state.board(),
            state.queue(),
            state.tickets(),
            state.presence(),
            state.accounts(),
            state.audit(),
            OfficeHours.always(HANOI),
            code -> "",
            HandoffDesk.Settings.DEFAULT,
            clock);
    private final Reception reception;

    CitizenPrivacyTest() {
        ConversationEngine engine = TestEngines.withForms(state.conversations(), forms, clock);
        reception = new Reception(
                new CitizenPrivacy(engine, privacy),
                state.conversations(),
                state.locks(),
                desk,
                Reception.Settings.DEFAULT,
                clock,
                NOTICE);
        state.accounts()
                .create(new StaffAccount("annguyen", "An", "{noop}x", Set.of(Role.AGENT), true, TUESDAY_MORNING));
    }

    private Reply say(String conversation, String text) {
        return reception
                .handle(PersonalDataDesk.channelOf(conversation), conversation, new Inbound.Text(text))
                .orElseThrow();
    }

    private Reply choose(String conversation, String value) {
        return reception
                .handle(PersonalDataDesk.channelOf(conversation), conversation, new Inbound.OptionChosen(value))
                .orElseThrow();
    }

    private static List<String> options(Reply reply) {
        return reply.parts().stream()
                .filter(p -> p instanceof ReplyPart.Options)
                .flatMap(p -> ((ReplyPart.Options) p).options().stream())
                .map(Option::value)
                .toList();
    }

    /** A callback ticket through the real flow: nobody online, a phone number, consent. */
    private CallbackTicket leaveTicket(String conversation, String phone) {
        say(conversation, "cho tôi gặp cán bộ");
        say(conversation, phone);
        choose(conversation, Reception.CALLBACK_CONSENT);
        return state.tickets().ofConversation(conversation).getLast();
    }

    /** A hand-off through the real flow, claimed and closed by staff. */
    private Handoff talkWithStaff(String conversation, String text) {
        desk.heartbeat("annguyen");
        say(conversation, text);
        say(conversation, "cho tôi gặp cán bộ");
        Handoff h = desk.openFor(conversation).orElseThrow();
        desk.claim(h.id(), "annguyen");
        desk.close(h.id(), "annguyen");
        clock.advance(Duration.ofMinutes(1));
        return state.board().get(h.id()).orElseThrow();
    }

    @Test
    void theNoticeComesWithTheFirstReplyOfAConversationOnlyOnce() {
        Reply greeting = reception
                .handle("web", "web-n1", new Inbound.Event(Inbound.EventType.CONVERSATION_STARTED))
                .orElseThrow();
        Reply next = say("web-n1", "làm căn cước cần giấy tờ gì");
        Reply firstOnTelegram = say("telegram-42", "xin chào");

        assertThat(greeting.text()).contains(NOTICE);
        assertThat(next.text()).doesNotContain(NOTICE);
        assertThat(firstOnTelegram.text()).contains(NOTICE);

        clock.advance(Duration.ofHours(2)); // the conversation was forgotten: a new one starts
        assertThat(say("web-n1", "xin chào").text()).contains(NOTICE);
    }

    @Test
    void myDataShowsWhatIsKeptMaskedWithThePeriodsAndIsAudited() {
        String c = "web-d1";
        memory.put(c, new Remembered(Map.of("ho-ten", "Nguyễn Văn An"), clock.instant()), Duration.ofDays(30));
        CallbackTicket ticket = leaveTicket(c, "0912345678");

        Reply mine = say(c, "dữ liệu của tôi");

        assertThat(mine.text())
                .contains("Họ và tên: Nguyễn Văn An")
                .contains("Phiếu hẹn gọi lại " + ticket.number())
                .contains("0912***678")
                .doesNotContain("0912345678")
                .contains("30 ngày")
                .contains("90 ngày")
                .contains("Số liệu thống kê");
        assertThat(options(mine)).containsExactly(CitizenPrivacy.ERASE);
        AuditEntry entry = state.audit().recent(1).getFirst();
        assertThat(entry.actor()).isEqualTo(PersonalDataDesk.CITIZEN);
        assertThat(entry.action()).isEqualTo("privacy.view");
        assertThat(entry.target()).startsWith("web#").doesNotContain(c);
    }

    @Test
    void deletingAsksFirstAndThenDeletesEverythingButAnOpenHandoff() {
        String c = "zalo-u7";
        Handoff ended = talkWithStaff(c, "số định danh của tôi là 001099012345");
        CallbackTicket ticket = leaveTicket(c, "an.nguyen@example.vn");
        memory.put(c, new Remembered(Map.of("ho-ten", "Nguyễn Văn An"), clock.instant()), Duration.ofDays(30));
        state.mailbox()
                .post(
                        c,
                        new TranscriptLine(
                                "m1", TranscriptLine.Speaker.STAFF, "annguyen", "Chào anh An", clock.instant()));

        Reply asked = say(c, "xóa dữ liệu của tôi");
        assertThat(asked.text()).contains("không hoàn tác");
        assertThat(options(asked)).containsExactly(CitizenPrivacy.ERASE, CitizenPrivacy.KEEP);
        assertThat(choose(c, CitizenPrivacy.KEEP).text()).contains("giữ nguyên");
        assertThat(memory.get(c)).isPresent();

        Reply erased = say(c, "xác nhận xóa");

        assertThat(erased.text()).contains("Đã xóa dữ liệu của bạn").contains("1 phiếu hẹn");
        assertThat(memory.get(c)).isEmpty();
        assertThat(state.tickets().get(ticket.number())).isEmpty();
        assertThat(state.board().get(ended.id())).isEmpty();
        assertThat(state.board().transcript(ended.id())).isEmpty();
        assertThat(state.mailbox().lines(c)).isEmpty();
        assertThat(privacy.kept(c).empty()).isTrue();
        AuditEntry entry = state.audit().recent(1).getFirst();
        assertThat(entry.action()).isEqualTo("privacy.erase");
        assertThat(entry.actor()).isEqualTo(PersonalDataDesk.CITIZEN);
        assertThat(entry.detail()).contains("phiếu hẹn: 1", "chuyển cán bộ: 1");
        assertThat(entry.target() + entry.detail()).doesNotContain(c, "u7", "an.nguyen", "001099012345", "Nguyễn");
    }

    @Test
    void staffFindAConversationByContactOrTicketAndABadContactIsRefused() {
        CallbackTicket ticket = leaveTicket("web-s1", "0912 345 678");
        leaveTicket("telegram-99", "+84 912.345.678");

        assertThat(privacy.conversationsWithContact("0912345678")).containsExactlyInAnyOrder("web-s1", "telegram-99");
        assertThat(privacy.conversationOfTicket(ticket.number().toLowerCase())).contains("web-s1");
        assertThat(privacy.conversationOfTicket("GL-NONE")).isEmpty();
        assertThatThrownBy(() -> privacy.conversationsWithContact("không phải số"))
                .isInstanceOf(IllegalArgumentException.class);
        String export = privacy.exportText(privacy.kept("web-s1"));
        assertThat(export).contains("PHIẾU HẸN GỌI LẠI", ticket.number(), "0912345678", "90 ngày");
    }
}
