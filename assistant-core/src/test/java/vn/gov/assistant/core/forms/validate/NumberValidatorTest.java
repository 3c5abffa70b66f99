package vn.gov.assistant.core.forms.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.assistant.core.forms.FieldType;
import vn.gov.assistant.core.forms.FormField;

class NumberValidatorTest {

    private static final FormField FIELD = Fields.of("so-con", "Số con", FieldType.NUMBER);

    private final NumberValidator validator = new NumberValidator();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "3 | 3",
                " 0 | 0",
                "007 | 7",
                "12. | 12",
                "1.500 | 1500",
                "1 500 000 | 1500000",
                "không | 0",
                "khong | 0",
                "một | 1",
                "mot | 1",
                "hai | 2",
                "ba | 3",
                "Bốn | 4",
                "tư | 4",
                "năm | 5",
                "nam | 5",
                "sáu | 6",
                "bảy | 7",
                "bẩy | 7",
                "tám | 8",
                "chín | 9",
                "mười | 10",
                "MUOI | 10"
            })
    void wholeNumbersInDigitsOrWords(String raw, String stored) {
        Checked c = validator.check(FIELD, raw);
        assertThat(c.valid()).as(raw).isTrue();
        assertThat(c.value()).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "-2 | Số ở mục “Số con” không được âm; bạn ghi số từ 0 trở lên nhé.",
                "− 1,5 | Số ở mục “Số con” không được âm; bạn ghi số từ 0 trở lên nhé.",
                "2,5 | Bạn ghi một số nguyên (không có phần lẻ), ví dụ: 3.",
                "1.5 | Bạn ghi một số nguyên (không có phần lẻ), ví dụ: 3.",
                "ba con | Bạn ghi một số nguyên bằng chữ số, ví dụ: 3.",
                "nằm | Bạn ghi một số nguyên bằng chữ số, ví dụ: 3.",
                "3 hoặc 4 | Bạn ghi một số nguyên bằng chữ số, ví dụ: 3.",
                "1234567890123456 | Số này lớn quá; bạn kiểm tra lại giúp tôi nhé.",
                "'' | Bạn chưa trả lời mục “Số con”."
            })
    void refusedWithAReason(String raw, String message) {
        Checked c = validator.check(FIELD, raw);
        assertThat(c.valid()).as(raw).isFalse();
        assertThat(c.message()).isEqualTo(message);
        assertThat(c.value()).isEmpty();
    }
}
