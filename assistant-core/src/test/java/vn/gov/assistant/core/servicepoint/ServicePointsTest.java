package vn.gov.assistant.core.servicepoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.servicepoint.ServicePoints.Directions;
import vn.gov.assistant.core.servicepoint.ServicePoints.Place;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.procedure.Level;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;

/**
 * Which points an answer about where to go names, and which commune a citizen's message names.
 * The points are made up for the test (names, addresses and numbers are examples, not offices).
 */
class ServicePointsTest {

    private static final Catalog CATALOG = Catalog.bundled();
    /** Hộ tịch, commune level. */
    private static final Procedure BIRTH =
            CATALOG.find(ProcedureCode.of("1.001193")).orElseThrow();
    /** Đăng ký, quản lý cư trú, commune level. */
    private static final Procedure RESIDENCE =
            CATALOG.find(ProcedureCode.of("1.004194")).orElseThrow();
    /** Cấp, quản lý căn cước, ministry level. */
    private static final Procedure ID_CARD =
            CATALOG.find(ProcedureCode.of("1.001247")).orElseThrow();

    static ServicePoint point(String id, String name, List<String> communes, List<String> domains, List<Level> levels) {
        return new ServicePoint(
                id,
                name,
                "Số " + id.length() + " đường Ví Dụ",
                "Thứ Hai đến Thứ Sáu, 7:30-11:30 và 13:30-17:00",
                "02438251234",
                communes,
                domains,
                levels);
    }

    private static final ServicePoint BA_DINH = point(
            "mot-cua-ba-dinh",
            "Bộ phận một cửa phường Ba Đình",
            List.of("Phường Ba Đình, Thành phố Hà Nội"),
            List.of("Hộ tịch"),
            List.of());
    private static final ServicePoint HOAN_KIEM = point(
            "mot-cua-hoan-kiem",
            "Bộ phận một cửa phường Hoàn Kiếm",
            List.of("Phường Hoàn Kiếm, Thành phố Hà Nội"),
            List.of("Hộ tịch"),
            List.of());
    private static final ServicePoint POLICE_BA_DINH = point(
            "cong-an-ba-dinh",
            "Công an phường Ba Đình",
            List.of("Phường Ba Đình, Thành phố Hà Nội"),
            List.of("Đăng ký, quản lý cư trú"),
            List.of());

    private final ServicePoints points = ServicePoints.of(List.of(BA_DINH, HOAN_KIEM, POLICE_BA_DINH));

    @Test
    void aCommuneIsRecognisedWithAndWithoutDiacriticsAndItsKindWord() {
        for (String said : List.of(
                "đăng ký khai sinh ở phường Ba Đình nộp ở đâu",
                "dang ky khai sinh o phuong ba dinh nop o dau",
                "DANG KY KHAI SINH O BA DINH",
                "khai sinh p. Ba Đình")) {
            assertThat(points.placeIn(said)).as(said).map(Place::name).contains("Phường Ba Đình, Thành phố Hà Nội");
        }
    }

    @Test
    void diacriticsTypedMustAgreeWithTheName() {
        assertThat(points.placeIn("khai sinh ở phường Bà Đính")).isEmpty();
        assertThat(points.placeIn("khai sinh ở phường Ba Dinh")).isPresent();
    }

    @Test
    void aOneWordNameCountsOnlyAfterItsKindWord() {
        ServicePoints ha = ServicePoints.of(List.of(
                point("mot-cua-ha", "Bộ phận một cửa xã Hạ", List.of("Xã Hạ, Tỉnh Phú Thọ"), List.of(), List.of())));
        assertThat(ha.placeIn("hạ tầng ở đâu")).isEmpty();
        assertThat(ha.placeIn("tôi ở xã Hạ")).map(Place::name).contains("Xã Hạ, Tỉnh Phú Thọ");
    }

