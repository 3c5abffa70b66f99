package vn.gov.assistant.core.forms.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TextValidatorTest {

    private final TextValidator validator = new TextValidator();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "  Làm việc tại Hà Nội  | Làm việc tại Hà Nội",
                "Số 5,   ngõ 10 | Số 5, ngõ 10",
                "'Học sinh' | Học sinh",
                "Kỹ sư CNTT | Kỹ sư CNTT"
            })
    void trimsAndCollapsesButKeepsCase(String raw, String stored) {
        Checked c = validator.check(Fields.text(100), raw);
        assertThat(c.valid()).isTrue();
        assertThat(c.value()).isEqualTo(stored);
        assertThat(c.message()).isEmpty();
    }

    @Test
    void combiningMarksAreComposed() {
        String nfd = Normalizer.normalize("Nghề nghiệp: giáo viên", Normalizer.Form.NFD);
        Checked c = validator.check(Fields.text(100), nfd);
        assertThat(c.value()).isEqualTo("Nghề nghiệp: giáo viên");
        assertThat(Normalizer.isNormalized(c.value(), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void invisibleCharactersAndOddSpacesGo() {
        Checked c = validator.check(Fields.text(100), "Nông\u200B dân\u00A0\ttự do\n");
        assertThat(c.value()).isEqualTo("Nông dân tự do");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u200B", "\"\""})
    void emptyIsRefusedNamingTheField(String raw) {
        Checked c = validator.check(Fields.text(100), raw);
        assertThat(c.valid()).isFalse();
        assertThat(c.message()).isEqualTo("Bạn chưa trả lời mục “Ghi chú”.");
    }

    @Test
    void longestAnswerIsCountedInCharactersNotBytes() {
        String exactly = "ă".repeat(20);
        assertThat(validator.check(Fields.text(20), exactly).valid()).isTrue();
        Checked tooLong = validator.check(Fields.text(20), exactly + "ờ");
        assertThat(tooLong.valid()).isFalse();
        assertThat(tooLong.message())
                .isEqualTo("Câu trả lời dài quá: mục “Ghi chú” chỉ ghi được tối đa 20 ký tự, bạn đã viết 21 ký tự."
                        + " Bạn viết ngắn lại giúp tôi nhé.");
    }

    @Test
    void aFieldWithoutMaxLengthTakes200() {
        assertThat(validator.check(Fields.text(0), "a".repeat(200)).valid()).isTrue();
        assertThat(validator.check(Fields.text(0), "a".repeat(201)).valid()).isFalse();
    }
}
