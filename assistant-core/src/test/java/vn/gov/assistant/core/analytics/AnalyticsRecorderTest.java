package vn.gov.assistant.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.conversation.Turn;
import vn.gov.assistant.core.handoff.CallbackTicket;
import vn.gov.assistant.core.handoff.CallbackTickets;
import vn.gov.assistant.core.handoff.Handoff;
import vn.gov.assistant.core.handoff.HandoffBoard;
import vn.gov.assistant.core.handoff.InMemoryCallbackTickets;
import vn.gov.assistant.core.handoff.InMemoryHandoffBoard;
import vn.gov.assistant.core.intent.Intent;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.core.message.ReplyMetadata;
import vn.gov.assistant.core.message.ReplyPart;
import vn.gov.assistant.core.state.StateUnavailableException;
import vn.gov.assistant.knowledge.search.Aspect;

/**
 * How turns, ratings, hand-offs and tickets become counters: a scripted set of conversations over
 * two days and two channels, with every counter of every day checked, then the report's figures.
 */
class AnalyticsRecorderTest {

    /** 2026-12-01 09:00 in the city. */
    private static final Instant DAY_ONE = Instant.parse("2026-12-01T02:00:00Z");

    private static final LocalDate FIRST = LocalDate.parse("2026-12-01");
    private static final LocalDate SECOND = LocalDate.parse("2026-12-02");

    private final TestClock clock = new TestClock(DAY_ONE);
    private final Spy store = new Spy(new InMemoryAnalyticsStore(AnalyticsStore.DEFAULT_RETENTION, clock));
    private final AnalyticsRecorder recorder = new AnalyticsRecorder(store, clock);
    private final HandoffBoard board = recorder.watching(new InMemoryHandoffBoard());
    private final CallbackTickets tickets = recorder.watching(new InMemoryCallbackTickets());

    // ---------------------------------------------------------------- replies as the engine makes them

    private static Reply reply(ReplyMetadata metadata) {
        return new Reply(List.of(new ReplyPart.Text("…")), metadata);
    }

    private static Reply answer(String code, Aspect aspect) {
        return reply(new ReplyMetadata(Intent.PROCEDURE, List.of(code), List.of(), aspect, 0.9, false, false, false));
    }

    private static Reply clarify(Aspect aspect) {
        return reply(new ReplyMetadata(
                Intent.PROCEDURE, List.of(), List.of("1.004194", "1.004199"), aspect, 0.4, false, false, false));
    }

    private static Reply decline(Aspect aspect) {
        return reply(new ReplyMetadata(Intent.PROCEDURE, List.of(), List.of(), aspect, 0.1, true, false, false));
    }

    private static Reply outOfMission() {
        return reply(new ReplyMetadata(Intent.OTHER, List.of(), List.of(), Aspect.GENERAL, 0.8, true, false, false));
    }

    private static Reply person() {
        return reply(new ReplyMetadata(Intent.HUMAN, List.of(), List.of(), Aspect.GENERAL, 1, false, true, false));
    }

    private static Reply small(Intent intent) {
        return reply(ReplyMetadata.of(intent));
    }

    private void turn(String channel, String conversation, Inbound inbound, Reply reply) {
        recorder.onTurn(
                new Turn(clock.instant(), channel, conversation, inbound, Optional.ofNullable(reply), reply == null));
        clock.advance(Duration.ofSeconds(10));
    }

    private void say(String channel, String conversation, Reply reply) {
        turn(channel, conversation, new Inbound.Text("một câu hỏi của người dân"), reply);
    }

    private void choose(String channel, String conversation, String option, Reply reply) {
        turn(channel, conversation, new Inbound.OptionChosen(option), reply);
    }

    private Handoff openHandoff(String channel, String conversation) {
        Handoff h = new Handoff(
                "h-" + conversation,
                conversation,
                channel,
                Handoff.Reason.REQUESTED,
                Handoff.Status.WAITING,
                "",
                "",
                clock.instant(),
                "",
                clock.instant());
        assertThat(board.open(h, List.of())).isTrue();
        return h;
    }

    private CallbackTicket ticket(String number, String channel, String conversation) {
        return new CallbackTicket(
                number,
                conversation,
                channel,
                "0912345678",
                clock.instant(),
                "",
                "Công dân đề nghị cán bộ liên hệ lại",
                CallbackTicket.Status.OPEN,
                "",
                "",
                clock.instant(),
                clock.instant());
    }

