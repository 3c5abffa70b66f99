package vn.gov.assistant.core.forms.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.assistant.core.forms.FieldType;
import vn.gov.assistant.core.forms.FormField;

class NameValidatorTest {

    private static final FormField FULL = Fields.of("ho-ten", "Họ, chữ đệm và tên", FieldType.NAME);
    private static final FormField OTHER = Fields.of("ten-khac", "Tên gọi khác", FieldType.NAME);

    private final NameValidator validator = new NameValidator();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "nguyễn văn AN | Nguyễn Văn An",
                "NGUYỄN THỊ MINH KHAI | Nguyễn Thị Minh Khai",
                "  trần   thị  bích   | Trần Thị Bích",
                "đỗ đức | Đỗ Đức",
                "ĐẶNG THUỲ TRANG | Đặng Thuỳ Trang",
                "lê thị thủy | Lê Thị Thủy",
                "nguyen van an | Nguyen Van An",
                "NGUYEN thi HOA | Nguyen Thi Hoa",
                "h'hen niê | H'Hen Niê",
                "H’Hen Niê | H'Hen Niê",
                "ksor y phai | Ksor Y Phai",
                "nguyễn-trần bảo anh | Nguyễn-Trần Bảo Anh",
                "Nguyễn - Trần Bảo Anh | Nguyễn-Trần Bảo Anh",
                "Âu Dương Phong. | Âu Dương Phong"
            })
    void fullNamesAreCapitalised(String raw, String stored) {
        Checked c = validator.check(FULL, raw);
        assertThat(c.valid()).as(raw).isTrue();
        assertThat(c.value()).isEqualTo(stored);
    }

    @Test
    void decomposedInputIsStoredComposedAndTonesAreNotMoved() {
        Checked c = validator.check(FULL, Normalizer.normalize("phạm thị hoà", Normalizer.Form.NFD));
        assertThat(c.value()).isEqualTo("Phạm Thị Hoà");
        assertThat(validator.check(FULL, "phạm thị hòa").value()).isEqualTo("Phạm Thị Hòa");
    }

    @Test
    void withoutDiacriticsAccentsAreNotGuessed() {
        assertThat(validator.check(FULL, "pham thi hoa").value()).isEqualTo("Pham Thi Hoa");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Nguyễn Văn 2 | Họ tên không có chữ số; bạn ghi lại họ tên bằng chữ giúp tôi nhé.",
                "Nguyễn V. An | Họ tên chỉ gồm chữ cái, dấu cách, dấu gạch nối (-) hoặc dấu nháy ('); bạn bỏ các ký hiệu"
                        + " khác giúp tôi nhé.",
                "an@gmail.com | Họ tên chỉ gồm chữ cái, dấu cách, dấu gạch nối (-) hoặc dấu nháy ('); bạn bỏ các ký hiệu"
                        + " khác giúp tôi nhé.",
                "阮文安 an | Họ tên chỉ gồm chữ cái, dấu cách, dấu gạch nối (-) hoặc dấu nháy ('); bạn bỏ các ký hiệu khác"
                        + " giúp tôi nhé.",
                "-Nguyễn An | Dấu gạch nối (-) và dấu nháy (') chỉ đứng giữa các chữ cái của họ tên; bạn ghi lại giúp tôi"
                        + " nhé.",
                "Nguyễn--An | Dấu gạch nối (-) và dấu nháy (') chỉ đứng giữa các chữ cái của họ tên; bạn ghi lại giúp tôi"
                        + " nhé.",
                "An | Bạn ghi đầy đủ họ, chữ đệm (nếu có) và tên, ví dụ: Nguyễn Văn An.",
                "nguyenvanan | Bạn ghi đầy đủ họ, chữ đệm (nếu có) và tên, ví dụ: Nguyễn Văn An.",
                "' ' | Bạn chưa trả lời mục “Họ, chữ đệm và tên”."
            })
    void refusedWithAReason(String raw, String message) {
        Checked c = validator.check(FULL, raw);
        assertThat(c.valid()).as(raw).isFalse();
        assertThat(c.message()).isEqualTo(message);
    }

    @Test
    void lengthIsTwoToAHundredCharacters() {
        assertThat(validator.check(OTHER, "A").message()).isEqualTo("Họ tên ngắn quá; bạn ghi đầy đủ giúp tôi nhé.");
        assertThat(validator.check(OTHER, "Bo").valid()).isTrue();
        String hundred = "Nguyễn " + "a".repeat(93);
        assertThat(Answers.length(hundred)).isEqualTo(100);
        assertThat(validator.check(FULL, hundred).valid()).isTrue();
        assertThat(validator.check(FULL, hundred + "b").message())
                .isEqualTo("Họ tên dài quá: tối đa 100 ký tự; bạn kiểm tra lại giúp tôi nhé.");
    }

    @Test
    void aFieldsShorterMaxLengthApplies() {
        FormField short20 = new FormField(
                "ho-ten", "Họ và tên", null, null, FieldType.NAME, true, java.util.List.of(), 20, false, null);
        assertThat(validator.check(short20, "Nguyễn Thị Minh Khai").valid()).isTrue();
        assertThat(validator.check(short20, "Nguyễn Thị Minh Khaii").message())
                .isEqualTo("Họ tên dài quá: tối đa 20 ký tự; bạn kiểm tra lại giúp tôi nhé.");
    }

    @Test
    void aFieldForAnOtherNameTakesOneWord() {
        Checked c = validator.check(OTHER, "bống");
        assertThat(c.valid()).isTrue();
        assertThat(c.value()).isEqualTo("Bống");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Họ, chữ đệm và tên | true",
                "Họ và tên | true",
                "Họ tên người đi khai | true",
                "Người làm chứng | true",
                "Tên gọi khác | false",
                "Tên | false"
            })
    void whichFieldsAskForAFullName(String label, boolean full) {
        assertThat(NameValidator.fullName(Fields.of("x", label, FieldType.NAME)))
                .isEqualTo(full);
    }
}
