package vn.gov.assistant.core.forms.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.assistant.core.forms.FieldType;
import vn.gov.assistant.core.forms.FormField;
import vn.gov.assistant.core.forms.validate.PidValidator.Decoded;
import vn.gov.assistant.core.forms.validate.PidValidator.Sex;

class PidValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 15);
    private static final FormField FIELD = Fields.of("so-dinh-danh", "Số định danh cá nhân", FieldType.PID);

    private final PidValidator validator = new PidValidator();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "001090012345 | 001090012345",
                "001 090 012 345 | 001090012345",
                "001.090.012.345 | 001090012345",
                "  079-195-000-123  | 079195000123",
                "096300001234 | 096300001234",
                "038225000001 | 038225000001",
                "046185000001 | 046185000001"
            })
    void valid(String raw, String stored) {
        Checked c = validator.check(FIELD, raw, TODAY);
        assertThat(c.valid()).as(raw).isTrue();
        assertThat(c.value()).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "099090012345 | 3 số đầu phải là mã tỉnh nơi đăng ký khai sinh, 099 không phải mã tỉnh; bạn kiểm tra lại"
                        + " giúp tôi nhé.",
                "003090012345 | 3 số đầu phải là mã tỉnh nơi đăng ký khai sinh, 003 không phải mã tỉnh; bạn kiểm tra lại"
                        + " giúp tôi nhé.",
                "000000000000 | 3 số đầu phải là mã tỉnh nơi đăng ký khai sinh, 000 không phải mã tỉnh; bạn kiểm tra lại"
                        + " giúp tôi nhé.",
                "001226012345 | Số thứ 4 (thế kỷ sinh và giới tính) cùng hai số thứ 5 và 6 (năm sinh) cho năm sinh 2026,"
                        + " là năm chưa tới; bạn kiểm tra lại giúp tôi nhé.",
                "001400012345 | Số thứ 4 (thế kỷ sinh và giới tính) cùng hai số thứ 5 và 6 (năm sinh) cho năm sinh 2100,"
                        + " là năm chưa tới; bạn kiểm tra lại giúp tôi nhé.",
                "00109001234 | Số định danh cá nhân có đúng 12 chữ số, bạn đã ghi 11 chữ số; bạn kiểm tra lại giúp tôi"
                        + " nhé.",
                "0010900123456 | Số định danh cá nhân có đúng 12 chữ số, bạn đã ghi 13 chữ số; bạn kiểm tra lại giúp tôi"
                        + " nhé.",
                "012345678 | Đây có vẻ là số chứng minh nhân dân cũ (9 số). Bạn ghi số định danh cá nhân 12 số (in trên"
                        + " thẻ căn cước hoặc căn cước công dân) giúp tôi nhé.",
                "00109001234A | Số định danh cá nhân chỉ gồm 12 chữ số (có thể cách nhau bằng dấu cách hoặc dấu chấm);"
                        + " bạn ghi lại giúp tôi nhé.",
                "' ' | Bạn chưa trả lời mục “Số định danh cá nhân”."
            })
    void invalidSaysWhichPartIsWrong(String raw, String message) {
        Checked c = validator.check(FIELD, raw, TODAY);
        assertThat(c.valid()).as(raw).isFalse();
        assertThat(c.message()).isEqualTo(message);
    }

    @Test
    void theWholeNumberIsNeverInAMessage() {
        for (String raw : new String[] {"099090012345", "001226012345", "00109001234", "00109001234A"}) {
            assertThat(validator.check(FIELD, raw, TODAY).message()).doesNotContain(raw.substring(3));
        }
        assertThat(PidValidator.inconsistency("001090012345", LocalDate.of(1991, 1, 1), null))
                .hasValueSatisfying(m -> assertThat(m).doesNotContain("001090012345"));
    }

    @Test
    void everyOneOfThe63ProvinceCodesIsKnown() {
        String codes = "001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035"
                + " 036 037 038 040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074"
                + " 075 077 079 080 082 083 084 086 087 089 091 092 093 094 095 096";
        String[] all = codes.split(" ");
        assertThat(all).hasSize(63);
        for (String code : all) {
            assertThat(validator.check(FIELD, code + "090012345", TODAY).valid())
                    .as(code)
                    .isTrue();
        }
        assertThat(PidValidator.decode("079090012345").map(Decoded::province)).hasValue("TP. Hồ Chí Minh");
        assertThat(PidValidator.decode("046090012345").map(Decoded::province)).hasValue("Thừa Thiên Huế");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "001090012345 | 1990 | MALE",
                "001190012345 | 1990 | FEMALE",
                "001200012345 | 2000 | MALE",
                "001325012345 | 2025 | FEMALE",
                "001099012345 | 1999 | MALE",
                "001885012345 | 2385 | MALE"
            })
    void decodesCenturyYearAndSex(String pid, int year, Sex sex) {
        Decoded d = PidValidator.decode(pid).orElseThrow();
        assertThat(d.birthYear()).isEqualTo(year);
        assertThat(d.sex()).isEqualTo(sex);
        assertThat(d.provinceCode()).isEqualTo("001");
        assertThat(d.province()).isEqualTo("Hà Nội");
    }

    @Test
    void decodingAMalformedNumberGivesNothing() {
        assertThat(PidValidator.decode(null)).isEmpty();
        assertThat(PidValidator.decode("0010900123")).isEmpty();
        assertThat(PidValidator.decode("099090012345")).isEmpty();
        assertThat(PidValidator.decode("001 090 012 345")).isPresent();
    }

    @Test
    void consistencyWithBirthDateAndSex() {
        assertThat(PidValidator.inconsistency("001190012345", LocalDate.of(1990, 5, 1), Sex.FEMALE))
                .isEmpty();
        assertThat(PidValidator.inconsistency("001190012345", null, null)).isEmpty();
        assertThat(PidValidator.inconsistency("001190012345", LocalDate.of(1991, 5, 1), Sex.FEMALE))
                .hasValue("Số định danh cá nhân cho biết năm sinh 1990 nhưng ngày sinh đã khai là 01/05/1991; bạn kiểm"
                        + " tra lại một trong hai giúp tôi nhé.");
        assertThat(PidValidator.inconsistency("001190012345", LocalDate.of(1990, 5, 1), Sex.MALE))
                .hasValue("Số thứ 4 của số định danh cá nhân cho biết giới tính nữ nhưng giới tính đã khai là nam; bạn"
                        + " kiểm tra lại một trong hai giúp tôi nhé.");
        assertThat(PidValidator.inconsistency("001290012345", LocalDate.of(1990, 5, 1), Sex.MALE))
                .hasValue("Số định danh cá nhân cho biết năm sinh 2090 nhưng ngày sinh đã khai là 01/05/1990; bạn kiểm"
                        + " tra lại một trong hai giúp tôi nhé.");
        assertThat(PidValidator.inconsistency("12345", LocalDate.of(1990, 5, 1), Sex.MALE))
                .hasValue("Số định danh cá nhân chưa đúng (phải có 12 chữ số, 3 số đầu là mã tỉnh nơi đăng ký khai"
                        + " sinh).");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"Nam | MALE", "nam | MALE", "Nữ | FEMALE", "nu | FEMALE", "NỮ | FEMALE", "giới tính nữ | FEMALE"})
    void sexFromTheStoredAnswer(String answer, Sex sex) {
        assertThat(Sex.fromAnswer(answer)).hasValue(sex);
    }

    @Test
    void anythingElseIsNoSex() {
        assertThat(Sex.fromAnswer("năm")).isEmpty();
        assertThat(Sex.fromAnswer("khác")).isEmpty();
        assertThat(Sex.fromAnswer(null)).isEmpty();
    }
}
