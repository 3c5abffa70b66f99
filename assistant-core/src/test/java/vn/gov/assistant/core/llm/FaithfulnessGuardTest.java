package vn.gov.assistant.core.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static vn.gov.assistant.core.llm.TemporaryResidence.FAITHFUL;
import static vn.gov.assistant.core.llm.TemporaryResidence.TEMPLATED;
import static vn.gov.assistant.core.llm.TemporaryResidence.askedAs;
import static vn.gov.assistant.core.llm.TemporaryResidence.feeQuestion;

import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.gov.assistant.core.llm.FaithfulnessGuard.Verdict;

class FaithfulnessGuardTest {

    private final FaithfulnessGuard guard = new FaithfulnessGuard();

    @Test
    void faithfulRephrasePasses() {
        Verdict verdict = guard.check(feeQuestion(), FAITHFUL);

        assertThat(verdict.faithful()).isTrue();
        assertThat(verdict.unsupported()).isEmpty();
    }

    @Test
    void theTemplateItselfPasses() {
        assertThat(guard.check(feeQuestion(), TEMPLATED).faithful()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Lệ phí nộp trực tuyến là 7000 đồng.",
                "Lệ phí nộp trực tuyến là 7 nghìn đồng.",
                "Lệ phí nộp trực tuyến là bảy nghìn đồng.",
                "Lệ phí nộp trực tuyến là 7.000đ, trực tiếp là 10.000 VNĐ.",
                "Lệ phí nộp trực tiếp là 10 ngàn đồng.",
                "Thời hạn là ba ngày làm việc.",
                "Thời hạn là 03 ngày.",
                "Bạn chỉ cần nộp 1 bộ hồ sơ, theo mẫu số CT01.",
                "Xem thêm tại https://dichvucong.gov.vn/.",
                "Căn cứ Thông tư số 66/2023/TT-BCA và Luật Cư trú số 68/2020/QH14."
            })
    void sameFactsWrittenDifferentlyPass(String generated) {
        assertThat(guard.check(feeQuestion(), generated).unsupported()).isEmpty();
    }

    @Test
    void inventedFeeIsRejected() {
        Verdict verdict = guard.check(feeQuestion(), FAITHFUL.replace("7.000 đồng", "15.000 đồng"));

        assertThat(verdict.faithful()).isFalse();
        assertThat(verdict.unsupported()).containsExactly("15.000 đồng");
    }

    @Test
    void tenThousandIsNotAHundredThousand() {
        Verdict verdict = guard.check(feeQuestion(), FAITHFUL.replace("10.000 đồng", "100.000 đồng"));

        assertThat(verdict.unsupported()).containsExactly("100.000 đồng");
    }

    @Test
    void feeComputedFromTheRecordIsStillRejected() {
        GroundedAnswer family = askedAs("Nhà tôi 4 người đăng ký tạm trú trực tiếp hết bao nhiêu?");

        Verdict verdict = guard.check(family, "Với 4 người, tổng lệ phí nộp trực tiếp là 40.000 đồng.");

        assertThat(verdict.unsupported()).containsExactly("40.000 đồng");
    }

    @Test
    void numberOnlyInTheQuestionIsAllowed() {
        GroundedAnswer family = askedAs("Nhà tôi 4 người đăng ký tạm trú trực tiếp hết bao nhiêu?");

        Verdict verdict = guard.check(family, "Với gia đình 4 người, mỗi người nộp 10.000 đồng khi nộp trực tiếp.");

        assertThat(verdict.faithful()).isTrue();
    }

    @Test
    void changedDurationIsRejected() {
        Verdict verdict = guard.check(feeQuestion(), FAITHFUL.replace("3 ngày làm việc", "5 ngày làm việc"));

        assertThat(verdict.unsupported()).containsExactly("5 ngày làm việc");
    }

    @Test
    void durationWithAnotherUnitIsRejected() {
        Verdict verdict = guard.check(feeQuestion(), FAITHFUL.replace("3 ngày làm việc", "3 tháng"));

        assertThat(verdict.unsupported()).containsExactly("3 tháng");
    }

    @Test
    void changedDurationWrittenInWordsIsRejected() {
        Verdict verdict = guard.check(feeQuestion(), FAITHFUL.replace("3 ngày làm việc", "mười lăm ngày làm việc"));

        assertThat(verdict.unsupported()).containsExactly("mười lăm ngày làm việc");
    }

    @Test
    void inventedFormCodeIsRejected() {
        Verdict verdict = guard.check(feeQuestion(), FAITHFUL.replace("Mẫu CT01", "Mẫu CT02"));

        assertThat(verdict.unsupported()).containsExactly("Mẫu CT02");
    }

    @Test
    void inventedFormsOfOtherShapesAreRejected() {
        Verdict verdict =
                guard.check(feeQuestion(), FAITHFUL + " Kèm theo tờ khai TK1-TS và mẫu số 02, bản khai HK02.");

        assertThat(verdict.unsupported()).containsExactly("TK1-TS", "mẫu số 02", "HK02");
    }

    @Test
    void formCodeFoundAnywhereInTheRecordPasses() {
        assertThat(guard.check(feeQuestion(), FAITHFUL + " Bạn sẽ nhận phiếu hẹn theo Mẫu CT04.")
                        .faithful())
                .isTrue();
    }