    /** The scripted two days. */
    private void twoDays() {
        // day one, web chat
        say("web", "web-a", answer("1.004194", Aspect.DOCUMENTS));
        choose("web", "web-a", "aspect:fee", answer("1.004194", Aspect.FEE));
        say("web", "web-a", small(Intent.THANKS));
        recorder.rated("web", "web-a", 5);

        say("web", "web-b", clarify(Aspect.DOCUMENTS));
        choose("web", "web-b", "proc:1.004194", answer("1.004194", Aspect.DOCUMENTS));

        say("web", "web-c", clarify(Aspect.GENERAL));
        say("web", "web-c", clarify(Aspect.GENERAL));
        say("web", "web-c", decline(Aspect.GENERAL));

        turn("web", "web-d", new Inbound.Event(Inbound.EventType.CONVERSATION_STARTED), small(Intent.GREETING));
        say("web", "web-d", decline(Aspect.GENERAL));
        // the hand-off opens while the turn asking for it runs, before that turn is recorded
        Handoff h = openHandoff("web", "web-d");
        turn("web", "web-d", new Inbound.Event(Inbound.EventType.HANDOFF_REQUESTED), person());
        clock.advance(Duration.ofSeconds(80));
        assertThat(board.claim(h.id(), "annguyen", clock.instant())).isPresent();
        assertThat(board.claim(h.id(), "binhle", clock.instant()))
                .as("claimed once")
                .isEmpty();
        say("web", "web-d", null); // to the staff member
        recorder.rated("web", "web-d", 2);
        recorder.rated("web", "web-d", 4); // the last rating counts

        // day one, Telegram: out of mission, then a person asked for outside office hours: a ticket
        say("telegram", "telegram-123456789", outOfMission());
        say("telegram", "telegram-123456789", person());
        assertThat(tickets.create(ticket("HG261201-AAAAA", "telegram", "telegram-123456789")))
                .isTrue();
        assertThat(tickets.create(ticket("HG261201-AAAAA", "telegram", "telegram-123456789")))
                .as("a number taken: not made, not counted")
                .isFalse();

        // day two
        clock.set(Instant.parse("2026-12-02T01:00:00Z"));
        say("web", "web-a", answer("2.000986", Aspect.TIME));
        recorder.rated("web", "web-a", 3);
        turn("web", "web-f", new Inbound.Event(Inbound.EventType.CONVERSATION_STARTED), small(Intent.GREETING));
    }

