package vn.gov.assistant.core.forms.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.gov.assistant.core.forms.FieldType;
import vn.gov.assistant.core.forms.FormField;

class YesNoValidatorTest {

    private static final FormField FIELD = Fields.of("co-con-chung", "Có con chung không", FieldType.YESNO);

    private final YesNoValidator validator = new YesNoValidator();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "có",
                "Có",
                "CO",
                "co",
                "yes",
                "Yes",
                "ok",
                "OK",
                "đúng",
                "dung",
                "rồi",
                "roi",
                "vâng",
                "vang",
                "ừ",
                "u",
                "dạ",
                "có ạ",
                "co a",
                "Dạ có ạ",
                "dạ vâng",
                "đúng rồi",
                "có.",
                "Có!",
                "vâng, đúng rồi ạ"
            })
    void yes(String raw) {
        Checked c = validator.check(FIELD, raw);
        assertThat(c.valid()).as(raw).isTrue();
        assertThat(c.value()).isEqualTo("có");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "không",
                "Không",
                "KHONG",
                "khong",
                "ko",
                "k",
                "K",
                "no",
                "No",
                "chưa",
                "chua",
                "không ạ",
                "dạ không",
                "Dạ, không ạ",
                "chưa có",
                "không có",
                "không phải",
                "khong nhe"
            })
    void no(String raw) {
        Checked c = validator.check(FIELD, raw);
        assertThat(c.valid()).as(raw).isTrue();
        assertThat(c.value()).isEqualTo("không");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cô", "có lẽ", "không biết", "có hay không", "maybe", "2", "ạ", "có không"})
    void anythingElseIsAskedAgain(String raw) {
        Checked c = validator.check(FIELD, raw);
        assertThat(c.valid()).as(raw).isFalse();
        assertThat(c.message()).isEqualTo("Bạn trả lời “có” hoặc “không” giúp tôi nhé.");
    }

    @org.junit.jupiter.api.Test
    void emptyIsRefused() {
        assertThat(validator.check(FIELD, " ").message()).isEqualTo("Bạn chưa trả lời mục “Có con chung không”.");
    }
}
