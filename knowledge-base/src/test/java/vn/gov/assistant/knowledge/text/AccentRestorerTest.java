package vn.gov.assistant.knowledge.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccentRestorerTest {

    private static final AccentRestorer RESTORER = AccentRestorer.train(List.of(
            "Đăng ký tạm trú",
            "Đăng ký thường trú",
            "Cấp lại giấy phép lái xe",
            "Cấp đổi giấy phép lái xe",
            "Bán đấu giá tài sản",
            "Cấp bản sao trích lục",
            "Đăng ký khai sinh cho trẻ em"));

    private static List<String> restore(String unaccented) {
        return RESTORER.restore(VietnameseText.syllables(unaccented));
    }

    @Test
    void unaccentedSyllablesGetTheirAccentsBack() {
        assertThat(restore("dang ky tam tru")).containsExactly("đăng", "ký", "tạm", "trú");
    }

    @Test
    void neighboursChooseBetweenFormsThatFoldAlike() {
        // "lai" is "lại" after "cấp" and "lái" before "xe"
        assertThat(restore("cap lai giay phep lai xe")).containsExactly("cấp", "lại", "giấy", "phép", "lái", "xe");
        // "ban" is "bán" before "đấu giá" and "bản" before "sao"
        assertThat(restore("ban dau gia")).startsWith("bán");
        assertThat(restore("cap ban sao")).containsExactly("cấp", "bản", "sao");
    }

    @Test
    void typedAccentsAreKeptAndUnknownWordsLeftAlone() {
        assertThat(RESTORER.restore(List.of("đăng", "ky", "xyz"))).containsExactly("đăng", "ký", "xyz");
    }

    @Test
    void telexLeftoversAreRead() {
        assertThat(restore("dang kys tam truws")).containsExactly("đăng", "ký", "tạm", "trứ");
        assertThat(VietnameseText.fromTelex("ddaang")).isEqualTo("đâng");
        assertThat(VietnameseText.fromTelex("cccd")).isEqualTo("cccd");
    }
}
