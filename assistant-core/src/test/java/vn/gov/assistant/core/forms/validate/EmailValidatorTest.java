package vn.gov.assistant.core.forms.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.assistant.core.forms.FieldType;
import vn.gov.assistant.core.forms.FormField;

class EmailValidatorTest {

    private static final FormField FIELD = Fields.of("email", "Thư điện tử", FieldType.EMAIL);

    private final EmailValidator validator = new EmailValidator();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "nguyenvanan@gmail.com | nguyenvanan@gmail.com",
                "  NguyenVanAn@Gmail.COM  | nguyenvanan@gmail.com",
                "an.nguyen+thue@hanoi.gov.vn | an.nguyen+thue@hanoi.gov.vn",
                "mailto:tran_thi_b@yahoo.com.vn | tran_thi_b@yahoo.com.vn",
                "<le-c@fpt.vn> | le-c@fpt.vn",
                "le.c@sub-domain.edu.vn. | le.c@sub-domain.edu.vn",
                "a1＠outlook.com | a1@outlook.com"
            })
    void valid(String raw, String stored) {
        Checked c = validator.check(FIELD, raw);
        assertThat(c.valid()).as(raw).isTrue();
        assertThat(c.value()).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "nguyenvanan.gmail.com | Địa chỉ email cần có dấu @ (ví dụ: nguyenvanan@gmail.com).",
                "an@@gmail.com | Địa chỉ email chỉ có một dấu @ (ví dụ: nguyenvanan@gmail.com).",
                "nguyen van an@gmail.com | Địa chỉ email không có dấu cách (ví dụ: nguyenvanan@gmail.com).",
                "nguyễnvănan@gmail.com | Địa chỉ email không có chữ có dấu tiếng Việt (ví dụ: nguyenvanan@gmail.com).",
                "an@gmail | Địa chỉ email chưa đúng dạng (ví dụ: nguyenvanan@gmail.com).",
                "an@gmail.c | Địa chỉ email chưa đúng dạng (ví dụ: nguyenvanan@gmail.com).",
                "an..b@gmail.com | Địa chỉ email chưa đúng dạng (ví dụ: nguyenvanan@gmail.com).",
                ".an@gmail.com | Địa chỉ email chưa đúng dạng (ví dụ: nguyenvanan@gmail.com).",
                "@gmail.com | Địa chỉ email chưa đúng dạng (ví dụ: nguyenvanan@gmail.com).",
                "an@-gmail.com | Địa chỉ email chưa đúng dạng (ví dụ: nguyenvanan@gmail.com).",
                "an@gmail..com | Địa chỉ email chưa đúng dạng (ví dụ: nguyenvanan@gmail.com).",
                "an@gmail.com3 | Địa chỉ email chưa đúng dạng (ví dụ: nguyenvanan@gmail.com).",
                "' ' | Bạn chưa trả lời mục “Thư điện tử”."
            })
    void invalid(String raw, String message) {
        Checked c = validator.check(FIELD, raw);
        assertThat(c.valid()).as(raw).isFalse();
        assertThat(c.message()).isEqualTo(message);
    }

    @org.junit.jupiter.api.Test
    void aLocalPartLongerThan64IsRefused() {
        assertThat(validator.check(FIELD, "a".repeat(65) + "@gmail.com").valid())
                .isFalse();
        assertThat(validator.check(FIELD, "a".repeat(64) + "@gmail.com").valid())
                .isTrue();
    }
}
