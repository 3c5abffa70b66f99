package vn.gov.assistant.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.procedure.Procedures;

/** Staff's abbreviations on top of the bundled file: added, replacing the file's, switched off. */
class AbbreviationsTest {

    private static final EverydayNames NO_NAMES = EverydayNames.of(Map.of());

    private static List<String> rewritten(Abbreviations abbreviations, String question) {
        return QuestionAnalyzer.create(NO_NAMES, abbreviations, UnaryOperator.identity())
                .analyze(question)
                .syllables();
    }

    @Test
    void theBundledFileRewritesItsShortForms() {
        assertThat(String.join(" ", rewritten(Abbreviations.bundled(), "làm lại cccd ở đâu")))
                .isEqualTo("làm lại căn cước ở đâu");
    }

    @Test
    void aStaffAbbreviationIsRewrittenOnTopOfTheFile() {
        Abbreviations withStaff = Abbreviations.bundled().with(Map.of("xnhn", "xác nhận tình trạng hôn nhân"));

        assertThat(String.join(" ", rewritten(withStaff, "xin xnhn, mất cccd")))
                .isEqualTo("xin xác nhận tình trạng hôn nhân mất căn cước");
        assertThat(rewritten(Abbreviations.bundled(), "xin xnhn")).containsExactly("xin", "xnhn");
        assertThat(withStaff.size()).isEqualTo(Abbreviations.bundled().size() + 1);
    }

    @Test
    void aStaffEntryForABundledShortFormReplacesIt() {
        assertThat(Abbreviations.bundled().expansionOf("cccd")).contains("căn cước");
        Abbreviations replaced = Abbreviations.bundled().with(Map.of("CCCD", "thẻ căn cước"));

        assertThat(replaced.expansionOf("cccd")).contains("thẻ căn cước");
        assertThat(String.join(" ", rewritten(replaced, "đổi cccd"))).isEqualTo("đổi thẻ căn cước");
        assertThat(replaced.size()).isEqualTo(Abbreviations.bundled().size());
    }

    @Test
    void anEntryExpandingToItselfKeepsTheWordsAsTyped() {
        assertThat(rewritten(Abbreviations.bundled(), "ko biết")).containsExactly("không", "biết");
        Abbreviations off = Abbreviations.bundled().with(Map.of("ko", "ko"));

        assertThat(rewritten(off, "ko biết")).containsExactly("ko", "biết");
    }

    @Test
    void shortFormsAreMatchedExactlyWithTheirDiacritics() {
        Abbreviations staff = Abbreviations.of(Map.of("hông", "không"));

        assertThat(rewritten(staff, "Hông được à")).first().isEqualTo("không");
        assertThat(rewritten(staff, "hỏng rồi")).first().isEqualTo("hỏng");
        assertThat(Abbreviations.keyOf("  Hộ   KHẨU ")).isEqualTo("hộ khẩu");
        assertThat(Abbreviations.keyOf("tp.hcm")).isEqualTo("tp hcm");
        assertThat(Abbreviations.keyOf(" ?! ")).isEmpty();
    }

    @Test
    void theSearchFindsAProcedureThroughAStaffAbbreviation() throws IOException {
        Catalog catalog = Catalog.of(Procedures.sample());
        try (VietnameseProcedureSearch search = VietnameseProcedureSearch.builder()
                .catalog(catalog)
                .everydayNames(NO_NAMES)
                .abbreviations(Abbreviations.bundled().with(Map.of("cưới vk", "đăng ký kết hôn")))
                .build()) {
            SearchResult result = search.search("thủ tục cưới vk", 3);

            assertThat(result.hits().getFirst().code().value()).isEqualTo("1.000894");
            assertThat(search.analyze("thủ tục cưới vk").syllables()).containsSubsequence("kết", "hôn");
            assertThat(search.abbreviations().expansionOf("Cưới VK")).contains("đăng ký kết hôn");
        }
    }
}
