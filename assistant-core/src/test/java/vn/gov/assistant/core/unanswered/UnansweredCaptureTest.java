package vn.gov.assistant.core.unanswered;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.contract.Eventually;
import vn.gov.assistant.core.conversation.ConversationEngine;
import vn.gov.assistant.core.conversation.ReplyRewriter;
import vn.gov.assistant.core.conversation.TestEngines;
import vn.gov.assistant.core.handoff.HandoffDesk;
import vn.gov.assistant.core.handoff.OfficeHours;
import vn.gov.assistant.core.handoff.Reception;
import vn.gov.assistant.core.handoff.SharedState;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.core.state.ExpiringStore;
import vn.gov.assistant.core.state.InMemoryExpiringStore;
import vn.gov.assistant.core.state.StateUnavailableException;
import vn.gov.assistant.core.unanswered.UnansweredQuestion.Reason;

/**
 * What is kept of the turns a real reception answers with the engine over the bundled catalog:
 * declined questions (masked), clarifications that led nowhere or were left, and the answered
 * questions of a conversation rated badly; nothing of the turns that went well.
 */
class UnansweredCaptureTest {

    /** Declined by the search as it is (eval colloq-008). */
    static final String LODGING = "vợ chồng em từ Nghệ An ra HN làm công nhân, ở trọ thì có cần báo công an phường k";

    /** Asked back: several kinds of business registration are close. */
    static final String BUSINESS = "đăng ký kinh doanh";

    private final Clock clock = Clock.systemUTC();
    private final SharedState state = SharedState.inMemory(1_000, Duration.ofHours(1), clock);
    private final InMemoryUnansweredQuestions kept = new InMemoryUnansweredQuestions(1_000);
    private final ExpiringStore<ConversationWatch> watches = new InMemoryExpiringStore<>(1_000, clock);
    private final UnansweredCapture capture =
            new UnansweredCapture(kept, watches, Duration.ofMillis(300), Duration.ofMinutes(30), clock);
    private final Reception reception = reception(capture);

    private Reception reception(UnansweredCapture listener) {
        ConversationEngine engine = TestEngines.bundled(
                state.conversations(), ConversationEngine.Settings.DEFAULT, ReplyRewriter.NONE, clock);
        HandoffDesk desk = new HandoffDesk(
                state.board(),
                state.queue(),
                state.tickets(),
                state.presence(),
                state.accounts(),
                state.audit(),
                OfficeHours.always(ZoneId.of("Asia/Ho_Chi_Minh")),
                code -> "",
                HandoffDesk.Settings.DEFAULT,
                clock);
        Reception r =
                new Reception(engine, state.conversations(), state.locks(), desk, Reception.Settings.DEFAULT, clock);
        r.addListener(listener);
        return r;
    }

    @AfterEach
    void close() {
        capture.close();
    }

    private Reply say(String conversation, String text) {
        return reception.handle("web", conversation, new Inbound.Text(text)).orElseThrow();
    }

    private Reply choose(String conversation, String option) {
        return reception
                .handle("web", conversation, new Inbound.OptionChosen(option))
                .orElseThrow();
    }

    private List<UnansweredQuestion> all() {
        return kept.since(Instant.EPOCH);
    }

