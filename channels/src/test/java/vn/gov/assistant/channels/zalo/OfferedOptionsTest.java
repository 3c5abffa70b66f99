package vn.gov.assistant.channels.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Option;

class OfferedOptionsTest {

    private final OfferedOptions offered = new OfferedOptions(2);

    @Test
    void aButtonPayloadArrivingAsTextIsTheOptionChosen() {
        offered.remember("u", List.of(new Option("aspect:fee", "Lệ phí"), new Option("human", "Gặp cán bộ")), false);
        assertThat(offered.read("u", "aspect:fee")).isEqualTo(new Inbound.OptionChosen("aspect:fee"));
        // buttons were shown, not numbers: a typed number is just text
        assertThat(offered.read("u", "2")).isEqualTo(new Inbound.Text("2"));
        assertThat(offered.read("u", "còn lệ phí?")).isEqualTo(new Inbound.Text("còn lệ phí?"));
    }

    @Test
    void aTypedNumberChoosesAmongNumberedOptions() {
        offered.remember(
                "u", List.of(new Option("proc:1.004194", "Đăng ký tạm trú"), new Option("none", "Không")), true);
        assertThat(offered.read("u", "số 1")).isEqualTo(new Inbound.OptionChosen("proc:1.004194"));
        assertThat(offered.read("u", "3")).isEqualTo(new Inbound.Text("3"));
    }

    @Test
    void anOlderButtonStillWorksAndOtherUsersAreNotAffected() {
        offered.remember("u", List.of(new Option("aspect:time", "Thời gian")), false);
        offered.remember("u", List.of(new Option("human", "Gặp cán bộ")), false);
        assertThat(offered.read("u", "aspect:time")).isEqualTo(new Inbound.OptionChosen("aspect:time"));
        assertThat(offered.read("v", "aspect:time")).isEqualTo(new Inbound.Text("aspect:time"));
    }

    @Test
    void theLeastRecentlyActiveUsersAreForgottenBeyondTheCapacity() {
        offered.remember("a", List.of(new Option("human", "Gặp cán bộ")), false);
        offered.remember("b", List.of(new Option("human", "Gặp cán bộ")), false);
        offered.remember("c", List.of(new Option("human", "Gặp cán bộ")), false);
        assertThat(offered.last("a")).isEmpty();
        assertThat(offered.last("c")).hasSize(1);
    }
}
