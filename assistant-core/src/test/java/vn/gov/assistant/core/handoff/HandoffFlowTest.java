package vn.gov.assistant.core.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.conversation.ConversationEngine;
import vn.gov.assistant.core.conversation.TestEngines;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Option;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.core.staff.AuditEntry;
import vn.gov.assistant.core.staff.Role;
import vn.gov.assistant.core.staff.StaffAccount;
import vn.gov.assistant.core.state.StateUnavailableException;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;

/**
 * Hand-off from the citizen's side to the staff's and back, over the in-memory shared state: the
 * queue and its places, staff lines reaching the citizen once, the bot taking over again in
 * context, callbacks with consent, the Zalo window, and the shared store going down.
 */
class HandoffFlowTest {

    /** Tuesday 2026-12-01 09:00 in Hà Nội. */
    private static final Instant TUESDAY_MORNING = Instant.parse("2026-12-01T02:00:00Z");

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private final MutableClock clock = new MutableClock(TUESDAY_MORNING);
    private SharedState state = SharedState.inMemory(1_000, Duration.ofHours(1), clock);
    private HandoffDesk desk;
    private Reception reception;
    private HandoffWorker worker;
    private final List<String> sentOnTelegram = new java.util.concurrent.CopyOnWriteArrayList<>();

    HandoffFlowTest() {
        build(state, OfficeHours.parse("MON-FRI 07:30-11:30,13:00-17:00", List.of("2026-12-31"), HANOI));
    }

    private void build(SharedState s, OfficeHours hours) {
        state = s;
        ConversationEngine engine = TestEngines.bundled(
                s.conversations(),
                ConversationEngine.Settings.DEFAULT,
                vn.gov.assistant.core.conversation.ReplyRewriter.NONE,
                clock);
        desk = new HandoffDesk(
                s.board(),
                s.queue(),
                s.tickets(),
                s.presence(),
                s.accounts(),
                s.audit(),
                hours,
                code -> TestEngines.catalog()
                        .find(ProcedureCode.of(code))
                        .map(p -> p.name())
                        .orElse(""),
                HandoffDesk.Settings.DEFAULT,
                clock);
        reception = new Reception(engine, s.conversations(), s.locks(), desk, Reception.Settings.DEFAULT, clock);
        worker = new HandoffWorker(
                s.queue(),
                s.board(),
                s.mailbox(),
                s.deduplication(),
                List.of(new CitizenSender() {
                    @Override
                    public String channel() {
                        return "telegram";
                    }

                    @Override
                    public void send(String conversationId, String text) {
                        sentOnTelegram.add(conversationId + ": " + text);
                    }
                }),
                desk,
                reception,
                new HandoffWorker.Settings("test", Duration.ofSeconds(30), Duration.ofSeconds(5)));
        for (String login : List.of("annguyen", "binhle")) {
            s.accounts()
                    .create(new StaffAccount(
                            login, login.toUpperCase(), "{noop}x", Set.of(Role.AGENT), true, TUESDAY_MORNING));
        }
    }

    private Reply say(String conversation, String text) {
        return reception.handle("web", conversation, new Inbound.Text(text)).orElseThrow();
    }

    private Reply choose(String conversation, String value) {
        return reception
                .handle("web", conversation, new Inbound.OptionChosen(value))
                .orElseThrow();
    }

    /** Applies everything on the queue, as the worker's loop would. */
    private void drain() {
        List<HandoffQueue.Delivery> batch;
        while (!(batch = state.queue().poll("test", 100, Duration.ZERO)).isEmpty()) {
            batch.forEach(worker::apply);
        }
    }

    private List<String> mail(String conversation) {
        return state.mailbox().lines(conversation).stream()
                .map(TranscriptLine::text)
                .toList();
    }

