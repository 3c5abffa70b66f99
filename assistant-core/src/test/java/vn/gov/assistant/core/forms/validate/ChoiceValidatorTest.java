package vn.gov.assistant.core.forms.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.assistant.core.forms.FormField;

class ChoiceValidatorTest {

    private static final FormField SEX = Fields.choice("Nam", "Nữ");
    private static final FormField MARRIAGE = Fields.choice("Chưa kết hôn", "Đã kết hôn", "Ly hôn", "Góa");
    private static final FormField RELATION = Fields.choice("Cha", "Mẹ", "Ông", "Bà", "Anh", "Chị", "Người giám hộ");

    private final ChoiceValidator validator = new ChoiceValidator();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Nam | Nam",
                "nam | Nam",
                "NAM | Nam",
                "Nữ | Nữ",
                "nữ | Nữ",
                "nu | Nữ",
                "NU | Nữ",
                "1 | Nam",
                "2 | Nữ",
                "2. | Nữ",
                "số 2 | Nữ",
                "so 1 | Nam",
                "'nữ' | Nữ"
            })
    void sex(String raw, String stored) {
        Checked c = validator.check(SEX, raw);
        assertThat(c.valid()).as(raw).isTrue();
        assertThat(c.value()).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "đã kết hôn | Đã kết hôn",
                "da ket hon | Đã kết hôn",
                "Chua ket hon | Chưa kết hôn",
                "chưa | Chưa kết hôn",
                "ly | Ly hôn",
                "goa | Góa",
                "góa | Góa",
                "goá | Góa",
                "3 | Ly hôn",
                "lựa chọn 4 | Góa"
            })
    void maritalStatus(String raw, String stored) {
        Checked c = validator.check(MARRIAGE, raw);
        assertThat(c.valid()).as(raw).isTrue();
        assertThat(c.value()).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "me | Mẹ",
                "ong | Ông",
                "ba | Bà",
                "chi | Chị",
                "nguoi giam ho | Người giám hộ",
                "người | Người giám hộ"
            })
    void shortOptionsWithoutDiacritics(String raw, String stored) {
        Checked c = validator.check(RELATION, raw);
        assertThat(c.valid()).as(raw).isTrue();
        assertThat(c.value()).isEqualTo(stored);
    }

    @Test
    void anAnswerThatFitsTwoOptionsIsAskedAgain() {
        Checked c = validator.check(RELATION, "c");
        assertThat(c.valid()).isFalse();
        assertThat(c.message())
                .isEqualTo("Câu trả lời khớp với nhiều lựa chọn (Cha, Chị); bạn ghi rõ hơn giúp tôi nhé.");
        assertThat(validator.check(SEX, "n").message())
                .isEqualTo("Câu trả lời khớp với nhiều lựa chọn (Nam, Nữ); bạn ghi rõ hơn giúp tôi nhé.");
    }

    @Test
    void aDifferentDiacriticIsNotTheOption() {
        // "mè" is not "Mẹ": a mark typed must be the option's
        Checked c = validator.check(RELATION, "mè");
        assertThat(c.valid()).isFalse();
    }

    @Test
    void aNumberOutOfRangeListsTheOptions() {
        Checked c = validator.check(SEX, "3");
        assertThat(c.valid()).isFalse();
        assertThat(c.message()).isEqualTo("Chỉ có 2 lựa chọn; bạn chọn số từ 1 đến 2 nhé: 1. Nam; 2. Nữ.");
    }

    @Test
    void somethingElseListsTheOptions() {
        Checked c = validator.check(MARRIAGE, "độc thân vui tính");
        assertThat(c.valid()).isFalse();
        assertThat(c.message())
                .isEqualTo("Bạn chọn một trong các lựa chọn sau (trả lời bằng số hoặc bằng chữ): 1. Chưa kết hôn;"
                        + " 2. Đã kết hôn; 3. Ly hôn; 4. Góa.");
    }

    @Test
    void anOptionThatIsItselfANumberWinsOverThePosition() {
        FormField copies = Fields.choice("2", "1");
        assertThat(validator.check(copies, "1").value()).isEqualTo("1");
        assertThat(validator.check(copies, "2").value()).isEqualTo("2");
    }

    @Test
    void emptyIsRefused() {
        assertThat(validator.check(SEX, "").message()).isEqualTo("Bạn chưa trả lời mục “Lựa chọn”.");
    }
}
