package vn.gov.assistant.core.servicepoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.forms.validate.Checked;
import vn.gov.assistant.knowledge.procedure.Level;

/** What staff type for a service point, checked before it is published. */
class ServicePointDraftTest {

    private static final List<String> DOMAINS = List.of("Hộ tịch", "Đăng ký, quản lý cư trú");

    private static ServicePointDraft draft(String communes, String phone) {
        return new ServicePointDraft(
                " Bộ phận một cửa   phường Ba Đình ",
                "Số 1 đường Ví Dụ",
                "Thứ Hai đến Thứ Sáu, 7:30-11:30 và 13:30-17:00",
                phone,
                communes,
                List.of("ho tich"),
                List.of(Level.COMMUNE));
    }

    @Test
    void aGoodDraftBecomesThePointWithItsValuesNormalised() {
        ServicePointDraft.Outcome outcome = draft(
                        "phường Ba Đình, Hà Nội\n\nphuong ba dinh, thanh pho ha noi\nHà Giang", "+84 24 3825 1234")
                .check("mot-cua-ba-dinh", DOMAINS, List.of());

        assertThat(outcome.errors()).isEmpty();
        ServicePoint p = outcome.point().orElseThrow();
        assertThat(p.id()).isEqualTo("mot-cua-ba-dinh");
        assertThat(p.name()).isEqualTo("Bộ phận một cửa phường Ba Đình");
        assertThat(p.phone()).isEqualTo("02438251234");
        assertThat(p.communes())
                .as("the same commune typed twice is kept once; an old province is the new one")
                .containsExactly("Phường Ba Đình, Thành phố Hà Nội", "Tỉnh Tuyên Quang");
        assertThat(p.domains()).containsExactly("Hộ tịch");
        assertThat(p.levels()).containsExactly(Level.COMMUNE);
        assertThat(outcome.notes()).anyMatch(n -> n.contains("Tuyên Quang"));
    }

    @Test
    void nameAddressAndHoursAreRequired() {
        ServicePointDraft.Outcome outcome =
                new ServicePointDraft(" ", "", "\t", "", "", List.of(), List.of()).check("x", DOMAINS, List.of());

        assertThat(outcome.valid()).isFalse();
        assertThat(outcome.errors())
                .containsEntry("name", "Nhập tên điểm tiếp nhận.")
                .containsEntry("address", "Nhập địa chỉ.")
                .containsKey("openingHours");
    }

    @Test
    void aCommuneWithoutProvinceOrWithAnUnknownOneIsRefusedLineByLine() {
        ServicePointDraft.Outcome outcome = draft(
                        "Phường Ba Đình, Hà Nội\nphường Tây Hồ\nxã Tân Lập, tỉnh Hà Tây Mới", "")
                .check("x", DOMAINS, List.of());

        assertThat(outcome.valid()).isFalse();
        assertThat(outcome.errors().get("communes"))
                .contains("Dòng 2 (phường Tây Hồ)")
                .contains("Dòng 3 (xã Tân Lập, tỉnh Hà Tây Mới)")
                .contains("tỉnh/thành phố")
                .doesNotContain("Dòng 1");
    }

    @Test
    void aDistrictIsLeftOutAndAVillageRefused() {
        Checked district = ServicePointDraft.area("phường Ba Đình, quận Ba Đình, Hà Nội", List.of());
        assertThat(district.valid()).isTrue();
        assertThat(district.value()).isEqualTo("Phường Ba Đình, Thành phố Hà Nội");
        assertThat(district.message()).contains("huyện");

        assertThat(ServicePointDraft.area("thôn 3, xã Tân Lập, Đắk Lắk", List.of())
                        .valid())
                .isFalse();
    }

    @Test
    void aCommuneTypedWithoutDiacriticsTakesTheSpellingAnotherPointUses() {
        List<ServiceArea> known = List.of(ServiceArea.of("Phường Ba Đình, Thành phố Hà Nội"));

        assertThat(ServicePointDraft.area("phuong ba dinh, ha noi", known).value())
                .isEqualTo("Phường Ba Đình, Thành phố Hà Nội");
        Checked unknown = ServicePointDraft.area("phuong tay ho, ha noi", known);
        assertThat(unknown.valid()).isTrue();
        assertThat(unknown.message()).contains("không có dấu");
    }

    @Test
    void aWholeProvinceIsOneLine() {
        assertThat(ServicePointDraft.area("TP. Hồ Chí Minh", List.of()).value()).isEqualTo("Thành phố Hồ Chí Minh");
        assertThat(ServicePointDraft.area("tỉnh Đắk Lắk", List.of()).value()).isEqualTo("Tỉnh Đắk Lắk");
    }

    @Test
    void phonesAreVietnameseNumbersOrHotlines() {
        assertThat(draft("", "0912 345 678")
                        .check("x", DOMAINS, List.of())
                        .point()
                        .orElseThrow()
                        .phone())
                .isEqualTo("0912345678");
        assertThat(draft("", "1900 1234")
                        .check("x", DOMAINS, List.of())
                        .point()
                        .orElseThrow()
                        .phone())
                .isEqualTo("19001234");
        assertThat(draft("", "12345").check("x", DOMAINS, List.of()).errors().get("phone"))
                .startsWith("Số điện thoại chưa đúng");
        assertThat(PhoneNumbers.display("0912345678")).isEqualTo("0912 345 678");
        assertThat(PhoneNumbers.display("02363821234")).isEqualTo("0236 382 1234");
        assertThat(PhoneNumbers.display("19001234")).isEqualTo("1900 1234");
    }

    @Test
    void domainsComeFromTheCatalogAndTheDistrictLevelIsGone() {
        ServicePointDraft.Outcome outcome = new ServicePointDraft(
                        "A", "B", "C", "", "", List.of("Lĩnh vực bịa"), List.of(Level.DISTRICT))
                .check("x", DOMAINS, List.of());

        assertThat(outcome.errors().get("domains")).contains("Lĩnh vực bịa");
        assertThat(outcome.errors().get("levels")).contains("cấp huyện");
    }

    @Test
    void anIdIsMadeFromTheNameAndNumberedWhenTaken() {
        assertThat(ServicePointDraft.idFor("UBND phường Ba Đình", Set.of())).isEqualTo("ubnd-phuong-ba-dinh");
        assertThat(ServicePointDraft.idFor("UBND phường Ba Đình", Set.of("ubnd-phuong-ba-dinh")))
                .isEqualTo("ubnd-phuong-ba-dinh-2");
        assertThat(ServicePointDraft.idFor("<script>", Set.of())).isEqualTo("script");
    }
}