    @Test
    void citizenWaitsIsClaimedTalksWithStaffAndTheBotContinuesInContext() {
        desk.heartbeat("annguyen");
        Reply answer = say("web-c1", "làm căn cước cần giấy tờ gì");
        String code = answer.metadata().cited().getFirst();

        Reply queued = say("web-c1", "cho tôi gặp cán bộ");
        assertThat(queued.metadata().handoff()).isTrue();
        assertThat(queued.text()).contains("vị trí đầu tiên");
        Reply second = say("web-c2", "tôi muốn gặp cán bộ hỗ trợ");
        assertThat(second.text()).contains("vị trí số 2");

        Handoff h1 = desk.openFor("web-c1").orElseThrow();
        assertThat(h1.procedure()).isEqualTo(code);
        assertThat(desk.view(h1.id()).orElseThrow().transcript())
                .extracting(TranscriptLine::text)
                .contains("làm căn cước cần giấy tờ gì");

        desk.claim(h1.id(), "annguyen");
        drain();
        assertThat(mail("web-c1")).anyMatch(t -> t.contains("đã nhận cuộc trò chuyện"));
        assertThat(mail("web-c2")).anyMatch(t -> t.contains("vị trí đầu tiên"));

        assertThat(reception.handle("web", "web-c1", new Inbound.Text("tôi bị mất giấy khai sinh")))
                .isEmpty();
        desk.reply(h1.id(), "annguyen", "Bạn mang theo giấy xác nhận cư trú nhé.");
        drain();
        assertThat(desk.view(h1.id()).orElseThrow().transcript())
                .extracting(TranscriptLine::text)
                .contains("tôi bị mất giấy khai sinh", "Bạn mang theo giấy xác nhận cư trú nhé.");
        assertThat(mail("web-c1")).containsOnlyOnce("Bạn mang theo giấy xác nhận cư trú nhé.");

        desk.returnToBot(h1.id(), "annguyen");
        drain();
        assertThat(mail("web-c1").getLast()).contains("chuyển bạn lại cho trợ lý ảo");
        assertThat(desk.openFor("web-c1")).isEmpty();

        Reply followUp = say("web-c1", "còn lệ phí thì sao?");
        assertThat(followUp.metadata().handoff()).isFalse();
        assertThat(followUp.metadata().cited()).startsWith(code);
        assertThat(state.audit().recent(10))
                .extracting(AuditEntry::action)
                .contains("handoff.claim", "handoff.reply", "handoff.return");
    }

    @Test
    void aLineAppliedTwiceReachesTheCitizenOnce() {
        desk.heartbeat("annguyen");
        say("web-c1", "gặp cán bộ");
        Handoff h = desk.openFor("web-c1").orElseThrow();
        desk.claim(h.id(), "annguyen");
        drain();
        desk.reply(h.id(), "annguyen", "Chào bạn");
        List<HandoffQueue.Delivery> batch = state.queue().poll("a", 10, Duration.ZERO);
        assertThat(batch).hasSize(1);
        // instance "a" dies before acknowledging; "b" takes the line over after the idle time
        assertThat(state.queue().reclaim("b", Duration.ofSeconds(30), 10)).isEmpty();
        clock.advance(Duration.ofSeconds(31));
        List<HandoffQueue.Delivery> reclaimed = state.queue().reclaim("b", Duration.ofSeconds(30), 10);
        assertThat(reclaimed).hasSize(1);
        worker.apply(batch.getFirst()); // "a" had applied it after all, just not acknowledged
        worker.apply(reclaimed.getFirst());
        assertThat(mail("web-c1")).containsOnlyOnce("Chào bạn");
        assertThat(state.queue().pending()).isZero();
    }

    @Test
    void outsideOfficeHoursTheCitizenLeavesAContactWithConsentAndGetsATicket() {
        clock.advance(Duration.ofDays(5)); // Sunday
        desk.heartbeat("annguyen");
        Reply closed = say("web-c3", "cho gặp cán bộ");
        assertThat(closed.text()).contains("ngoài giờ làm việc", "Thứ Hai", "số điện thoại hoặc email");
        assertThat(desk.openFor("web-c3")).isEmpty();

        Reply notAContact = say("web-c3", "abc");
        assertThat(notAContact.text()).contains("chưa nhận ra");
        Reply consent = say("web-c3", "0912 345 678");
        assertThat(consent.text()).contains("0912***678").doesNotContain("0912345678");
        assertThat(consent.options()).extracting(Option::value).contains(Reception.CALLBACK_CONSENT);
        assertThat(state.tickets().open()).isEmpty();

        Reply ticket = choose("web-c3", Reception.CALLBACK_CONSENT);
        CallbackTicket kept = state.tickets().open().getFirst();
        assertThat(ticket.text()).contains(kept.number());
        assertThat(kept.contact()).isEqualTo("0912345678");
        assertThat(kept.consentAt()).isEqualTo(clock.instant());
        assertThat(state.conversations().load("web-c3").orElseThrow().contact()).isEmpty();
    }

