package vn.gov.assistant.core.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntentClassifierTest {

    private static final List<String> PROCEDURES = List.of(
            "đăng ký tạm trú",
            "cấp hộ chiếu phổ thông",
            "đăng ký khai sinh",
            "cấp giấy phép xây dựng",
            "làm sổ đỏ",
            "đổi giấy phép lái xe",
            "chứng thực bản sao",
            "đăng ký kết hôn");

    private static IntentClassifier classifier;

    @BeforeAll
    static void train() {
        classifier = IntentClassifier.train(PROCEDURES);
    }

    @ParameterizedTest
    @CsvSource({
        "xin chào, GREETING",
        "chao ban, GREETING",
        "cảm ơn bạn nhiều, THANKS",
        "cam on ban nhieu, THANKS",
        "tạm biệt nhé, GOODBYE",
        "đồ vô dụng, ABUSE",
        "cho tôi gặp cán bộ, HUMAN",
        "cho toi gap can bo, HUMAN",
        "tôi muốn phản ánh cán bộ thái độ không tốt, FEEDBACK",
        "bạn làm được những gì, CAPABILITIES",
        "giá vàng hôm nay bao nhiêu, OTHER",
        "đăng ký tạm trú cần giấy tờ gì, PROCEDURE",
        "dang ky tam tru can giay to gi, PROCEDURE",
        "lệ phí làm hộ chiếu bao nhiêu, PROCEDURE"
    })
    void recognisesIntentsWithAndWithoutDiacritics(String message, Intent expected) {
        IntentPrediction prediction = classifier.classify(message);
        assertThat(prediction.intent()).as(message + " -> " + prediction).isEqualTo(expected);
    }

    @Test
    void diacriticsDoNotChangeThePrediction() {
        assertThat(classifier.classify("cho tôi gặp nhân viên"))
                .isEqualTo(classifier.classify("cho toi gap nhan vien"));
    }

    @Test
    void emptyMessageIsNotSmallTalk() {
        assertThat(classifier.classify("  ?! ").intent()).isEqualTo(Intent.PROCEDURE);
    }

    @Test
    void everyBundledExampleNamesAKnownIntent() {
        List<String[]> rows = IntentClassifier.readExamples(IntentClassifier.BUNDLED);
        assertThat(rows).hasSizeGreaterThan(150);
        assertThat(rows.stream().map(r -> Intent.valueOf(r[0])).distinct()).hasSizeGreaterThanOrEqualTo(9);
    }

    @Test
    void staffExamplesChangeAPrediction() {
        String question = "cho hỏi mật khẩu wifi là gì";
        assertThat(classifier.classify(question).intent()).isEqualTo(Intent.PROCEDURE);

        IntentClassifier taught = IntentClassifier.train(
                PROCEDURES, List.of(new IntentClassifier.Example(Intent.OTHER, "mật khẩu wifi là gì")));

        assertThat(taught.classify(question).intent()).isEqualTo(Intent.OTHER);
        assertThat(taught.classify("mat khau wifi la gi").intent()).isEqualTo(Intent.OTHER);
        assertThat(taught.classify("đăng ký tạm trú cần giấy tờ gì").intent()).isEqualTo(Intent.PROCEDURE);
        assertThat(taught.classify("xin chào").intent()).isEqualTo(Intent.GREETING);
    }

    @Test
    void rankedGivesEveryIntentTheClassifierKnowsMostProbableFirst() {
        List<IntentPrediction> ranked = classifier.ranked("cảm ơn bạn nhiều");

        assertThat(ranked.getFirst()).isEqualTo(classifier.classify("cảm ơn bạn nhiều"));
        assertThat(ranked.getFirst().intent()).isEqualTo(Intent.THANKS);
        assertThat(ranked)
                .extracting(IntentPrediction::intent)
                .doesNotHaveDuplicates()
                .hasSize(9);
        assertThat(ranked)
                .extracting(IntentPrediction::probability)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(ranked.stream().mapToDouble(IntentPrediction::probability).sum())
                .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void onlyIntentsToldFromTextCanBeTaught() {
        assertThat(Intent.ACTION.classified()).isFalse();
        assertThat(Intent.CANNED.classified()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new IntentClassifier.Example(Intent.CANNED, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(IntentClassifier.bundledExamples())
                .extracting(IntentClassifier.Example::intent)
                .allMatch(Intent::classified);
    }
}
