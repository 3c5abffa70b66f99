package vn.gov.assistant.core.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntentClassifierTest {

    private static IntentClassifier classifier;

    @BeforeAll
    static void train() {
        classifier = IntentClassifier.train(List.of(
                "đăng ký tạm trú",
                "cấp hộ chiếu phổ thông",
                "đăng ký khai sinh",
                "cấp giấy phép xây dựng",
                "làm sổ đỏ",
                "đổi giấy phép lái xe",
                "chứng thực bản sao",
                "đăng ký kết hôn"));
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
}
