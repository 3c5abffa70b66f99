package vn.gov.assistant.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.answer.CannedAnswers;
import vn.gov.assistant.core.intent.Intent;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Reply;

/**
 * Staff's canned answers in the engine over the bundled catalog: a frequent question is answered
 * with staff's text and counted as such; a procedure question, a request for a person and a
 * follow-up about the procedure under discussion are never taken by a canned answer.
 */
class CannedAnswersInConversationTest {

    private static final Instant UPDATED = Instant.parse("2026-11-30T02:00:00Z");

    private final ConversationEngine plain = TestEngines.bundled(
            new InMemoryConversationStore(1_000, Duration.ofHours(1), Clock.systemUTC()),
            ConversationEngine.Settings.DEFAULT);

    private ConversationEngine with(String id, String... questions) {
        CannedAnswers.Entry entry = new CannedAnswers.Entry(
                id, "Giờ làm việc", List.of(questions), "Sáng 7h30-11h30, chiều 13h30-17h.", UPDATED);
        return plain.withCannedAnswers(CannedAnswers.of(List.of(entry), TestEngines.search()::analyze));
    }

    private static Reply say(ConversationEngine engine, String conversation, String text) {
        return engine.handle(conversation, new Inbound.Text(text));
    }

    @Test
    void aFrequentQuestionIsAnsweredWithStaffsTextWithOrWithoutDiacritics() {
        ConversationEngine engine = with("gio-lam-viec", "Bộ phận một cửa làm việc mấy giờ?");
        String question = "bộ phận một cửa làm việc mấy giờ vậy ạ";

        Reply before = say(plain, "canned-before", question);
        assertThat(before.metadata().intent()).isNotEqualTo(Intent.CANNED);
        assertThat(before.text()).doesNotContain("Sáng 7h30-11h30");

        for (String typed : List.of(question, "bo phan mot cua lam viec may gio")) {
            Reply reply = say(engine, "canned-" + typed.length(), typed);
            assertThat(reply.text())
                    .contains("Giờ làm việc:\nSáng 7h30-11h30, chiều 13h30-17h.")
                    .contains("(Câu trả lời của cơ quan, cập nhật ngày 30/11/2026.)");
            assertThat(reply.metadata().intent()).isEqualTo(Intent.CANNED);
            assertThat(reply.metadata().cannedAnswer()).isEqualTo("gio-lam-viec");
            assertThat(reply.metadata().cited()).isEmpty();
            assertThat(reply.metadata().declined()).isFalse();
            assertThat(reply.metadata().handoff()).isFalse();
            assertThat(reply.metadata().confidence()).isGreaterThanOrEqualTo(CannedAnswers.THRESHOLD);
        }
    }

    @Test
    void aClearProcedureQuestionIsNeverTakenByACannedAnswer() {
        // staff wrote a procedure question as a canned answer's question: the procedure still answers
        ConversationEngine engine = with("tam-tru", "Đăng ký tạm trú cần giấy tờ gì?", "Cấp lại giấy phép lái xe");

        Reply named = say(engine, "clear-named", "đăng ký tạm trú cần giấy tờ gì");
        assertThat(named.metadata().intent()).isEqualTo(Intent.PROCEDURE);
        assertThat(named.metadata().cited()).containsExactly("1.004194");
        assertThat(named.metadata().cannedAnswer()).isEmpty();

        // no everyday name in it: the search is confident on its own
        Reply confident = say(engine, "clear-confident", "cấp lại giấy phép lái xe");
        assertThat(confident.metadata().cited()).containsExactly("3.000348");

        ConversationEngine.CannedVerdict verdict =
                engine.cannedVerdict("đăng ký tạm trú cần giấy tờ gì", engine.cannedAnswers());
        assertThat(verdict.closest())
                .hasValueSatisfying(m -> assertThat(m.close()).isTrue());
        assertThat(verdict.procedureFirst())
                .hasValueSatisfying(h -> assertThat(h.code().value()).isEqualTo("1.004194"));
        assertThat(verdict.answered()).isFalse();
    }

    @Test
    void aFollowUpAboutTheProcedureUnderDiscussionStaysWithIt() {
        ConversationEngine engine = with("le-phi-chung", "Lệ phí bao nhiêu?");

        Reply fresh = say(engine, "follow-fresh", "lệ phí bao nhiêu?");
        assertThat(fresh.metadata().cannedAnswer()).isEqualTo("le-phi-chung");

        assertThat(say(engine, "follow-up", "đăng ký tạm trú").metadata().cited())
                .containsExactly("1.004194");
        Reply followUp = say(engine, "follow-up", "lệ phí bao nhiêu?");
        assertThat(followUp.metadata().intent()).isEqualTo(Intent.PROCEDURE);
        assertThat(followUp.metadata().cited()).containsExactly("1.004194");
    }

    @Test
    void aRequestForAPersonComesFirst() {
        ConversationEngine engine = with("gap-can-bo", "Cho tôi gặp cán bộ");

        Reply reply = say(engine, "person", "cho tôi gặp cán bộ");

        assertThat(reply.metadata().handoff()).isTrue();
        assertThat(engine.cannedVerdict("cho tôi gặp cán bộ", engine.cannedAnswers())
                        .personAsked())
                .isTrue();
    }

    @Test
    void thePreviewTellsWhatTheEngineDoes() {
        ConversationEngine engine = with("gio-lam-viec", "Bộ phận một cửa làm việc mấy giờ?");
        CannedAnswers draft = CannedAnswers.of(
                List.of(new CannedAnswers.Entry(
                        "nhap", "Nháp", List.of("Có chỗ gửi xe máy không?"), "Có, miễn phí.", UPDATED)),
                TestEngines.search()::analyze);

        ConversationEngine.CannedVerdict served = engine.cannedVerdict("mấy giờ bộ phận một cửa làm việc", draft);
        assertThat(served.closest())
                .hasValueSatisfying(m -> assertThat(m.entry().id()).isEqualTo("nhap"));
        assertThat(served.answered()).isFalse();

        ConversationEngine.CannedVerdict parking = engine.cannedVerdict("có chỗ gửi xe máy ko", draft);
        assertThat(parking.answered()).isTrue();
        assertThat(parking.closest().orElseThrow().similarity()).isEqualTo(1.0);
        assertThat(parking.procedureFirst()).isEmpty();
    }
}
