package vn.gov.assistant.core.forms.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.assistant.core.forms.FieldType;
import vn.gov.assistant.core.forms.FormField;

class PhoneValidatorTest {

    private static final FormField FIELD = Fields.of("dien-thoai", "Số điện thoại", FieldType.PHONE);

    private static final String EXAMPLES = "số di động có 10 chữ số, ví dụ 0912 345 678 hoặc +84 912 345 678; số cố"
            + " định có 11 chữ số, ví dụ 024 3825 1234";

    private final PhoneValidator validator = new PhoneValidator();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0912345678 | 0912345678",
                "0912 345 678 | 0912345678",
                "0912.345.678 | 0912345678",
                "0912-345-678 | 0912345678",
                "+84912345678 | 0912345678",
                "+84 912 345 678 | 0912345678",
                "+84 (0) 912 345 678 | 0912345678",
                "84912345678 | 0912345678",
                "0084 912 345 678 | 0912345678",
                "0387654321 | 0387654321",
                "0567 123 456 | 0567123456",
                "070 123 4567 | 0701234567",
                "0888 123 456 | 0888123456",
                "024 3825 1234 | 02438251234",
                "(028) 3829 5555 | 02838295555",
                "0236.3822.123 | 02363822123",
                "+84 24 3825 1234 | 02438251234",
                "+84 (0)24 3825 1234 | 02438251234"
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
                "091234567",
                "09123456789",
                "0123456789",
                "0612345678",
                "01691234567",
                "0243825123",
                "912345678",
                "+84 91234567"
            })
    void wrongLengthOrPrefixIsRefusedWithAnExample(String raw) {
        Checked c = validator.check(FIELD, raw);
        assertThat(c.valid()).as(raw).isFalse();
        assertThat(c.message()).isEqualTo("Số điện thoại chưa đúng: " + EXAMPLES + ".");
        assertThat(c.message()).doesNotContain(raw);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0912abc678 | Số điện thoại chỉ gồm chữ số (" + EXAMPLES + ").",
                "+1 202 555 0100 | Bạn ghi số điện thoại ở Việt Nam giúp tôi (" + EXAMPLES + ").",
                "1900 1234 | Đây là số tổng đài; bạn ghi số điện thoại của bạn giúp tôi (" + EXAMPLES + ").",
                "1800 1091 | Đây là số tổng đài; bạn ghi số điện thoại của bạn giúp tôi (" + EXAMPLES + ").",
                "' ' | Bạn chưa trả lời mục “Số điện thoại”."
            })
    void otherReasons(String raw, String message) {
        Checked c = validator.check(FIELD, raw);
        assertThat(c.valid()).as(raw).isFalse();
        assertThat(c.message()).isEqualTo(message);
    }
}