    @Test
    void inventedProcedureCodeIsRejected() {
        Verdict verdict = guard.check(feeQuestion(), FAITHFUL.replace("1.004194", "1.004195"));

        assertThat(verdict.unsupported()).containsExactly("1.004195");
    }

    @Test
    void inventedLegalDocumentIsRejected() {
        Verdict verdict = guard.check(feeQuestion(), FAITHFUL + " Căn cứ Thông tư số 55/2021/TT-BCA.");

        assertThat(verdict.unsupported()).containsExactly("55/2021/TT-BCA");
    }

    @Test
    void inventedLinkIsRejected() {
        Verdict verdict = guard.check(feeQuestion(), FAITHFUL + " Đăng ký tại https://tamtru-online.vn/dang-ky.");

        assertThat(verdict.unsupported()).containsExactly("https://tamtru-online.vn/dang-ky.");
    }

    @Test
    void inventedPercentageIsRejected() {
        Verdict verdict = guard.check(feeQuestion(), FAITHFUL + " Nộp trực tuyến được giảm 30% lệ phí.");

        assertThat(verdict.unsupported()).containsExactly("30%");
    }

    @Test
    void percentageInTheRecordPasses() {
        GroundedAnswer discounted =
                new GroundedAnswer("", TEMPLATED, TemporaryResidence.RECORD + " Nộp trực tuyến được giảm 50% lệ phí.");

        assertThat(guard.check(discounted, FAITHFUL + " Nộp trực tuyến được giảm 50% lệ phí.")
                        .faithful())
                .isTrue();
    }

    @Test
    void everyUnsupportedFactIsListedOnce() {
        String generated = "Lệ phí là 15.000 đồng, hoặc 15.000 đồng nếu nộp muộn, trong 5 ngày, theo Mẫu CT09.";

        assertThat(guard.check(feeQuestion(), generated).unsupported())
                .containsExactly("15.000 đồng", "5 ngày", "Mẫu CT09");
    }

    @Test
    void maskedPlaceholdersAreNoFacts() {
        String generated = "Chào bạn, hồ sơ của người có số [số định danh] nộp 7.000 đồng khi nộp trực tuyến.";

        assertThat(guard.check(feeQuestion(), generated).faithful()).isTrue();
    }

    @Test
    void decomposedUnicodeIsReadLikeComposed() {
        String decomposed = Normalizer.normalize(FAITHFUL, Normalizer.Form.NFD);

        assertThat(guard.check(feeQuestion(), decomposed).faithful()).isTrue();
        assertThat(guard.check(feeQuestion(), decomposed.replace("3", "5")).unsupported())
                .containsExactly(Normalizer.normalize("5 ngày làm việc", Normalizer.Form.NFC));
    }

    @Test
    void emptyOrBlankOutputIsRejected() {
        assertThat(guard.check(feeQuestion(), "")).isEqualTo(new Verdict(false, List.of("<empty>")));
        assertThat(guard.check(feeQuestion(), " \n\t ").faithful()).isFalse();
        assertThat(guard.check(feeQuestion(), null).faithful()).isFalse();
    }

    @Test
    void outputFarLongerThanTheTemplateIsRejected() {
        String rambling = (FAITHFUL + " ").repeat(FaithfulnessGuard.LENGTH_FACTOR + 1);

        Verdict verdict = guard.check(feeQuestion(), rambling);

        assertThat(verdict.faithful()).isFalse();
        assertThat(verdict.unsupported()).singleElement().asString().startsWith("<too long: ");
    }

    @Test
    void shortTemplateStillLeavesRoomForAPoliteSentence() {
        GroundedAnswer shortAnswer = new GroundedAnswer("lệ phí?", "Lệ phí: 7.000 đồng.", TemporaryResidence.RECORD);
        String polite = "Chào bạn, lệ phí đăng ký tạm trú khi nộp hồ sơ trực tuyến là 7.000 đồng cho mỗi lần đăng ký. "
                + "Bạn cần thêm thông tin gì cứ hỏi nhé.";

        assertThat(polite.length())
                .isGreaterThan(FaithfulnessGuard.LENGTH_FACTOR
                        * shortAnswer.templated().length());
        assertThat(guard.check(shortAnswer, polite).faithful()).isTrue();
    }

    @Test
    void longRunsInTheSourcesAreReadWithoutOverflowingTheStack() {
        String question = "1" + ".000".repeat(50_000) + " " + "A1-".repeat(50_000) + "B2 " + "một ".repeat(50_000)
                + "ngày " + "a.".repeat(50_000) + "vn " + "x@" + "y.".repeat(50_000) + "vn";
        GroundedAnswer flood = new GroundedAnswer(question, TEMPLATED, TemporaryResidence.RECORD);

        Verdict verdict = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> guard.check(flood, FAITHFUL));

        assertThat(verdict.faithful()).isTrue();
    }

    @Test
    void verdictIsFaithfulExactlyWhenNothingIsUnsupported() {
        assertThatThrownBy(() -> new Verdict(true, List.of("15.000"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Verdict(false, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
