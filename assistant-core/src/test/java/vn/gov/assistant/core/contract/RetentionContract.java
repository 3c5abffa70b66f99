package vn.gov.assistant.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
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
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.privacy.CitizenPrivacy;
import vn.gov.assistant.core.privacy.PersonalDataDesk;
import vn.gov.assistant.core.privacy.Pseudonyms;
import vn.gov.assistant.core.privacy.RetentionPeriods;
import vn.gov.assistant.core.staff.Role;
import vn.gov.assistant.core.staff.StaffAccount;
import vn.gov.assistant.core.state.ExpiringStore;
import vn.gov.assistant.core.state.InMemoryExpiringStore;

/**
 * The retention job over one implementation of the shared state (decision 20): anonymous
 * transcripts go after 30 days, identified ones and done callback tickets after 90, open tickets
 * stay, and a second run finds nothing. Hand-offs and tickets are made through the real flow
 * (reception, desk); time moves by hand, the stores keep the times the desk gives them.
 */
public abstract class RetentionContract {

    private static final Instant TUESDAY_MORNING = Instant.parse("2026-12-01T02:00:00Z");
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The shared state under test, its times from {@code clock}. */
    protected abstract SharedState state(Clock clock);

    @Test
    void retentionDeletesAnonymousTranscriptsAfter30DaysAndIdentifiedDataAfter90() {
        MovingClock clock = new MovingClock(TUESDAY_MORNING);
        SharedState state = state(clock);
        ExpiringStore<Remembered> memory = new InMemoryExpiringStore<>(1_000, clock);
        FormFiller forms = new FormFiller(
                FormCatalog.bundled(),
                new Validators(),
                TestEngines.catalog(),
                new InMemoryExpiringStore<FormProgress>(1_000, clock),
                memory,
                new InMemoryExpiringStore<FilledForm>(1_000, clock),
                new FormFiller.Settings(
                        Duration.ofDays(7), Duration.ofDays(30), Duration.ofHours(24), "https://dvc.example.vn", HANOI),
                clock);
        PersonalDataDesk privacy = new PersonalDataDesk(
                state.board(),
                state.tickets(),
                state.mailbox(),
                state.conversations(),
                forms,
                state.audit(),
                Pseudonyms.ofThisProcess(),
                RetentionPeriods.DEFAULT,
                clock);
        HandoffDesk desk = new HandoffDesk(
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
        Reception reception = new Reception(
                new CitizenPrivacy(TestEngines.withForms(state.conversations(), forms, clock), privacy),
                state.conversations(),
                state.locks(),
                desk,
                Reception.Settings.DEFAULT,
                clock,
                "");
        state.accounts()
                .create(new StaffAccount("annguyen", "An", "{noop}x", Set.of(Role.AGENT), true, TUESDAY_MORNING));
        Flow flow = new Flow(reception, desk, state, clock);

        Handoff anonymous = flow.talkWithStaff("web-r1");
        Handoff onZalo = flow.talkWithStaff("zalo-r2");
        Handoff withTicket = flow.talkWithStaff("web-r3");
        CallbackTicket done = flow.leaveTicket("web-r3", "0987654321");
        desk.assignTicket(done.number(), "annguyen", "annguyen");
        desk.recordOutcome(done.number(), "annguyen", "Đã gọi lại");
        CallbackTicket open = flow.leaveTicket("web-r4", "0987654322");
        memory.put("web-r5", new Remembered(Map.of("ho-ten", "Lê Bình"), clock.instant()), Duration.ofDays(30));

        assertThat(privacy.applyRetention()).isEqualTo(new PersonalDataDesk.RetentionRun(0, 0, 0));

        clock.advance(Duration.ofDays(31));
        assertThat(privacy.applyRetention()).isEqualTo(new PersonalDataDesk.RetentionRun(1, 0, 1));
        assertThat(state.board().get(anonymous.id())).isEmpty();
        assertThat(state.board().get(onZalo.id())).isPresent();
        assertThat(state.board().get(withTicket.id()))
                .as("a web chat that left a contact is identified")
                .isPresent();

        clock.advance(Duration.ofDays(60));
        assertThat(privacy.applyRetention()).isEqualTo(new PersonalDataDesk.RetentionRun(2, 1, 0));
        assertThat(state.board().get(onZalo.id())).isEmpty();
        assertThat(state.board().get(withTicket.id())).isEmpty();
        assertThat(state.tickets().get(done.number())).isEmpty();
        assertThat(state.tickets().get(open.number()))
                .as("an open ticket waits for its call")
                .isPresent();
        assertThat(privacy.kept("zalo-r2").handoffs()).isEmpty();

        assertThat(privacy.applyRetention())
                .as("a second run finds nothing")
                .isEqualTo(new PersonalDataDesk.RetentionRun(0, 0, 0));
    }

    /** Conversations through the reception and the desk. */
    private record Flow(Reception reception, HandoffDesk desk, SharedState state, MovingClock clock) {

        private void say(String conversation, String text) {
            reception.handle(PersonalDataDesk.channelOf(conversation), conversation, new Inbound.Text(text));
        }

        /** A callback ticket: nobody online (the staff member's presence long gone), a phone number, consent. */
        CallbackTicket leaveTicket(String conversation, String phone) {
            clock.advance(Duration.ofHours(1));
            say(conversation, "cho tôi gặp cán bộ");
            say(conversation, phone);
            reception.handle(
                    PersonalDataDesk.channelOf(conversation),
                    conversation,
                    new Inbound.OptionChosen(Reception.CALLBACK_CONSENT));
            return state.tickets().ofConversation(conversation).getLast();
        }

        /** A hand-off claimed and closed by staff. */
        Handoff talkWithStaff(String conversation) {
            desk.heartbeat("annguyen");
            say(conversation, "hỏi lệ phí");
            say(conversation, "cho tôi gặp cán bộ");
            Handoff h = desk.openFor(conversation).orElseThrow();
            desk.claim(h.id(), "annguyen");
            desk.close(h.id(), "annguyen");
            clock.advance(Duration.ofMinutes(1));
            return state.board().get(h.id()).orElseThrow();
        }
    }
}
