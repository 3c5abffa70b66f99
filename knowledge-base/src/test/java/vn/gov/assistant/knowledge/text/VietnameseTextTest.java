package vn.gov.assistant.knowledge.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {

    @Test
    void decomposedInputIsComposed() {
        String nfd = Normalizer.normalize("Đăng ký khai sinh", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Đăng ký khai sinh");
        assertThat(VietnameseText.normalize(nfd)).isEqualTo("đăng ký khai sinh");
    }

    @ParameterizedTest
    @CsvSource({
        "hoà, hòa",
        "thuỷ, thủy",
        "Hoà giải, hòa giải",
        "khoẻ, khỏe",
        "quý, quý",
        "gìn, gìn",
        "người, người",
        "hoá đơn, hóa đơn"
    })
    void tonePlacementIsUnified(String typed, String canonicalWithOtherPlacement) {
        assertThat(VietnameseText.normalize(typed)).isEqualTo(VietnameseText.normalize(canonicalWithOtherPlacement));
    }

    @Test
    void tonePlacementFollowsTheModernRule() {
        assertThat(VietnameseText.normalize("hòa")).isEqualTo("hoà");
        assertThat(VietnameseText.normalize("thủy")).isEqualTo("thuỷ");
        assertThat(VietnameseText.normalize("toán")).isEqualTo("toán");
        assertThat(VietnameseText.normalize("mười")).isEqualTo("mười");
        assertThat(VietnameseText.normalize("quốc")).isEqualTo("quốc");
        assertThat(VietnameseText.normalize("giấy")).isEqualTo("giấy");
        assertThat(VietnameseText.normalize("ngoài")).isEqualTo("ngoài");
    }

    @Test
    void foldingRemovesEveryMarkAndFoldsDStroke() {
        assertThat(VietnameseText.fold("Đăng ký thường trú ở ĐÀ NẴNG")).isEqualTo("dang ky thuong tru o da nang");
        assertThat(VietnameseText.fold(Normalizer.normalize("Giấy phép lái xe", Normalizer.Form.NFD)))
                .isEqualTo("giay phep lai xe");
    }

    @Test
    void detectsDiacritics() {
        assertThat(VietnameseText.hasDiacritics("lam so do")).isFalse();
        assertThat(VietnameseText.hasDiacritics("lam so đo")).isTrue();
        assertThat(VietnameseText.hasDiacritics("làm")).isTrue();
    }

    @Test
    void whitespaceIsCollapsedAndOtherCharactersKept() {
        assertThat(VietnameseText.normalize("  Mẫu   CT01\t(tờ khai) ")).isEqualTo("mẫu ct01 (tờ khai)");
    }

    @Test
    void toneIsReadAndRemoved() {
        assertThat(VietnameseText.toneOf("ngã")).isEqualTo(VietnameseText.Tone.TILDE);
        assertThat(VietnameseText.toneOf("ba")).isEqualTo(VietnameseText.Tone.LEVEL);
        assertThat(VietnameseText.removeTone("thường")).isEqualTo("thương");
        assertThat(VietnameseText.placeTone("thương", VietnameseText.Tone.GRAVE))
                .isEqualTo("thường");
    }
}
