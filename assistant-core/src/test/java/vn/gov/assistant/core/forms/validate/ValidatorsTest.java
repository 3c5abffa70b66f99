package vn.gov.assistant.core.forms.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.assistant.core.forms.FieldType;
import vn.gov.assistant.core.forms.FormField;

class ValidatorsTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 15);

    private final Validators validators = new Validators();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "TEXT | ho-ten | Ghi chú |  Học sinh  | Học sinh",
                "NAME | ho-ten | Họ, chữ đệm và tên | nguyễn văn AN | Nguyễn Văn An",
                "DATE | ngay-sinh | Ngày sinh | 5 tháng 3 năm 2024 | 05/03/2024",
                "PID | so-dinh-danh | Số định danh cá nhân | 001 090 012 345 | 001090012345",
                "PHONE | dien-thoai | Số điện thoại | +84 912 345 678 | 0912345678",
                "EMAIL | email | Thư điện tử | An@Gmail.com | an@gmail.com",
                "PLACE | noi-cu-tru | Nơi cư trú | xa tan lap tinh dak lak | Xã Tan Lap, Tỉnh Đắk Lắk",
                "PLACE | noi-sinh-tinh | Nơi sinh | Sài Gòn | Thành phố Hồ Chí Minh",
                "YESNO | co-con | Có con chung không | vâng ạ | có",
                "NUMBER | so-con | Số con | ba | 3"
            })
    void dispatchesOnTheFieldsType(FieldType type, String id, String label, String raw, String stored) {
        Checked c = validators.check(Fields.of(id, label, type), raw, TODAY);
        assertThat(c.valid()).as(type + " " + raw + " -> " + c.message()).isTrue();
        assertThat(c.value()).isEqualTo(stored);
    }

    @Test
    void choiceUsesTheFieldsOptions() {
        Checked c = validators.check(Fields.choice("Nam", "Nữ"), "nu", TODAY);
        assertThat(c.value()).isEqualTo("Nữ");
    }

    @Test
    void todayIsPassedToTheDateAndIdentityNumberChecks() {
        FormField birth = Fields.date(false);
        assertThat(validators.check(birth, "01/01/2026", TODAY).valid()).isFalse();
        assertThat(validators
                        .check(birth, "01/01/2026", LocalDate.of(2026, 1, 1))
                        .valid())
                .isTrue();
        FormField pid = Fields.of("so-dinh-danh", "Số định danh cá nhân", FieldType.PID);
        assertThat(validators.check(pid, "001226012345", TODAY).valid()).isFalse();
        assertThat(validators
                        .check(pid, "001226012345", LocalDate.of(2026, 1, 1))
                        .valid())
                .isTrue();
    }

    @Test
    void everyTypeRefusesAnEmptyAnswerInVietnamese() {
        for (FieldType type : FieldType.values()) {
            FormField field =
                    type == FieldType.CHOICE ? Fields.choice("Nam", "Nữ") : Fields.of("truong", "Trường thử", type);
            Checked c = validators.check(field, null, TODAY);
            assertThat(c.valid()).as(type.name()).isFalse();
            assertThat(c.message()).as(type.name()).startsWith("Bạn chưa trả lời mục “");
        }
    }

    @Test
    void fieldAndTodayAreRequired() {
        assertThatThrownBy(() -> validators.check(null, "x", TODAY)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> validators.check(Fields.of(FieldType.TEXT), "x", null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        FormField place = Fields.of("noi-cu-tru", "Nơi cư trú", FieldType.PLACE);
        FormField name = Fields.of("ho-ten", "Họ và tên", FieldType.NAME);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    Checked p = validators.check(place, "phường Ba Đình, quận Ba Đình, HN", TODAY);
                    Checked h = validators.check(name, "trần thị " + (n % 2 == 0 ? "bích" : "hoa"), TODAY);
                    return p.value().equals("Phường Ba Đình, Thành phố Hà Nội")
                            && h.value().equals(n % 2 == 0 ? "Trần Thị Bích" : "Trần Thị Hoa");
                }));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
