package vn.gov.assistant.core.forms.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.assistant.core.forms.validate.Places.Kind;
import vn.gov.assistant.core.forms.validate.Places.Province;

class PlacesTest {

    @Test
    void thirtyFourProvincesOfWhichSixCities() {
        List<Province> all = Places.provinces();
        assertThat(all).hasSize(34);
        assertThat(all.stream().filter(p -> p.kind() == Kind.CITY).map(Province::name))
                .containsExactly("Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ");
        assertThat(all.stream().map(Province::name).distinct()).hasSize(34);
        assertThatThrownBy(() -> all.add(all.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void twentyNineProvincesWereMergedAndOneRenamed() {
        List<String> merged = Places.provinces().stream()
                .flatMap(p -> p.mergedFrom().stream())
                .toList();
        assertThat(merged).hasSize(29).doesNotHaveDuplicates();
        assertThat(Places.provinces().stream()
                        .filter(p -> !p.formerName().isEmpty())
                        .map(p -> p.name() + " <- " + p.formerName()))
                .containsExactly("Huế <- Thừa Thiên Huế");
    }

    @Test
    void everyProvinceOfTheIdentityNumberCodesHasACurrentProvince() {
        // the 63 provinces of 2016: each is a current one, merged into one, or renamed
        for (List<String> row : Tsv.read("places/pid-province-codes.tsv", 2)) {
            assertThat(Places.byName(row.get(1))).as(row.get(1)).isPresent();
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Hà Giang | Tuyên Quang",
                "Yên Bái | Lào Cai",
                "Bắc Kạn | Thái Nguyên",
                "Vĩnh Phúc | Phú Thọ",
                "Hòa Bình | Phú Thọ",
                "Hoà Bình | Phú Thọ",
                "Bắc Giang | Bắc Ninh",
                "Thái Bình | Hưng Yên",
                "Hải Dương | Hải Phòng",
                "Hà Nam | Ninh Bình",
                "Nam Định | Ninh Bình",
                "Quảng Bình | Quảng Trị",
                "Quảng Nam | Đà Nẵng",
                "Kon Tum | Quảng Ngãi",
                "Bình Định | Gia Lai",
                "Ninh Thuận | Khánh Hòa",
                "Đắk Nông | Lâm Đồng",
                "Bình Thuận | Lâm Đồng",
                "Phú Yên | Đắk Lắk",
                "Bà Rịa - Vũng Tàu | Hồ Chí Minh",
                "Bình Dương | Hồ Chí Minh",
                "Bình Phước | Đồng Nai",
                "Long An | Tây Ninh",
                "Sóc Trăng | Cần Thơ",
                "Hậu Giang | Cần Thơ",
                "Bến Tre | Vĩnh Long",
                "Trà Vinh | Vĩnh Long",
                "Tiền Giang | Đồng Tháp",
                "Bạc Liêu | Cà Mau",
                "Kiên Giang | An Giang",
                "Thừa Thiên Huế | Huế",
                "ha giang | Tuyên Quang",
                "BA RIA VUNG TAU | Hồ Chí Minh",
                "HCM | Hồ Chí Minh",
                "TPHCM | Hồ Chí Minh",
                "Sài Gòn | Hồ Chí Minh",
                "sai gon | Hồ Chí Minh",
                "SG | Hồ Chí Minh",
                "HN | Hà Nội",
                "daklak | Đắk Lắk",
                "Thanh Hoá | Thanh Hóa",
                "Lâm Đồng | Lâm Đồng"
            })
    void anyNameGivesTheCurrentProvince(String name, String current) {
        assertThat(Places.byName(name).map(Province::name)).hasValue(current);
    }

    @Test
    void unknownOrMisspeltWithDiacriticsIsNothing() {
        assertThat(Places.byName("Huệ")).isEmpty();
        assertThat(Places.byName("Hà Tây")).isEmpty();
        assertThat(Places.byName("")).isEmpty();
        assertThat(Places.byName(null)).isEmpty();
    }

    @Test
    void displayNames() {
        assertThat(Places.byName("hcm").orElseThrow().displayName()).isEqualTo("Thành phố Hồ Chí Minh");
        assertThat(Places.byName("dak lak").orElseThrow().displayName()).isEqualTo("Tỉnh Đắk Lắk");
        assertThat(Places.byName("dak lak").orElseThrow().inSentence()).isEqualTo("tỉnh Đắk Lắk");
    }
}