    @Test
    void aCommuneOfTheSameNameInTwoProvincesIsToldApartByTheProvinceNamed() {
        ServicePoints tanLap = ServicePoints.of(List.of(
                point(
                        "tan-lap-dak-lak",
                        "Một cửa xã Tân Lập (Đắk Lắk)",
                        List.of("Xã Tân Lập, Tỉnh Đắk Lắk"),
                        List.of(),
                        List.of()),
                point(
                        "tan-lap-phu-tho",
                        "Một cửa xã Tân Lập (Phú Thọ)",
                        List.of("Xã Tân Lập, Tỉnh Phú Thọ"),
                        List.of(),
                        List.of())));

        assertThat(tanLap.placeIn("tôi ở xã Tân Lập, Đắk Lắk")).map(Place::name).contains("Xã Tân Lập, Tỉnh Đắk Lắk");
        Place either = tanLap.placeIn("tôi ở xã Tân Lập").orElseThrow();
        assertThat(either.name()).isEqualTo("Xã Tân Lập");
        assertThat(either.areas()).hasSize(2);
        assertThat(tanLap.directions(BIRTH, Optional.of(either)).orElseThrow().text())
                .contains("Một cửa xã Tân Lập (Đắk Lắk)", "Một cửa xã Tân Lập (Phú Thọ)");
    }

    @Test
    void aReplyThatIsOnlyAPlaceIsRecognisedKnownOrNot() {
        assertThat(points.placeOnly("tôi ở phường Ba Đình ạ"))
                .map(Place::name)
                .contains("Phường Ba Đình, Thành phố Hà Nội");
        assertThat(points.placeOnly("ba dinh")).map(Place::name).contains("Phường Ba Đình, Thành phố Hà Nội");
        assertThat(points.placeOnly("thế còn phường Hoàn Kiếm thì sao?"))
                .map(Place::name)
                .contains("Phường Hoàn Kiếm, Thành phố Hà Nội");
        assertThat(points.placeOnly("phường Tây Hồ")).map(Place::name).contains("Phường Tây Hồ");
        assertThat(points.placeOnly("xa tan lap, dak lak")).map(Place::name).contains("Xã Tan Lap, Tỉnh Đắk Lắk");
        assertThat(points.placeOnly("Hà Nội")).map(Place::name).contains("Thành phố Hà Nội");
        assertThat(points.placeOnly("làm căn cước ở đâu")).isEmpty();
        assertThat(points.placeOnly("còn lệ phí thì sao")).isEmpty();
        assertThat(points.placeOnly("lệ phí khai sinh ở phường Ba Đình")).isEmpty();
    }

    @Test
    void theCommuneNamedGetsThePointServingItForTheProcedure() {
        Directions d =
                points.directions(BIRTH, points.placeIn("phuong ba dinh")).orElseThrow();

        assertThat(d.asksPlace()).isFalse();
        assertThat(d.text())
                .startsWith("Nơi tiếp nhận hồ sơ cho Phường Ba Đình, Thành phố Hà Nội:")
                .contains("Bộ phận một cửa phường Ba Đình", "Địa chỉ: Số 15 đường Ví Dụ")
                .contains("Giờ làm việc: Thứ Hai đến Thứ Sáu, 7:30-11:30 và 13:30-17:00")
                .contains("Điện thoại: 024 3825 1234")
                .doesNotContain("Hoàn Kiếm", "Công an");
    }

    @Test
    void aPointServingOnlySomeDomainsIsNamedOnlyForThem() {
        Optional<Place> baDinh = points.placeIn("phường Ba Đình");

        assertThat(points.directions(RESIDENCE, baDinh).orElseThrow().text())
                .contains("Công an phường Ba Đình")
                .doesNotContain("Bộ phận một cửa");
        assertThat(points.directions(ID_CARD, baDinh))
                .as("no point handles căn cước")
                .isEmpty();
        assertThat(points.directions(ID_CARD, Optional.empty())).isEmpty();
    }

    @Test
    void aPointServingOnlySomeLevelsIsNamedOnlyForThem() {
        ServicePoint province =
                point("hcc-tinh", "Trung tâm phục vụ hành chính công", List.of(), List.of(), List.of(Level.PROVINCE));
        ServicePoints only = ServicePoints.of(List.of(province));

        assertThat(only.directions(BIRTH, Optional.empty()))
                .as("khai sinh is done by the commune")
                .isEmpty();
        Procedure copy = CATALOG.find(ProcedureCode.of("2.000635")).orElseThrow(); // province and commune
        assertThat(only.directions(copy, Optional.empty()).orElseThrow().text())
                .contains("Trung tâm phục vụ hành chính công");
    }

