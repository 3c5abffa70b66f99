package vn.gov.assistant.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class VietnameseAnalyzerTest {

    private final VietnameseAnalyzer analyzer = new VietnameseAnalyzer();

    @Test
    void exactViewKeepsAccentsInOneNormalForm() {
        assertThat(tokens("name.e", "Đăng ký THƯỜNG TRÚ")).containsExactly("đăng", "ký", "thường", "trú");
        String nfd = Normalizer.normalize("Hoà giải", Normalizer.Form.NFD);
        assertThat(tokens("name.e", nfd)).isEqualTo(tokens("name.e", "hòa giải"));
    }

    @Test
    void foldedViewRemovesAccentsAndFoldsDStroke() {
        assertThat(tokens("name.f", "Đổi giấy phép lái xe")).containsExactly("doi", "giay", "phep", "lai", "xe");
        assertThat(tokens("name.f", "dang ky")).isEqualTo(tokens("name.f", "đăng ký"));
    }

    @Test
    void bigramViewsPairNeighbouringSyllables() {
        assertThat(tokens("name.e2", "cấp hộ chiếu")).containsExactly("cấp_hộ", "hộ_chiếu");
        assertThat(tokens("name.f2", "cấp hộ chiếu")).containsExactly("cap_ho", "ho_chieu");
    }

    @Test
    void punctuationSeparatesSyllablesAndDigitsStay() {
        assertThat(tokens("name.f", "Mẫu CT01, (tạm trú)")).containsExactly("mau", "ct01", "tam", "tru");
    }

    @Test
    void viewsAnalysedOnceEqualTheAnalyzerPerView() {
        String nfd = Normalizer.normalize("Hoà giải ĐẤT ĐAI, mẫu CT01 (tạm trú); thuỷ lợi", Normalizer.Form.NFD);
        for (String text : List.of(nfd, "Cấp Giấy phép lái xe", "x", "", "  ; , ")) {
            VietnameseAnalyzer.Views views = new VietnameseAnalyzer.Views(text);
            for (VietnameseAnalyzer.View view : VietnameseAnalyzer.View.values()) {
                String field = view.field("body");
                assertThat(views.tokens(view)).as(field + " of " + text).isEqualTo(tokens(field, text));
            }
        }
    }

    private List<String> tokens(String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
