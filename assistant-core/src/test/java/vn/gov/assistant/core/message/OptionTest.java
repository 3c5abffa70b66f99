package vn.gov.assistant.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OptionTest {

    @Test
    void valuesFitEveryChannelsCallbackLimit() {
        assertThat(new Option("proc:1.004194", "Đăng ký tạm trú").value()).isEqualTo("proc:1.004194");
        assertThatThrownBy(() -> new Option("x".repeat(Option.MAX_VALUE_BYTES + 1), "nhãn"))
                .isInstanceOf(IllegalArgumentException.class);
        // Vietnamese letters take two or three bytes each
        assertThatThrownBy(() -> new Option("đ".repeat(33), "nhãn")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Option(" ", "nhãn")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Option("none", " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReplyNeedsSomethingToSay() {
        assertThatThrownBy(() ->
                        new Reply(java.util.List.of(), ReplyMetadata.of(vn.gov.assistant.core.intent.Intent.GREETING)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