    @Test
    void aDeclinedQuestionIsKeptWithItsChannelTimeAndReason() {
        Instant before = clock.instant();
        assertThat(say("web-a", LODGING).metadata().declined()).isTrue();

        assertThat(all()).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo(LODGING);
            assertThat(q.channel()).isEqualTo("web");
            assertThat(q.reason()).isEqualTo(Reason.DECLINED);
            assertThat(q.at()).isBetween(before, clock.instant());
        });
    }

    @Test
    void personalNumbersPhonesAndEmailsAreMaskedBeforeAQuestionIsKept() {
        String question = "số của tôi 0912345678, căn cước 001203004567, mail lan.nguyen@example.com, " + LODGING;
        assertThat(say("web-b", question).metadata().declined()).isTrue();

        String text = all().getFirst().text();
        assertThat(text)
                .isEqualTo("số của tôi [số điện thoại], căn cước [số định danh], mail [email], " + LODGING)
                .doesNotContain("0912345678", "001203004567", "lan.nguyen");
    }

    @Test
    void answeredQuestionsSmallTalkAndComplaintsAreNotKept() {
        assertThat(say("web-c", "đăng ký tạm trú cần giấy tờ gì").metadata().cited())
                .containsExactly("1.004194");
        say("web-c", "cảm ơn bạn");
        Reply complaint = say("web-c", "cán bộ phường làm việc chậm quá");
        assertThat(complaint.metadata().declined()).isTrue(); // the engine declines a complaint...

        assertThat(all()).isEmpty(); // ...but it is not a question staff could answer with knowledge
    }

    @Test
    void aClarificationAnsweredWithNoneOfTheProceduresIsKeptAsFailed() {
        Reply asked = say("web-d", BUSINESS);
        assertThat(asked.metadata().cited()).isEmpty();
        assertThat(asked.metadata().offered()).isNotEmpty();
        assertThat(all()).isEmpty(); // not yet: the citizen may still choose

        choose("web-d", "none");

        assertThat(all()).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo(BUSINESS);
            assertThat(q.reason()).isEqualTo(Reason.CLARIFICATION_FAILED);
        });
    }

    @Test
    void aClarificationAnsweredByChoosingAnOfferedProcedureIsNotKept() {
        Reply asked = say("web-e", BUSINESS);
        String offered = asked.metadata().offered().getFirst();

        assertThat(choose("web-e", "proc:" + offered).metadata().cited()).containsExactly(offered);
        Eventually.pause(Duration.ofMillis(500)); // past the clarification timeout

        assertThat(all()).isEmpty();
    }

    @Test
    void aClarificationTheCitizenNeverAnsweredIsKeptOnceTheTimeoutPasses() {
        say("web-f", BUSINESS);

        assertThat(Eventually.within(Duration.ofSeconds(5), () -> !all().isEmpty()))
                .isTrue();
        assertThat(all()).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo(BUSINESS);
            assertThat(q.reason()).isEqualTo(Reason.CLARIFICATION_FAILED);
        });
        assertThat(watches.get("web-f")).isEmpty();
    }

    @Test
    void aClarificationFollowedByADeclinedQuestionKeepsBoth() {
        say("web-g", BUSINESS);
        say("web-g", LODGING);

        assertThat(all())
                .extracting(UnansweredQuestion::text, UnansweredQuestion::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(BUSINESS, Reason.CLARIFICATION_FAILED),
                        org.assertj.core.groups.Tuple.tuple(LODGING, Reason.DECLINED));
    }

    @Test
    void theAnsweredQuestionsOfAConversationRatedOneOrTwoAreKeptOnce() {
        say("web-h", "đăng ký tạm trú cần giấy tờ gì");
        say("web-h", "làm căn cước mất bao lâu");
        reception.rated("web", "web-h", 2);
        reception.rated("web", "web-h", 1); // a second bad rating adds nothing new

        assertThat(all())
                .extracting(UnansweredQuestion::text)
                .containsExactlyInAnyOrder("đăng ký tạm trú cần giấy tờ gì", "làm căn cước mất bao lâu");
        assertThat(all()).allMatch(q -> q.reason() == Reason.RATED_BADLY);

        say("web-i", "đăng ký tạm trú cần giấy tờ gì");
        reception.rated("web", "web-i", 3);
        assertThat(all()).hasSize(2);
    }

    @Test
    void theThirdDeclinedQuestionInARowIsKeptThoughTheReceptionHandsItOver() {
        String stripped = vn.gov.assistant.knowledge.text.VietnameseText.stripDiacritics(LODGING);
        String licence = "làm lại bằng lái b2 bị mất hết bao nhiêu tiền";
        say("web-j", LODGING);
        say("web-j", stripped);
        Reply third = say("web-j", licence);

        assertThat(third.metadata().handoff()).isTrue();
        assertThat(third.metadata().declined()).isTrue();
        assertThat(all()).extracting(UnansweredQuestion::text).containsExactly(LODGING, stripped, licence);
    }

    @Test
    void aStoreThatCannotBeReachedNeverFailsTheCitizensTurn() {
        UnansweredQuestions down = new UnansweredQuestions() {
            @Override
            public void add(UnansweredQuestion question) {
                throw new StateUnavailableException("Redis did not answer: unanswered.add", null);
            }

            @Override
            public List<UnansweredQuestion> since(Instant from) {
                return List.of();
            }

            @Override
            public long forgetBefore(Instant cutoff) {
                return 0;
            }
        };
        try (UnansweredCapture failing =
                new UnansweredCapture(down, watches, Duration.ofMinutes(1), Duration.ofMinutes(30), clock)) {
            Reception r = reception(failing);
            Optional<Reply> reply = r.handle("web", "web-k", new Inbound.Text(LODGING));
            assertThat(reply).isPresent();
            assertThat(reply.get().metadata().declined()).isTrue();
        }
    }
}
