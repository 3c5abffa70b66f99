package vn.gov.assistant.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.conversation.ConversationEngine;
import vn.gov.assistant.core.conversation.ReplyRewriter;
import vn.gov.assistant.core.conversation.TestEngines;
import vn.gov.assistant.core.handoff.Handoff;
import vn.gov.assistant.core.handoff.HandoffDesk;
import vn.gov.assistant.core.handoff.OfficeHours;
import vn.gov.assistant.core.handoff.Reception;
import vn.gov.assistant.core.handoff.SharedState;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.core.staff.Role;
import vn.gov.assistant.core.staff.StaffAccount;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;

/**
 * The recorder wired as the application wires it (a listener of the reception, the desk's board and
 * tickets watched) in front of the real engine and desk: real replies are counted as the figures'
 * definitions say.
 */
class AnalyticsThroughReceptionTest {

    /** Tuesday 2026-12-01 09:00 in the city: office hours. */
    private static final Instant TUESDAY_MORNING = Instant.parse("2026-12-01T02:00:00Z");

    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");

    private final TestClock clock = new TestClock(TUESDAY_MORNING);
    private final SharedState state = SharedState.inMemory(1_000, Duration.ofHours(1), clock);
    private final InMemoryAnalyticsStore store = new InMemoryAnalyticsStore(AnalyticsStore.DEFAULT_RETENTION, clock);
    private final AnalyticsRecorder recorder = new AnalyticsRecorder(store, clock);
    private final HandoffDesk desk;
    private final Reception reception;

    AnalyticsThroughReceptionTest() {
        ConversationEngine engine = TestEngines.bundled(
                state.conversations(), ConversationEngine.Settings.DEFAULT, ReplyRewriter.NONE, clock);
        desk = new HandoffDesk(
                recorder.watching(state.board()),
                state.queue(),
                recorder.watching(state.tickets()),
                state.presence(),
                state.accounts(),
                state.audit(),
                OfficeHours.parse("MON-FRI 07:30-11:30,13:00-17:00", List.of(), ZoneId.of("Asia/Ho_Chi_Minh")),
                code -> TestEngines.catalog()
                        .find(ProcedureCode.of(code))
                        .map(p -> p.name())
                        .orElse(""),
                HandoffDesk.Settings.DEFAULT,
                clock);
        reception =
                new Reception(engine, state.conversations(), state.locks(), desk, Reception.Settings.DEFAULT, clock);
        reception.addListener(recorder);
        state.accounts()
                .create(new StaffAccount(
                        "annguyen", "An Nguyễn", "{noop}x", Set.of(Role.AGENT), true, TUESDAY_MORNING));
    }

    private Reply say(String channel, String conversation, String text) {
        clock.advance(Duration.ofSeconds(5));
        return reception.handle(channel, conversation, new Inbound.Text(text)).orElseThrow();
    }

    private Reply choose(String channel, String conversation, String value) {
        clock.advance(Duration.ofSeconds(5));
        return reception
                .handle(channel, conversation, new Inbound.OptionChosen(value))
                .orElseThrow();
    }

    @Test
    void realConversationsCountAsDefined() {
        reception.handle("web", "web-1", new Inbound.Event(Inbound.EventType.CONVERSATION_STARTED));
        assertThat(say("web", "web-1", "đăng ký tạm trú cần giấy tờ gì")
                        .metadata()
                        .cited())
                .containsExactly("1.004194");
        assertThat(choose("web", "web-1", "aspect:fee").metadata().cited()).containsExactly("1.004194");

        // candidates too close: the bot asks back with options, the choice is answered
        Reply ask = say("web", "web-2", "cấp giấy phép");
        assertThat(ask.metadata().cited()).isEmpty();
        assertThat(ask.metadata().declined()).isFalse();
        String chosen = ask.metadata().offered().getFirst();
        assertThat(choose("web", "web-2", "proc:" + chosen).metadata().cited()).containsExactly(chosen);

        // an aspect without a procedure: the bot asks which one, the answer follows
        assertThat(say("web", "web-6", "lệ phí bao nhiêu?").metadata().cited()).isEmpty();
        assertThat(say("web", "web-6", "đăng ký tạm trú").metadata().cited()).containsExactly("1.004194");

        assertThat(say("web", "web-3", "giá vàng hôm nay bao nhiêu").metadata().declined())
                .isTrue();

        desk.heartbeat("annguyen");
        Reply queued = say("web", "web-4", "cho tôi gặp cán bộ");
        assertThat(queued.metadata().handoff()).isTrue();
        Handoff h = desk.openFor("web-4").orElseThrow();
        clock.advance(Duration.ofSeconds(75));
        desk.claim(h.id(), "annguyen");
        clock.advance(Duration.ofSeconds(5));
        assertThat(reception.handle("web", "web-4", new Inbound.Text("tôi cần hỏi về hộ khẩu")))
                .as("to the staff member")
                .isEmpty();

        // nobody at the inbox any more: a callback, with consent
        clock.advance(Duration.ofMinutes(5));
        assertThat(say("telegram", "telegram-987654321", "gặp cán bộ")
                        .metadata()
                        .handoff())
                .isTrue();
        say("telegram", "telegram-987654321", "0912345678");
        assertThat(say("telegram", "telegram-987654321", "đồng ý").text()).contains("phiếu hẹn");

        recorder.rated("web", "web-1", 5);
        recorder.rated("web", "web-4", 4);

        AnalyticsReport all =
                new Analytics(store, code -> "").report(new AnalyticsQuery(TODAY, TODAY.plusDays(1), Optional.empty()));
        assertThat(all.conversations()).isEqualTo(6);
        assertThat(all.messages()).as("2 + 2 + 2 + 1 + 2 + 3").isEqualTo(12);
        assertThat(all.questions()).isEqualTo(7);
        assertThat(all.answers()).isEqualTo(4);
        assertThat(all.clarifications()).isEqualTo(2);
        assertThat(all.clarified()).isEqualTo(2);
        assertThat(all.declined()).isEqualTo(1);
        assertThat(all.askedForPerson()).isEqualTo(2);
        assertThat(all.handedOver()).isEqualTo(1);
        assertThat(all.callbacks()).isEqualTo(1);
        assertThat(all.contained()).isEqualTo(4);
        assertThat(all.medianWait()).contains(Duration.ofSeconds(75));
        assertThat(all.ratings()).containsExactly(0L, 0L, 0L, 1L, 1L);
        assertThat(all.topProcedures())
                .extracting(p -> p.code() + "=" + p.answers())
                .containsExactly("1.004194=3", chosen + "=1");
    }
}
