package vn.gov.assistant.core.forms.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.assistant.core.forms.FieldType;
import vn.gov.assistant.core.forms.FormField;

class PlaceValidatorTest {

    private static final FormField RESIDENCE = Fields.of("noi-cu-tru", "Nơi cư trú (xã/phường, tỉnh)", FieldType.PLACE);
    private static final FormField BIRTH_PROVINCE = Fields.of("noi-sinh-tinh", "Nơi sinh (tỉnh)", FieldType.PLACE);

    private static final String DISTRICT_NOTE =
            "Từ 1/7/2025 không còn cấp huyện, nên tôi không ghi quận/huyện vào địa chỉ.";
    private static final String RENAMED = " Nếu tên xã/phường cũng đã đổi, bạn cho tôi biết tên mới nhé.";

    private final PlaceValidator validator = new PlaceValidator();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "phường Ba Đình, Hà Nội | Phường Ba Đình, Thành phố Hà Nội",
                "Phường Ba Đình, thành phố Hà Nội | Phường Ba Đình, Thành phố Hà Nội",
                "phuong ba dinh ha noi | Phường Ba Dinh, Thành phố Hà Nội",
                "xa Tan Lap tinh Dak Lak | Xã Tan Lap, Tỉnh Đắk Lắk",
                "xã Tân Lập, tỉnh Đắk Lắk | Xã Tân Lập, Tỉnh Đắk Lắk",
                "XÃ TÂN LẬP ĐẮK LẮK | Xã Tân Lập, Tỉnh Đắk Lắk",
                "tỉnh Đắk Lắk, xã Tân Lập | Xã Tân Lập, Tỉnh Đắk Lắk",
                "Đắk Lắk xã Tân Lập | Xã Tân Lập, Tỉnh Đắk Lắk",
                "xã Tân Lập, Daklak | Xã Tân Lập, Tỉnh Đắk Lắk",
                "phường Sài Gòn, TP.HCM | Phường Sài Gòn, Thành phố Hồ Chí Minh",
                "phường Sài Gòn, TP. Hồ Chí Minh | Phường Sài Gòn, Thành phố Hồ Chí Minh",
                "phường Bến Thành tphcm | Phường Bến Thành, Thành phố Hồ Chí Minh",
                "phường Bến Thành, Sài Gòn | Phường Bến Thành, Thành phố Hồ Chí Minh",
                "p. Bến Thành, HCM | Phường Bến Thành, Thành phố Hồ Chí Minh",
                "phường Tân Định, SG | Phường Tân Định, Thành phố Hồ Chí Minh",
                "phường Hoàn Kiếm, HN | Phường Hoàn Kiếm, Thành phố Hà Nội",
                "đặc khu Phú Quốc, An Giang | Đặc khu Phú Quốc, Tỉnh An Giang",
                "dac khu con dao tp ho chi minh | Đặc khu Con Dao, Thành phố Hồ Chí Minh",
                "phường Thuận Hóa, thành phố Huế | Phường Thuận Hóa, Thành phố Huế",
                "P12, Cà Mau | Phường 12, Tỉnh Cà Mau",
                "xã Ea H'leo, Đắk Lắk | Xã Ea H'Leo, Tỉnh Đắk Lắk",
                "thôn 3, xã Tân Lập, tỉnh Đắk Lắk | Thôn 3, Xã Tân Lập, Tỉnh Đắk Lắk",
                "Tỉnh Đắk Lắk, xã Tân Lập, thôn 3 | Thôn 3, Xã Tân Lập, Tỉnh Đắk Lắk",
                "số 5 phố Huế, phường Hai Bà Trưng, Hà Nội | Số 5 phố Huế, Phường Hai Bà Trưng, Thành phố Hà Nội",
                "phường Hà Giang 1, tỉnh Tuyên Quang | Phường Hà Giang 1, Tỉnh Tuyên Quang",
                "xã Long An, Tây Ninh | Xã Long An, Tỉnh Tây Ninh",
                "xã Quan Sơn, Thanh Hóa | Xã Quan Sơn, Tỉnh Thanh Hóa",
                "xa quan son thanh hoa | Xã Quan Son, Tỉnh Thanh Hóa",
                "xã Tân Lập, Đắk Lắk, Việt Nam | Xã Tân Lập, Tỉnh Đắk Lắk",
                "phường Đồng Xoài; Đồng Nai. | Phường Đồng Xoài, Tỉnh Đồng Nai",
                "xã Hòa Bình, tỉnh Phú Thọ | Xã Hòa Bình, Tỉnh Phú Thọ",
                "xã Đồng Tháp, Hà Nội | Xã Đồng Tháp, Thành phố Hà Nội",
                "Cần Thơ phường Ninh Kiều | Phường Ninh Kiều, Thành phố Cần Thơ",
                "Tp.Hồ Chí Minh, P.Sài Gòn | Phường Sài Gòn, Thành phố Hồ Chí Minh",
                "Bệnh viện Bạch Mai, phường Kim Liên, Hà Nội | Bệnh viện Bạch Mai, Phường Kim Liên, Thành phố Hà Nội",
                "số nhà 5, đường Hà Nội, phường Thủ Đức, TP HCM | Số nhà 5, Đường Hà Nội, Phường Thủ Đức, Thành phố Hồ"
                        + " Chí Minh",
                "đặc khu Vân Đồn tỉnh Quảng Ninh | Đặc khu Vân Đồn, Tỉnh Quảng Ninh"
            })
    void communeAndProvince(String raw, String stored) {
        Checked c = validator.check(RESIDENCE, raw);
        assertThat(c.valid()).as(raw + " -> " + c.message()).isTrue();
        assertThat(c.value()).isEqualTo(stored);
        assertThat(c.message()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "xã Minh Tân, Hà Giang | Xã Minh Tân, Tỉnh Tuyên Quang | Từ 1/7/2025 tỉnh Hà Giang đã hợp nhất vào tỉnh"
                        + " Tuyên Quang; tôi ghi là tỉnh Tuyên Quang.",
                "xa minh tan tinh ha giang | Xã Minh Tan, Tỉnh Tuyên Quang | Từ 1/7/2025 tỉnh Hà Giang đã hợp nhất vào"
                        + " tỉnh Tuyên Quang; tôi ghi là tỉnh Tuyên Quang.",
                "phường Vũng Tàu, Bà Rịa - Vũng Tàu | Phường Vũng Tàu, Thành phố Hồ Chí Minh | Từ 1/7/2025 tỉnh Bà Rịa -"
                        + " Vũng Tàu đã hợp nhất vào thành phố Hồ Chí Minh; tôi ghi là thành phố Hồ Chí Minh.",
                "phường Thủ Dầu Một, BRVT | Phường Thủ Dầu Một, Thành phố Hồ Chí Minh | Từ 1/7/2025 tỉnh Bà Rịa - Vũng"
                        + " Tàu đã hợp nhất vào thành phố Hồ Chí Minh; tôi ghi là thành phố Hồ Chí Minh.",
                "phường Hải Dương, tỉnh Hải Dương | Phường Hải Dương, Thành phố Hải Phòng | Từ 1/7/2025 tỉnh Hải Dương đã"
                        + " hợp nhất vào thành phố Hải Phòng; tôi ghi là thành phố Hải Phòng.",
                "xã Hội An, Quảng Nam | Xã Hội An, Thành phố Đà Nẵng | Từ 1/7/2025 tỉnh Quảng Nam đã hợp nhất vào thành"
                        + " phố Đà Nẵng; tôi ghi là thành phố Đà Nẵng.",
                "xã Phú Vang, Thừa Thiên Huế | Xã Phú Vang, Thành phố Huế | Tỉnh Thừa Thiên Huế nay là thành phố Huế; tôi"
                        + " ghi là thành phố Huế.",
                "xã Phú Vang, TT Huế | Xã Phú Vang, Thành phố Huế | Tỉnh Thừa Thiên Huế nay là thành phố Huế; tôi ghi là"
                        + " thành phố Huế.",
                "phường Sóc Trăng, soc trang | Phường Sóc Trăng, Thành phố Cần Thơ | Từ 1/7/2025 tỉnh Sóc Trăng đã hợp"
                        + " nhất vào thành phố Cần Thơ; tôi ghi là thành phố Cần Thơ.",
                "xã Tân Lập, Bắc Cạn | Xã Tân Lập, Tỉnh Thái Nguyên | Từ 1/7/2025 tỉnh Bắc Kạn đã hợp nhất vào tỉnh Thái"
                        + " Nguyên; tôi ghi là tỉnh Thái Nguyên."
            })
    void anOldProvinceIsStoredAsTheNewOneWithANote(String raw, String stored, String note) {
        Checked c = validator.check(RESIDENCE, raw);
        assertThat(c.valid()).as(raw + " -> " + c.message()).isTrue();
        assertThat(c.value()).isEqualTo(stored);
        assertThat(c.message()).isEqualTo(note + RENAMED);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "phường Bến Nghé, quận 1, TP HCM | Phường Bến Nghé, Thành phố Hồ Chí Minh",
                "P. Bến Nghé, Q.1, TP.HCM | Phường Bến Nghé, Thành phố Hồ Chí Minh",
                "phường Bến Nghé Q1 tphcm | Phường Bến Nghé, Thành phố Hồ Chí Minh",
                "xã Bát Tràng, huyện Gia Lâm, Hà Nội | Xã Bát Tràng, Thành phố Hà Nội",
                "xã Tân Lập, huyện Krông Búk, tỉnh Đắk Lắk | Xã Tân Lập, Tỉnh Đắk Lắk",
                "xã Tân Lập, Krông Búk, Đắk Lắk | Xã Tân Lập, Tỉnh Đắk Lắk",
                "phường Tân Lập, thành phố Buôn Ma Thuột, Đắk Lắk | Phường Tân Lập, Tỉnh Đắk Lắk",
                "phường Linh Xuân, tp Thủ Đức, tp Hồ Chí Minh | Phường Linh Xuân, Thành phố Hồ Chí Minh",
                "phường Sơn Tây, thị xã Sơn Tây, Hà Nội | Phường Sơn Tây, Thành phố Hà Nội",
                "Hà Nội, quận Ba Đình, phường Ngọc Hà | Phường Ngọc Hà, Thành phố Hà Nội",
                "tỉnh Quảng Ninh thành phố Hạ Long phường Hồng Gai | Phường Hồng Gai, Tỉnh Quảng Ninh",
                "xã Ea Kar, H. Ea Kar, Đắk Lắk | Xã Ea Kar, Tỉnh Đắk Lắk",
                "phường 5 quận 3 tphcm | Phường 5, Thành phố Hồ Chí Minh",
                "phường Lào Cai, thành phố Lào Cai, tỉnh Lào Cai | Phường Lào Cai, Tỉnh Lào Cai"
            })
    void aDistrictIsLeftOutWithANote(String raw, String stored) {
        Checked c = validator.check(RESIDENCE, raw);
        assertThat(c.valid()).as(raw + " -> " + c.message()).isTrue();
        assertThat(c.value()).isEqualTo(stored);
        assertThat(c.message()).isEqualTo(DISTRICT_NOTE);
    }

    @Test
    void anOldProvinceAndADistrictGiveBothNotes() {
        Checked c = validator.check(RESIDENCE, "xã Minh Tân, huyện Vị Xuyên, tỉnh Hà Giang");
        assertThat(c.value()).isEqualTo("Xã Minh Tân, Tỉnh Tuyên Quang");
        assertThat(c.message())
                .isEqualTo("Từ 1/7/2025 tỉnh Hà Giang đã hợp nhất vào tỉnh Tuyên Quang; tôi ghi là tỉnh Tuyên Quang."
                        + RENAMED + " " + DISTRICT_NOTE);
    }

    @Test
    void theSameProvinceUnderItsOldAndNewNameIsOne() {
        Checked c = validator.check(RESIDENCE, "xã Minh Tân, Hà Giang, Tuyên Quang");
        assertThat(c.valid()).isTrue();
        assertThat(c.value()).isEqualTo("Xã Minh Tân, Tỉnh Tuyên Quang");
        assertThat(c.message()).isEmpty();
    }

    @Test
    void aTownNextToACommuneIsLeftOutWithANote() {
        Checked c = validator.check(RESIDENCE, "xã Trâu Quỳ, thị trấn Trâu Quỳ, Hà Nội");
        assertThat(c.value()).isEqualTo("Xã Trâu Quỳ, Thành phố Hà Nội");
        assertThat(c.message()).isEqualTo("Từ 1/7/2025 không còn thị trấn, nên tôi chỉ ghi xã/phường.");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "quận 1, TP HCM | Từ 1/7/2025 không còn cấp huyện; bạn cho tôi biết tên xã/phường hiện nay nhé.",
                "huyện Gia Lâm, Hà Nội | Từ 1/7/2025 không còn cấp huyện; bạn cho tôi biết tên xã/phường hiện nay nhé.",
                "thị xã Sơn Tây, Hà Nội | Từ 1/7/2025 không còn cấp huyện; bạn cho tôi biết tên xã/phường hiện nay nhé.",
                "thành phố Buôn Ma Thuột, Đắk Lắk | Từ 1/7/2025 không còn cấp huyện; bạn cho tôi biết tên xã/phường hiện"
                        + " nay nhé.",
                "thị trấn Trâu Quỳ, Hà Nội | Từ 1/7/2025 không còn thị trấn (thị trấn cũ nay thuộc một xã hoặc phường);"
                        + " bạn cho tôi biết tên xã/phường hiện nay nhé.",
                "Hà Nội | Bạn cho tôi biết cả xã/phường/đặc khu (ví dụ: phường Ba Đình, thành phố Hà Nội).",
                "tỉnh Đắk Lắk | Bạn cho tôi biết cả xã/phường/đặc khu (ví dụ: phường Ba Đình, thành phố Hà Nội).",
                "Ba Đình, Hà Nội | Bạn ghi rõ là xã, phường hay đặc khu giúp tôi (ví dụ: phường Ba Đình, thành phố Hà"
                        + " Nội).",
                "phường Ba Đình | Tôi chưa nhận ra tỉnh/thành phố. Bạn ghi cả xã/phường và tỉnh/thành phố giúp tôi (ví"
                        + " dụ: phường Ba Đình, thành phố Hà Nội).",
                "phường Hà Giang 1 | Tôi chưa nhận ra tỉnh/thành phố. Bạn ghi cả xã/phường và tỉnh/thành phố giúp tôi (ví"
                        + " dụ: phường Ba Đình, thành phố Hà Nội).",
                "xã Tân Lập, tỉnh Tân Mỹ | Tôi chưa nhận ra tỉnh/thành phố. Bạn ghi cả xã/phường và tỉnh/thành phố giúp"
                        + " tôi (ví dụ: phường Ba Đình, thành phố Hà Nội).",
                "xã Tân Lập, tỉnh Đắk Nông Mới | Tôi chưa hiểu rõ địa chỉ này; bạn ghi theo thứ tự xã/phường rồi"
                        + " tỉnh/thành phố giúp tôi (ví dụ: phường Ba Đình, thành phố Hà Nội).",
                "Hà Nội, phường Ba Đình, thôn 3, Nam Định | Câu trả lời có hai tỉnh/thành phố; bạn ghi một xã/phường và"
                        + " một tỉnh/thành phố thôi nhé.",
                "phường Ba Đình, phường Ngọc Hà, Hà Nội | Câu trả lời có nhiều xã/phường; bạn ghi một xã/phường thôi nhé.",
                "xã Tân Lập, tỉnh Foo, tỉnh Đắk Lắk | Câu trả lời có hai tỉnh/thành phố; bạn ghi một xã/phường và một"
                        + " tỉnh/thành phố thôi nhé.",
                "' ' | Bạn chưa trả lời mục “Nơi cư trú (xã/phường, tỉnh)”."
            })
    void askedAgain(String raw, String message) {
        Checked c = validator.check(RESIDENCE, raw);
        assertThat(c.valid()).as(raw).isFalse();
        assertThat(c.message()).isEqualTo(message);
    }

    @Test
    void aDiacriticTypedMustBeTheProvinces() {
        // "Huệ" is not "Huế"
        assertThat(validator.check(RESIDENCE, "xã Phú Vang, Huệ").valid()).isFalse();
        assertThat(validator.check(RESIDENCE, "xã Phú Vang, Hue").value()).isEqualTo("Xã Phú Vang, Thành phố Huế");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Hà Nội | Thành phố Hà Nội | ''",
                "ha noi | Thành phố Hà Nội | ''",
                "tỉnh Đắk Lắk | Tỉnh Đắk Lắk | ''",
                "TP HCM | Thành phố Hồ Chí Minh | ''",
                "Sài Gòn | Thành phố Hồ Chí Minh | ''",
                "xã Tân Lập, Đắk Lắk | Tỉnh Đắk Lắk | ''",
                "Hà Giang | Tỉnh Tuyên Quang | Từ 1/7/2025 tỉnh Hà Giang đã hợp nhất vào tỉnh Tuyên Quang; tôi ghi là"
                        + " tỉnh Tuyên Quang.",
                "tinh vinh phuc | Tỉnh Phú Thọ | Từ 1/7/2025 tỉnh Vĩnh Phúc đã hợp nhất vào tỉnh Phú Thọ; tôi ghi là"
                        + " tỉnh Phú Thọ.",
                "Thừa Thiên Huế | Thành phố Huế | Tỉnh Thừa Thiên Huế nay là thành phố Huế; tôi ghi là thành phố Huế."
            })
    void aProvinceOnlyField(String raw, String stored, String note) {
        Checked c = validator.check(BIRTH_PROVINCE, raw);
        assertThat(c.valid()).as(raw).isTrue();
        assertThat(c.value()).isEqualTo(stored);
        assertThat(c.message()).isEqualTo(note);
    }

    @Test
    void aProvinceOnlyFieldStillNeedsAProvince() {
        Checked c = validator.check(BIRTH_PROVINCE, "Ba Đình");
        assertThat(c.valid()).isFalse();
        assertThat(c.message())
                .isEqualTo("Tôi chưa nhận ra tỉnh/thành phố; bạn ghi lại tên tỉnh hoặc thành phố trực thuộc trung ương"
                        + " giúp tôi (ví dụ: tỉnh Đắk Lắk).");
    }
}