    @Test
    void withoutPointsTheAnswerIsUnchanged() {
        assertThat(ServicePoints.NONE.directions(BIRTH, Optional.empty())).isEmpty();
        assertThat(ServicePoints.of(List.of()).placeIn("phường Ba Đình")).isEmpty();
    }

    @Test
    void severalPointsAndNoCommuneListsThemAndAsksTheCommune() {
        Directions d = points.directions(BIRTH, Optional.empty()).orElseThrow();

        assertThat(d.asksPlace()).isTrue();
        assertThat(d.text())
                .contains("Bộ phận một cửa phường Ba Đình", "Bộ phận một cửa phường Hoàn Kiếm")
                .contains("Nhận hồ sơ của: Phường Ba Đình, Thành phố Hà Nội")
                .contains("Bạn ở phường/xã nào?")
                .contains("ví dụ: phường Ba Đình");
    }

    @Test
    void atMostThreePointsAreListed() {
        List<ServicePoint> many = List.of(
                point("a", "Điểm A", List.of("Phường A, Thành phố Hà Nội"), List.of(), List.of()),
                point("b", "Điểm B", List.of("Phường B, Thành phố Hà Nội"), List.of(), List.of()),
                point("c", "Điểm C", List.of("Phường C, Thành phố Hà Nội"), List.of(), List.of()),
                point("d", "Điểm D", List.of("Phường D, Thành phố Hà Nội"), List.of(), List.of()),
                point("e", "Điểm E", List.of(), List.of(), List.of()));

        String text = ServicePoints.of(many)
                .directions(BIRTH, Optional.empty())
                .orElseThrow()
                .text();

        assertThat(text).contains("- Điểm E", "- Điểm A", "- Điểm B", "... và 2 nơi tiếp nhận khác.");
        assertThat(text).doesNotContain("- Điểm C", "- Điểm D");
        assertThat(text.indexOf("Điểm E"))
                .as("the point serving everyone first")
                .isLessThan(text.indexOf("Điểm A"));
    }

    @Test
    void pointsServingEveryoneAreListedWithoutAskingTheCommune() {
        ServicePoints open = ServicePoints.of(List.of(
                point("x", "Trung tâm X", List.of(), List.of(), List.of()),
                point("y", "Trung tâm Y", List.of(), List.of(), List.of())));

        Directions d = open.directions(BIRTH, Optional.empty()).orElseThrow();

        assertThat(d.asksPlace()).isFalse();
        assertThat(d.text()).startsWith("Các nơi tiếp nhận hồ sơ:").contains("Trung tâm X", "Trung tâm Y");
    }

    @Test
    void aCommuneNoPointServesIsSaidSo() {
        Directions d =
                points.directions(BIRTH, points.placeOnly("phường Tây Hồ")).orElseThrow();

        assertThat(d.text()).isEqualTo("Tôi chưa có địa chỉ nơi tiếp nhận hồ sơ thủ tục này cho Phường Tây Hồ.");
    }

    @Test
    void aWholeProvinceServesItsCommunesAfterThePointOfTheCommune() {
        ServicePoints withProvince = ServicePoints.of(List.of(
                point(
                        "hcc",
                        "Trung tâm phục vụ hành chính công Hà Nội",
                        List.of("Thành phố Hà Nội"),
                        List.of(),
                        List.of()),
                BA_DINH));

        String text = withProvince
                .directions(BIRTH, withProvince.placeIn("phường Ba Đình"))
                .orElseThrow()
                .text();

        assertThat(text.indexOf("Bộ phận một cửa phường Ba Đình"))
                .isLessThan(text.indexOf("Trung tâm phục vụ hành chính công Hà Nội"))
                .isPositive();
        assertThat(withProvince
                        .directions(BIRTH, withProvince.placeOnly("phường Tây Hồ, Hà Nội"))
                        .orElseThrow()
                        .text())
                .contains("Trung tâm phục vụ hành chính công Hà Nội")
                .doesNotContain("Ba Đình");
    }

    @Test
    void aRememberedPlaceIsFoundAgainByItsName() {
        Place said = points.placeIn("phuong ba dinh").orElseThrow();

        assertThat(points.place(said.name())).contains(said);
        assertThat(points.place("")).isEmpty();
    }
}
