package vn.gov.assistant.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;
import vn.gov.assistant.knowledge.procedure.Procedures;

class VietnameseProcedureSearchTest {

    private static final VietnameseProcedureSearch SEARCH = VietnameseProcedureSearch.builder()
            .catalog(Catalog.of(Procedures.sample()))
            .everydayNames(EverydayNames.of(Map.of(
                    ProcedureCode.of("1.004194"), List.of("làm kt3", "đăng ký ở trọ"),
                    ProcedureCode.of("1.000894"), List.of("lấy vợ", "cưới vợ"))))
            .build();

    @Test
    void accentedQueryFindsBirthRegistration() {
        assertThat(top("đăng ký khai sinh cho con")).isEqualTo("1.001193");
    }

    @Test
    void unaccentedQueryFindsBirthRegistration() {
        assertThat(top("dang ky khai sinh cho con")).isEqualTo("1.001193");
    }

    @Test
    void decomposedUnicodeFindsTheSameProcedure() {
        String nfd = Normalizer.normalize("đăng ký khai tử", Normalizer.Form.NFD);
        assertThat(top(nfd)).isEqualTo("1.000656");
    }

    @Test
    void tonePlacementDoesNotMatter() {
        // the catalog writes "thủy sản" in one name and "thuỷ sản" in the other
        SearchResult result = SEARCH.search("giấy phép khai thác thuỷ sản", 5);
        assertThat(result.hits()).extracting(h -> h.code().value()).contains("2.000124", "2.000125");
    }

    @Test
    void accentsTellApartWhatFoldingConfuses() {
        // "lại" (again) and "lái" (drive) fold to the same syllable
        assertThat(top("cấp lại giấy phép lái xe")).isEqualTo("3.000348");
    }

    @Test
    void everydayNameFindsProcedureWithoutOfficialWords() {
        assertThat(top("làm kt3 ở hà nội thế nào")).isEqualTo("1.004194");
        assertThat(top("toi muon lay vo thi lam gi")).isEqualTo("1.000894");
    }

    @Test
    void abbreviationInTheCatalogNameMatchesTheFullWords() {
        assertThat(top("cấp lại sổ bảo hiểm xã hội")).isEqualTo("1.002759");
    }

    @Test
    void telexLeftoversAreRead() {
        assertThat(top("dang kys tam truws")).isEqualTo("1.004194");
    }

    @Test
    void aspectIsDetectedFromQuestionWords() {
        assertThat(SEARCH.search("đăng ký tạm trú cần giấy tờ gì", 3).aspect()).isEqualTo(Aspect.DOCUMENTS);
        assertThat(SEARCH.search("lam ho chieu het bao nhieu tien", 3).aspect()).isEqualTo(Aspect.FEE);
        assertThat(SEARCH.search("đăng ký kết hôn mất bao lâu", 3).aspect()).isEqualTo(Aspect.TIME);
        assertThat(SEARCH.search("khai tử nộp ở đâu", 3).aspect()).isEqualTo(Aspect.AGENCY);
        assertThat(SEARCH.search("hộ chiếu", 3).aspect()).isEqualTo(Aspect.GENERAL);
    }

    @Test
    void questionOutsideTheCatalogIsDeclined() {
        SearchResult result = SEARCH.search("cách nấu phở bò ngon", 5);
        assertThat(result.outOfScope()).isTrue();
    }

    @Test
    void clearQuestionIsNotDeclined() {
        SearchResult result = SEARCH.search("thủ tục đăng ký khai tử cần gì", 5);
        assertThat(result.outOfScope()).isFalse();
        assertThat(result.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void emptyQuestionReturnsNoHitsAndDeclines() {
        SearchResult result = SEARCH.search("  ?? ", 5);
        assertThat(result.hits()).isEmpty();
        assertThat(result.outOfScope()).isTrue();
    }

    @Test
    void limitMustBePositive() {
        assertThatThrownBy(() -> SEARCH.search("khai sinh", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String top(String question) {
        SearchResult result = SEARCH.search(question, 5);
        assertThat(result.hits()).as("hits for %s", question).isNotEmpty();
        return result.hits().getFirst().code().value();
    }
}
