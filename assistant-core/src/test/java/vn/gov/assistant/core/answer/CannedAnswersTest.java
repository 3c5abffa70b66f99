package vn.gov.assistant.core.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.message.ReplyPart;
import vn.gov.assistant.knowledge.search.AnalyzedQuestion;
import vn.gov.assistant.knowledge.search.EverydayNames;
import vn.gov.assistant.knowledge.search.QuestionAnalyzer;

/** How a citizen's message is matched to staff's canned answers, and what the reply says. */
class CannedAnswersTest {

    private static final QuestionAnalyzer ANALYZER =
            QuestionAnalyzer.create(EverydayNames.bundled(), UnaryOperator.identity());

    /** Eight words that count: bộ phận một phường làm việc vào ngày ("cửa", "của", "những", "nào" fold to filler). */
    private static final String DAYS = "Bộ phận một cửa của phường làm việc vào những ngày nào?";

    private static final CannedAnswers.Entry OPENING = new CannedAnswers.Entry(
            "gio-lam-viec",
            "Giờ làm việc của bộ phận một cửa",
            List.of(DAYS, "Thứ bảy có làm việc không?"),
            "Từ thứ Hai đến thứ Sáu, sáng 7h30-11h30, chiều 13h30-17h; sáng thứ Bảy tiếp nhận hồ sơ.",
            Instant.parse("2026-11-29T18:30:00Z"));
    private static final CannedAnswers.Entry PAYING = new CannedAnswers.Entry(
            "thanh-toan-truc-tuyen",
            "Thanh toán lệ phí trực tuyến",
            List.of("Thanh toán lệ phí trực tuyến bằng cách nào?"),
            "Trên Cổng Dịch vụ công quốc gia, chọn hồ sơ rồi bấm \"Thanh toán\".",
            Instant.parse("2026-11-30T02:00:00Z"));

    private static final CannedAnswers ANSWERS = CannedAnswers.of(List.of(OPENING, PAYING), ANALYZER::analyze);

    private static AnalyzedQuestion q(String text) {
        return ANALYZER.analyze(text);
    }

    private static double similarity(String message) {
        return CannedAnswers.similarity(q(message), q(DAYS));
    }

    @Test
    void theSameQuestionMatchesWithOrWithoutDiacriticsFillerOrChatShorthand() {
        assertThat(similarity("bo phan mot cua cua phuong lam viec vao nhung ngay nao"))
                .isEqualTo(1.0);
        assertThat(similarity("BỘ PHẬN MỘT CỬA CỦA PHƯỜNG LÀM VIỆC VÀO NHỮNG NGÀY NÀO"))
                .isEqualTo(1.0);
        assertThat(ANSWERS.match(q("cho em hỏi thứ bảy có làm việc ko ạ"))).hasValueSatisfying(m -> {
            assertThat(m.entry().id()).isEqualTo("gio-lam-viec");
            assertThat(m.question()).isEqualTo("Thứ bảy có làm việc không?");
            assertThat(m.similarity()).isEqualTo(1.0);
        });
    }

    @Test
    void aWordMoreLessOrMovedStillMatches() {
        // a word dropped (and filler added), a word moved, a word replaced: each at least the threshold
        assertThat(similarity("cho em hỏi bộ phận một cửa phường làm việc ngày nào ạ"))
                .isCloseTo(0.857, within(0.001));
        assertThat(similarity("ngày nào bộ phận một cửa của phường làm việc")).isCloseTo(0.857, within(0.001));
        assertThat(similarity("bộ phận một cửa của xã làm việc vào những ngày nào"))
                .isCloseTo(0.8, within(0.001))
                .isGreaterThanOrEqualTo(CannedAnswers.THRESHOLD);
    }

    @Test
    void theThresholdLeavesOutANeighbouringQuestion() {
        // one word of the eight replaced by two: another office
        double otherOffice = similarity("bộ phận tiếp dân của phường làm việc vào những ngày nào");
        assertThat(otherOffice).isCloseTo(0.75, within(0.001)).isLessThan(CannedAnswers.THRESHOLD);
        // two of the eight words replaced: another commune, and hours rather than days
        assertThat(similarity("bộ phận một cửa của xã làm việc vào những giờ nào"))
                .isCloseTo(0.667, within(0.001));
        assertThat(ANSWERS.match(q("bộ phận tiếp dân của phường làm việc vào những ngày nào")))
                .isEmpty();
        // the same office, another aspect asked: where it is, not when it works
        assertThat(similarity("bộ phận một cửa ở đâu")).isLessThan(0.5);
        assertThat(ANSWERS.ranked(q("bộ phận tiếp dân của phường làm việc vào những ngày nào")))
                .first()
                .satisfies(m -> {
                    assertThat(m.entry().id()).isEqualTo("gio-lam-viec");
                    assertThat(m.close()).isFalse();
                });
    }

    @Test
    void theClosestOfSeveralAnswersAnswersAndAMessageWithoutWordsMatchesNone() {
        assertThat(ANSWERS.match(q("thanh toan le phi truc tuyen bang cach nao")))
                .map(m -> m.entry().id())
                .contains("thanh-toan-truc-tuyen");
        assertThat(ANSWERS.ranked(q("thanh toán lệ phí trực tuyến")))
                .extracting(m -> m.entry().id())
                .containsExactly("thanh-toan-truc-tuyen", "gio-lam-viec");
        assertThat(ANSWERS.ranked(q(" ?! "))).isEmpty();
        assertThat(ANSWERS.match(q("cho em hỏi"))).isEmpty();
        assertThat(CannedAnswers.none().match(q(DAYS))).isEmpty();
        assertThat(CannedAnswers.none().isEmpty()).isTrue();
    }

    @Test
    void theReplyIsStaffsTextMarkedAsTheOfficesWithItsDateInVietnam() {
        List<ReplyPart> reply = CannedAnswers.reply(OPENING);

        assertThat(reply).singleElement().isInstanceOfSatisfying(ReplyPart.Text.class, t -> assertThat(t.text())
                .isEqualTo("Giờ làm việc của bộ phận một cửa:\n" + OPENING.answer()
                        + "\n\n(Câu trả lời của cơ quan, cập nhật ngày 30/11/2026.)"));
    }
}