    @Test
    void refusingConsentKeepsNothing() {
        say("web-c4", "gặp cán bộ"); // nobody online
        say("web-c4", "an.nguyen@example.com");
        Reply no = say("web-c4", "không");
        assertThat(no.text()).contains("không lưu");
        assertThat(state.tickets().open()).isEmpty();
        assertThat(state.conversations().load("web-c4").orElseThrow().contact()).isEmpty();
    }

    @Test
    void nobodyOnlineOffersACallback() {
        Reply reply = say("web-c5", "tôi muốn nói chuyện với người thật");
        assertThat(reply.text()).contains("chưa có cán bộ trực tuyến");
        assertThat(desk.openFor("web-c5")).isEmpty();
    }

    @Test
    void aSensitiveTopicIsHandedOverAtOnce() {
        desk.heartbeat("annguyen");
        Reply reply = say("web-c6", "tôi muốn khiếu nại về thái độ của cán bộ tiếp nhận hồ sơ");
        assertThat(reply.text()).contains("khiếu nại", "vị trí đầu tiên");
        assertThat(desk.openFor("web-c6").orElseThrow().reason()).isEqualTo(Handoff.Reason.SENSITIVE_TOPIC);
    }

    @Test
    void staffActionsAreCheckedAndAFailedOneChangesNothing() {
        desk.heartbeat("annguyen");
        say("web-c7", "gặp cán bộ");
        Handoff h = desk.openFor("web-c7").orElseThrow();
        assertThatThrownBy(() -> desk.reply(h.id(), "annguyen", "xin chào"))
                .isInstanceOf(DeskException.class)
                .hasMessageContaining("nhận xử lý");
        desk.claim(h.id(), "annguyen");
        assertThatThrownBy(() -> desk.claim(h.id(), "binhle")).hasMessageContaining("annguyen");
        assertThatThrownBy(() -> desk.reply(h.id(), "binhle", "xin chào")).isInstanceOf(DeskException.class);
        assertThatThrownBy(() -> desk.reply(h.id(), "annguyen", "   ")).hasMessageContaining("trống");
        assertThatThrownBy(() -> desk.transfer(h.id(), "annguyen", "khong-co")).isInstanceOf(DeskException.class);
        assertThat(desk.view(h.id()).orElseThrow().handoff().assignee()).isEqualTo("annguyen");

        desk.transfer(h.id(), "annguyen", "binhle");
        desk.note(h.id(), "binhle", "Công dân cần bản sao giấy khai sinh");
        drain();
        HandoffDesk.HandoffView view = desk.view(h.id()).orElseThrow();
        assertThat(view.handoff().assignee()).isEqualTo("binhle");
        assertThat(view.transcript())
                .filteredOn(l -> l.speaker() == TranscriptLine.Speaker.NOTE)
                .isNotEmpty();
        assertThat(mail("web-c7")).noneMatch(t -> t.contains("bản sao giấy khai sinh"));
        desk.close(h.id(), "binhle");
        assertThatThrownBy(() -> desk.close(h.id(), "binhle")).hasMessageContaining("kết thúc");
    }

    @Test
    void ticketsAreAssignedAndClosedWithAnOutcome() {
        say("web-c8", "gặp cán bộ");
        say("web-c8", "0987654321");
        choose("web-c8", Reception.CALLBACK_CONSENT);
        String number = state.tickets().open().getFirst().number();
        desk.assignTicket(number, "annguyen", "binhle");
        assertThat(state.tickets().get(number).orElseThrow().assignee()).isEqualTo("binhle");
        assertThatThrownBy(() -> desk.recordOutcome(number, "binhle", " ")).isInstanceOf(DeskException.class);
        desk.recordOutcome(number, "binhle", "Đã gọi, hướng dẫn nộp hồ sơ trực tuyến");
        assertThat(desk.tickets()).isEmpty();
        assertThatThrownBy(() -> desk.recordOutcome(number, "binhle", "lần nữa"))
                .hasMessageContaining("xong");
    }

