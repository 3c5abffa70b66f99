package vn.gov.assistant.core.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static vn.gov.assistant.core.llm.PersonalDataMasker.DIGITS;
import static vn.gov.assistant.core.llm.PersonalDataMasker.EMAIL;
import static vn.gov.assistant.core.llm.PersonalDataMasker.IDENTITY_NUMBER;
import static vn.gov.assistant.core.llm.PersonalDataMasker.PASSPORT;
import static vn.gov.assistant.core.llm.PersonalDataMasker.PHONE_NUMBER;
import static vn.gov.assistant.core.llm.PersonalDataMasker.mask;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataMaskerTest {

    @ParameterizedTest
    @ValueSource(strings = {"001203004567", "001 203 004 567", "001.203.004.567", "0012 0300 4567", "001203 004567"})
    void citizenIdentityNumberIsMaskedHoweverItIsGrouped(String number) {
        assertThat(mask("CCCD của tôi là " + number + ", cần làm lại"))
                .isEqualTo("CCCD của tôi là " + IDENTITY_NUMBER + ", cần làm lại");
    }

    @ParameterizedTest
    @ValueSource(strings = {"012345678", "271234567", "012 345 678", "012.345.678"})
    void oldIdentityCardNumberIsMasked(String number) {
        assertThat(mask("CMND số " + number + " đã hết hạn")).isEqualTo("CMND số " + IDENTITY_NUMBER + " đã hết hạn");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0912345678",
                "0912 345 678",
                "0912.345.678",
                "0912-345-678",
                "091 234 5678",
                "091-234-5678",
                "+84 912 345 678",
                "+84912345678",
                "+84 91 234 5678",
                "84912345678",
                "84 912 345 678",
                "024 3825 1234",
                "02438251234",
                "(024) 3825 1234",
                "(+84) 912 345 678",
                "+1 202 555 0100",
                "+33 1 42 68 53 00"
            })
    void phoneNumberIsMasked(String number) {
        assertThat(mask("Gọi cho tôi qua số " + number + " nhé"))
                .isEqualTo("Gọi cho tôi qua số " + PHONE_NUMBER + " nhé");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nguyen.van.a@gmail.com", "le_thi-b+hoso@cong-an.gov.vn", "Tran.B1990@Yahoo.COM.VN"})
    void emailAddressIsMasked(String email) {
        assertThat(mask("Gửi kết quả về " + email + ".")).isEqualTo("Gửi kết quả về " + EMAIL + ".");
    }

    @ParameterizedTest
    @ValueSource(strings = {"B1234567", "C7654321", "n2345678"})
    void passportNumberIsMasked(String passport) {
        assertThat(mask("hộ chiếu số " + passport + " bị mất")).isEqualTo("hộ chiếu số " + PASSPORT + " bị mất");
    }

    @Test
    void otherLongDigitRunIsMaskedSinceItMayBeAnAccount() {
        assertThat(mask("chuyển khoản vào tài khoản 19034567890123 được không"))
                .isEqualTo("chuyển khoản vào tài khoản " + DIGITS + " được không");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Thủ tục 1.004194 và 2.000986",
                "Lệ phí 7.000 đồng, nộp trực tiếp 10.000 đồng/người/lần",
                "lệ phí 100000 đồng",
                "vốn điều lệ 100.000.000.000 đồng",
                "phạt 500000000 đồng",
                "mức 500 000 000 đồng",
                "giá trị 1.000.000.000",
                "hợp đồng 100.000.000",
                "1,5 triệu đồng",
                "giảm 50% lệ phí",
                "ngày 15/10/2024, 01.02.2024 hoặc 01-02-2024 lúc 10 giờ",
                "ngày 01.02.2024 10:30",
                "theo Quyết định 144/QĐ-BCA và Nghị định 01/2021/NĐ-CP",
                "Thông tư số 66/2023/TT-BCA",
                "Tờ khai Mẫu CT01, mẫu số 02, TK1-TS",
                "trong 15 ngày làm việc, 3 ngày, 02 bộ hồ sơ",
                "năm 2024 có 12 tháng",
                "tổng đài 1900 1234",
                "khoản 3 Điều 5"
            })
    void procedureFactsAreLeftAlone(String text) {
        assertThat(mask(text)).isEqualTo(text);
    }

    @Test
    void everyKindInOneQuestionIsMaskedAndTheProcedureFactsKept() {
        String question = "Tôi là Nguyễn Văn A, CCCD 001203004567, SĐT 0912 345 678, email a.nguyen@gmail.com, "
                + "hỏi thủ tục 1.004194 lệ phí 7.000 đồng, trong 3 ngày làm việc có xong không?";

        assertThat(mask(question))
                .isEqualTo("Tôi là Nguyễn Văn A, CCCD " + IDENTITY_NUMBER + ", SĐT " + PHONE_NUMBER + ", email " + EMAIL
                        + ", hỏi thủ tục 1.004194 lệ phí 7.000 đồng, trong 3 ngày làm việc có xong không?");
    }

    @Test
    void adjacentNumbersAreMaskedSeparately() {
        assertThat(mask("001203004567 0912345678")).isEqualTo(IDENTITY_NUMBER + " " + PHONE_NUMBER);
        assertThat(mask("năm 2024 0912345678")).isEqualTo("năm 2024 " + PHONE_NUMBER);
        assertThat(mask("mã 1.004194 012345678")).isEqualTo("mã 1.004194 " + IDENTITY_NUMBER);
    }

    @Test
    void numbersGluedToPunctuationAreMasked() {
        assertThat(mask("(0912345678)")).isEqualTo("(" + PHONE_NUMBER + ")");
        assertThat(mask("SĐT:0912345678;CCCD:001203004567."))
                .isEqualTo("SĐT:" + PHONE_NUMBER + ";CCCD:" + IDENTITY_NUMBER + ".");
    }

    @Test
    void maskingIsIdempotent() {
        String once = mask("CCCD 001 203 004 567, gọi +84 912 345 678, thư a@b.vn, hộ chiếu B1234567");

        assertThat(mask(once)).isEqualTo(once);
        assertThat(once).doesNotContainPattern("\\d");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 2 3 4 5 6 7 8 9 ", "1.000", "A1-", "a.", "x@y.", "(024) "})
    void longRunsAreReadInLinearTimeWithoutOverflowingTheStack(String unit) {
        String flood = unit.repeat(40_000);

        String masked = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> mask(flood));

        assertThat(masked).isNotEmpty();
    }

    @Test
    void emptyAndNullArePassedThrough() {
        assertThat(mask("")).isEmpty();
        assertThat(mask(null)).isNull();
    }
}