    @Test
    void everyCounterOfEveryDay() {
        twoDays();

        List<DayCounts> days = store.read(FIRST, SECOND.plusDays(1));
        assertThat(days)
                .extracting(d -> d.day() + " " + d.channel())
                .containsExactly(FIRST + " telegram", FIRST + " web", SECOND + " web");
        assertThat(days.get(0).counts())
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("conversations", 1L),
                        Map.entry("messages", 2L),
                        Map.entry("questions", 1L),
                        Map.entry("declined", 1L),
                        Map.entry("aspect:GENERAL", 1L),
                        Map.entry("intent:OTHER", 1L),
                        Map.entry("intent:HUMAN", 1L),
                        Map.entry("askedForPerson", 1L),
                        Map.entry("callbacks", 1L),
                        Map.entry("withPerson", 1L),
                        Map.entry("tickets", 1L)));
        assertThat(days.get(1).counts())
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("conversations", 4L),
                        // a: 3, b: 2, c: 3, d: text, staff button, text to staff
                        Map.entry("messages", 11L),
                        Map.entry("questions", 8L),
                        Map.entry("answers", 3L),
                        Map.entry("declined", 2L),
                        Map.entry("clarifications", 3L),
                        Map.entry("clarified", 1L),
                        Map.entry("procedure:1.004194", 3L),
                        Map.entry("aspect:DOCUMENTS", 3L),
                        Map.entry("aspect:FEE", 1L),
                        Map.entry("aspect:GENERAL", 4L),
                        Map.entry("intent:PROCEDURE", 8L),
                        Map.entry("intent:THANKS", 1L),
                        Map.entry("intent:HUMAN", 1L),
                        Map.entry("askedForPerson", 1L),
                        Map.entry("handedOver", 1L),
                        Map.entry("withPerson", 1L),
                        Map.entry("handoffs", 1L),
                        Map.entry("rating:4", 1L),
                        Map.entry("rating:5", 1L)));
        assertThat(days.get(1).waits()).containsExactly(Duration.ofSeconds(90));
        assertThat(days.get(2).counts())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "conversations", 1L,
                        "messages", 1L,
                        "questions", 1L,
                        "answers", 1L,
                        "procedure:2.000986", 1L,
                        "aspect:TIME", 1L,
                        "intent:PROCEDURE", 1L,
                        "rating:3", 1L));
    }

    @Test
    void theReportOfBothDays() {
        twoDays();
        Analytics analytics = new Analytics(store, code -> code.equals("1.004194") ? "Đăng ký tạm trú" : "");

        AnalyticsReport all = analytics.report(new AnalyticsQuery(FIRST, SECOND.plusDays(1), Optional.empty()));
        assertThat(all.conversations()).isEqualTo(6);
        assertThat(all.messages()).isEqualTo(14);
        assertThat(all.questions()).isEqualTo(10);
        assertThat(all.answers()).isEqualTo(4);
        assertThat(all.declined()).isEqualTo(3);
        assertThat(all.contained()).isEqualTo(4);
        assertThat(all.containment().getAsDouble()).isEqualTo(4.0 / 6);
        assertThat(all.handoffRate().getAsDouble()).isEqualTo(1.0 / 6);
        assertThat(all.fallbackRate().getAsDouble()).isEqualTo(0.3);
        assertThat(all.clarificationSuccess().getAsDouble()).isEqualTo(1.0 / 3);
        assertThat(all.ratings()).containsExactly(0L, 0L, 1L, 1L, 1L);
        assertThat(all.satisfaction().getAsDouble()).isEqualTo(4.0);
        assertThat(all.medianWait()).contains(Duration.ofSeconds(90));
        assertThat(all.topProcedures())
                .containsExactly(
                        new AnalyticsReport.ProcedureCount("1.004194", "Đăng ký tạm trú", 3),
                        new AnalyticsReport.ProcedureCount("2.000986", "", 1));
        assertThat(all.aspects())
                .extracting(a -> a.aspect() + "=" + a.questions())
                .containsExactly("GENERAL=5", "DOCUMENTS=3", "FEE=1", "TIME=1");
        assertThat(all.intents())
                .extracting(i -> i.intent() + "=" + i.messages())
                .containsExactly("PROCEDURE=9", "HUMAN=2", "THANKS=1", "OTHER=1");

        AnalyticsReport telegram =
                analytics.report(new AnalyticsQuery(FIRST, SECOND.plusDays(1), Optional.of("telegram")));
        assertThat(telegram.conversations()).isEqualTo(1);
        assertThat(telegram.callbacks()).isEqualTo(1);
        assertThat(telegram.containment().getAsDouble()).isZero();
        assertThat(telegram.handoffRate().getAsDouble()).isZero();
        assertThat(telegram.medianWait()).isEmpty();

        AnalyticsReport secondDay = analytics.report(new AnalyticsQuery(SECOND, SECOND.plusDays(1), Optional.empty()));
        assertThat(secondDay.conversations())
                .as("web-a again on another day: another conversation")
                .isEqualTo(1);
        assertThat(secondDay.containment().getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void theHandOffCountsTheSameWhicheverIsRecordedFirst() {
        say("web", "web-x", person());
        openHandoff("web", "web-x");
        openHandoff("web", "web-y");
        say("web", "web-y", person());

        DayCounts day = store.read(FIRST, SECOND).getFirst();
        assertThat(day.count("conversations")).isEqualTo(2);
        assertThat(day.count("handedOver")).isEqualTo(2);
        assertThat(day.count("withPerson")).isEqualTo(2);
        assertThat(day.count("askedForPerson")).isEqualTo(2);
        assertThat(day.count("handoffs")).isEqualTo(2);
    }

    @Test
    void aTicketOnADayWithoutMessagesCountsNoConversation() {
        // a Zalo hand-off left waiting becomes a ticket two days later: that day had no message
        say("zalo", "zalo-1", person());
        openHandoff("zalo", "zalo-1");
        clock.advance(Duration.ofDays(2));
        tickets.create(ticket("HG261203-BBBBB", "zalo", "zalo-1"));

        List<DayCounts> days = store.read(FIRST, FIRST.plusDays(3));
        assertThat(days.getLast().day()).isEqualTo(FIRST.plusDays(2));
        assertThat(days.getLast().counts()).containsExactlyEntriesOf(Map.of("tickets", 1L));
    }

    @Test
    void aClarificationCountsAsSuccessfulOnlyWhenTheNextMessageIsAnswered() {
        say("web", "web-1", clarify(Aspect.FEE));
        say("web", "web-1", small(Intent.GREETING)); // not an answer: the clarification failed
        say("web", "web-1", answer("1.004194", Aspect.FEE));
        say("web", "web-2", clarify(Aspect.FEE));
        turn("web", "web-2", new Inbound.Event(Inbound.EventType.CONVERSATION_STARTED), small(Intent.GREETING));
        choose("web", "web-2", "proc:1.004194", answer("1.004194", Aspect.FEE)); // the event is not a message
        say("web", "web-3", clarify(Aspect.FEE));
        say("web", "web-3", null); // went to staff

        DayCounts day = store.read(FIRST, SECOND).getFirst();
        assertThat(day.count("clarifications")).isEqualTo(3);
        assertThat(day.count("clarified")).isEqualTo(1);
    }

    @Test
    void theStoreNeverSeesAConversationIdOrAText() {
        twoDays();

        assertThat(store.strings)
                .isNotEmpty()
                .noneMatch(s -> s.contains("telegram-123456789") || s.contains("web-a") || s.contains("123456789"))
                .noneMatch(s -> s.contains("câu hỏi") || s.contains("0912345678"));
        assertThat(store.conversationKeys).allMatch(k -> k.matches("[A-Za-z0-9_-]{22}"));
        assertThat(recorder.key(FIRST, "web-a"))
                .as("the same conversation the same day: the same key")
                .isEqualTo(recorder.key(FIRST, "web-a"))
                .isNotEqualTo(recorder.key(FIRST, "web-b"))
                .isNotEqualTo(recorder.key(SECOND, "web-a"));
    }

    @Test
    void aRatingOutsideOneToFiveIsRefusedAndNothingIsRecorded() {
        assertThatThrownBy(() -> recorder.rated("web", "web-a", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> recorder.rated("web", "web-a", 6)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.read(FIRST, SECOND)).isEmpty();
        assertThat(store.strings).isEmpty();
    }

    @Test
    void recordingNeverFailsTheTurnWhenTheStoreIsDown() {
        AnalyticsRecorder down = new AnalyticsRecorder(new Down(), clock);
        down.onTurn(new Turn(DAY_ONE, "web", "web-a", new Inbound.Text("x"), Optional.of(person()), false));
        down.rated("web", "web-a", 4);
        HandoffBoard watched = down.watching(new InMemoryHandoffBoard());
        Handoff h = new Handoff(
                "h", "web-a", "web", Handoff.Reason.REQUESTED, Handoff.Status.WAITING, "", "", DAY_ONE, "", DAY_ONE);
        assertThat(watched.open(h, List.of())).isTrue();
        assertThat(watched.claim("h", "annguyen", DAY_ONE.plusSeconds(5))).isPresent();
    }

    /** A store that remembers every string it was given. */
    private static final class Spy implements AnalyticsStore {
        final AnalyticsStore store;
        final List<String> strings = new ArrayList<>();
        final List<String> conversationKeys = new ArrayList<>();

        Spy(AnalyticsStore store) {
            this.store = store;
        }

        @Override
        public synchronized int mark(LocalDate day, String conversation, int clear, int set) {
            strings.add(conversation);
            conversationKeys.add(conversation);
            return store.mark(day, conversation, clear, set);
        }

        @Override
        public synchronized void add(LocalDate day, String channel, Map<String, Long> counts) {
            strings.add(channel);
            strings.addAll(counts.keySet());
            store.add(day, channel, counts);
        }

        @Override
        public synchronized void addWait(LocalDate day, String channel, Duration wait) {
            strings.add(channel);
            store.addWait(day, channel, wait);
        }

        @Override
        public List<DayCounts> read(LocalDate from, LocalDate to) {
            return store.read(from, to);
        }

        @Override
        public byte[] salt(LocalDate day) {
            return store.salt(day);
        }
    }

    /** A store whose Redis is down. */
    private static final class Down implements AnalyticsStore {
        private static StateUnavailableException down() {
            return new StateUnavailableException("Redis did not answer: test", null);
        }

        @Override
        public int mark(LocalDate day, String conversation, int clear, int set) {
            throw down();
        }

        @Override
        public void add(LocalDate day, String channel, Map<String, Long> counts) {
            throw down();
        }

        @Override
        public void addWait(LocalDate day, String channel, Duration wait) {
            throw down();
        }

        @Override
        public List<DayCounts> read(LocalDate from, LocalDate to) {
            throw down();
        }

        @Override
        public byte[] salt(LocalDate day) {
            throw down();
        }
    }
}