    @Test
    void aZaloConversationWaitingPastTheFreeWindowBecomesATicket() {
        desk.heartbeat("annguyen");
        reception.handle("zalo", "zalo-u1", new Inbound.Text("gặp cán bộ"));
        Handoff h = desk.openFor("zalo-u1").orElseThrow();
        clock.advance(Duration.ofHours(45));
        assertThat(desk.moveExpiringZalo()).isZero();
        clock.advance(Duration.ofHours(1).plusMinutes(1));
        assertThat(desk.moveExpiringZalo()).isEqualTo(1);
        assertThat(desk.openFor("zalo-u1")).isEmpty();
        assertThat(desk.view(h.id()).orElseThrow().handoff().status()).isEqualTo(Handoff.Status.MOVED_TO_CALLBACK);
        CallbackTicket ticket = state.tickets().open().getFirst();
        drain();
        assertThat(mail("zalo-u1")).anyMatch(t -> t.contains(ticket.number()));
    }

    @Test
    void withTheSharedStoreDownTheBotAnswersAndTheCallbackWaitsForItsReturn() {
        AtomicBoolean down = new AtomicBoolean();
        SharedState healthy = SharedState.inMemory(1_000, Duration.ofHours(1), clock);
        SharedState flaky = new SharedState(
                healthy.conversations(),
                flaky(vn.gov.assistant.core.state.ConversationLocks.class, healthy.locks(), down),
                healthy.rateLimits(),
                healthy.deduplication(),
                flaky(HandoffBoard.class, healthy.board(), down),
                flaky(HandoffQueue.class, healthy.queue(), down),
                healthy.mailbox(),
                flaky(CallbackTickets.class, healthy.tickets(), down),
                flaky(StaffPresence.class, healthy.presence(), down),
                healthy.accounts(),
                healthy.audit());
        build(flaky, OfficeHours.always(HANOI));
        desk.heartbeat("annguyen");
        down.set(true);

        Reply answer = say("web-c9", "đăng ký khai sinh cần gì");
        assertThat(answer.metadata().cited()).isNotEmpty();
        Reply unavailable = say("web-c9", "gặp cán bộ");
        assertThat(unavailable.text()).contains("tạm gián đoạn");
        say("web-c9", "0912345678");
        Reply kept = choose("web-c9", Reception.CALLBACK_CONSENT);
        assertThat(kept.text()).contains("mã phiếu hẹn");
        assertThat(reception.waitingTickets()).isEqualTo(1);
        assertThat(reception.saveWaitingTickets()).isZero();

        down.set(false);
        assertThat(reception.saveWaitingTickets()).isEqualTo(1);
        assertThat(healthy.tickets().open()).singleElement().satisfies(t -> {
            assertThat(kept.text()).contains(t.number());
            assertThat(t.contact()).isEqualTo("0912345678");
        });
    }

    @Test
    void aTelegramCitizenGetsEachStaffLineOnceAndLabelled() {
        desk.heartbeat("annguyen");
        reception.handle("telegram", "telegram-42", new Inbound.Event(Inbound.EventType.HANDOFF_REQUESTED));
        Handoff h = desk.openFor("telegram-42").orElseThrow();
        desk.claim(h.id(), "annguyen");
        desk.reply(h.id(), "annguyen", "Chào bạn");
        List<HandoffQueue.Delivery> batch = state.queue().poll("test", 100, Duration.ZERO);
        batch.forEach(worker::apply);
        batch.forEach(worker::apply); // applied twice: a reclaimed event
        assertThat(sentOnTelegram).containsOnlyOnce("telegram-42: Cán bộ hỗ trợ: Chào bạn");
        assertThat(sentOnTelegram).anyMatch(t -> t.contains("đã nhận cuộc trò chuyện"));
    }

    /** The port, failing like an unreachable Redis while {@code down} is set. */
    @SuppressWarnings("unchecked")
    private static <T> T flaky(Class<T> port, T real, AtomicBoolean down) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(real, args);
            }
            if (down.get()) {
                throw new StateUnavailableException("connection refused", null);
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler);
    }
}
