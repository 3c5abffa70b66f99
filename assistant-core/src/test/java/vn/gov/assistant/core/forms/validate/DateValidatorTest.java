package vn.gov.assistant.core.forms.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.assistant.core.forms.FormField;

class DateValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 15);
    private static final FormField PAST = Fields.date(false);
    private static final FormField FUTURE = Fields.date(true);

    private static final String FORMAT =
            "Ngày chưa đúng dạng; bạn ghi theo thứ tự ngày/tháng/năm (ví dụ: 05/03/2024 hoặc 5 tháng 3 năm 2024).";

    private final DateValidator validator = new DateValidator();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "05/03/2024 | 05/03/2024",
                "5/3/2024 | 05/03/2024",
                "05-03-2024 | 05/03/2024",
                "5.3.2024 | 05/03/2024",
                "5 / 3 / 2024 | 05/03/2024",
                "05 03 2024 | 05/03/2024",
                "5 tháng 3 năm 2024 | 05/03/2024",
                "ngày 5 tháng 3 năm 2024 | 05/03/2024",
                "Ngày 05 tháng 03 năm 2024. | 05/03/2024",
                "05 thang 3 nam 2024 | 05/03/2024",
                "ngay 5 thang 3 nam 2024 | 05/03/2024",
                "5 tháng 3 2024 | 05/03/2024",
                "5 thg 3 2024 | 05/03/2024",
                "5 tháng 3, 2024 | 05/03/2024",
                "ngày 5/3/2024 | 05/03/2024",
                "mùng 5 tháng 3 năm 2024 | 05/03/2024",
                "ngày mồng 5 tháng ba năm 2024 | 05/03/2024",
                "1 tháng mười hai năm 1999 | 01/12/1999",
                "20 thang muoi nam 1990 | 20/10/1990",
                "15 tháng năm năm 2020 | 15/05/2020",
                "05032024 | 05/03/2024",
                "2024-03-05 | 05/03/2024",
                "29/02/2024 | 29/02/2024",
                "01/01/1900 | 01/01/1900",
                "15/09/2025 | 15/09/2025"
            })
    void acceptedFormats(String raw, String stored) {
        Checked c = validator.check(PAST, raw, TODAY);
        assertThat(c.valid()).as(raw).isTrue();
        assertThat(c.value()).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "31/02/2024 | Không có ngày 31/2/2024: tháng 2 năm 2024 chỉ có 29 ngày. Bạn kiểm tra lại giúp tôi.",
                "29/02/2023 | Không có ngày 29/2/2023: tháng 2 năm 2023 chỉ có 28 ngày (năm 2023 không phải năm nhuận)."
                        + " Bạn kiểm tra lại giúp tôi.",
                "31/04/2020 | Không có ngày 31/4/2020: tháng 4 năm 2020 chỉ có 30 ngày. Bạn kiểm tra lại giúp tôi.",
                "12/13/2020 | Không có tháng 13: tháng chỉ từ 1 đến 12. Bạn kiểm tra lại giúp tôi (ghi theo thứ tự"
                        + " ngày/tháng/năm).",
                "03/25/2020 | Không có tháng 25: tháng chỉ từ 1 đến 12. Bạn kiểm tra lại giúp tôi (ghi theo thứ tự"
                        + " ngày/tháng/năm).",
                "0/3/2020 | Không có ngày 0: ngày chỉ từ 1 đến 31. Bạn kiểm tra lại giúp tôi.",
                "32 tháng 1 năm 2020 | Không có ngày 32: ngày chỉ từ 1 đến 31. Bạn kiểm tra lại giúp tôi.",
                "5/3/24 | Bạn ghi năm đủ 4 chữ số giúp tôi (ví dụ 2024 chứ không phải 24), để không nhầm thế kỷ.",
                "5 tháng 3 năm 95 | Bạn ghi năm đủ 4 chữ số giúp tôi (ví dụ 2024 chứ không phải 24), để không nhầm thế"
                        + " kỷ.",
                "5/3/202 | Năm phải có 4 chữ số (ví dụ: 05/03/2024 hoặc 5 tháng 3 năm 2024).",
                "31/12/1899 | Năm phải từ 1900 trở về sau; bạn kiểm tra lại giúp tôi.",
                "16/09/2025 | Ngày 16/09/2025 còn ở tương lai (hôm nay là 15/09/2025); bạn kiểm tra lại giúp tôi.",
                "3/2024 | Bạn ghi đủ ngày, tháng và năm giúp tôi (ví dụ: 05/03/2024 hoặc 5 tháng 3 năm 2024).",
                "tháng 3 năm 2024 | Bạn ghi đủ ngày, tháng và năm giúp tôi (ví dụ: 05/03/2024 hoặc 5 tháng 3 năm 2024).",
                "1990 | Bạn ghi đủ ngày, tháng và năm giúp tôi (ví dụ: 05/03/2024 hoặc 5 tháng 3 năm 2024).",
                "' ' | Bạn chưa trả lời mục “Ngày sinh”."
            })
    void refusedWithTheReason(String raw, String message) {
        Checked c = validator.check(PAST, raw, TODAY);
        assertThat(c.valid()).as(raw).isFalse();
        assertThat(c.message()).isEqualTo(message);
        assertThat(c.value()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hôm qua",
                "5 tháng năm 2024",
                "5 tháng mười ba năm 2024",
                "5/3",
                "2024/03/05",
                "5 tháng 3 năm hai nghìn",
                "abc"
            })
    void unreadable(String raw) {
        Checked c = validator.check(PAST, raw, TODAY);
        assertThat(c.valid()).as(raw).isFalse();
        assertThat(c.message()).isEqualTo(FORMAT);
    }

    @Test
    void theFutureIsAcceptedWhenTheFieldAllowsIt() {
        Checked c = validator.check(FUTURE, "01/10/2025", TODAY);
        assertThat(c.valid()).isTrue();
        assertThat(c.value()).isEqualTo("01/10/2025");
        assertThat(validator.check(FUTURE, "01/10/2200", TODAY).message())
                .isEqualTo("Ngày 01/10/2200 xa quá; bạn kiểm tra lại năm giúp tôi.");
    }

    @Test
    void todayDecidesWhatIsFuture() {
        assertThat(validator
                        .check(PAST, "16/09/2025", LocalDate.of(2025, 9, 16))
                        .valid())
                .isTrue();
    }
}
