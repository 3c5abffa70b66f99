package vn.gov.assistant.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.intent.Intent;
import vn.gov.assistant.core.message.Option;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.core.message.ReplyMetadata;
import vn.gov.assistant.core.message.ReplyPart;

class TextRenderingTest {

    private final Reply reply = new Reply(
            List.of(
                    new ReplyPart.Text("Lệ phí - Đăng ký tạm trú: 7.000 đồng"),
                    new ReplyPart.Options(
                            List.of(new Option("aspect:time", "Thời gian"), new Option("human", "Gặp cán bộ"))),
                    new ReplyPart.Citation("1.004194", "Đăng ký tạm trú", "https://dichvucong.gov.vn/x", "20/07/2026")),
            ReplyMetadata.of(Intent.PROCEDURE));

    @Test
    void optionsBecomeNumberedLinesWhereThereAreNoButtons() {
        String text = TextRendering.text(reply, ChannelCapabilities.TEXT_ONLY, true);
        assertThat(text).contains("1. Thời gian").contains("2. Gặp cán bộ").contains("Nhắn số để chọn");
        assertThat(text).contains("Nguồn: thủ tục 1.004194");
        assertThat(TextRendering.text(reply, ChannelCapabilities.TEXT_ONLY, false))
                .doesNotContain("1. Thời gian");
    }

    @Test
    void aTypedNumberChoosesAmongTheLastOptions() {
        List<Option> options = reply.options();
        assertThat(TextRendering.chosen("2", options)).map(Option::value).contains("human");
        assertThat(TextRendering.chosen(" số 1. ", options)).map(Option::value).contains("aspect:time");
        assertThat(TextRendering.chosen("3", options)).isEmpty();
        assertThat(TextRendering.chosen("2 người", options)).isEmpty();
    }

    @Test
    void longTextIsCutAtTheChannelLimit() {
        Reply longReply =
                new Reply(List.of(new ReplyPart.Text("giấy tờ ".repeat(200))), ReplyMetadata.of(Intent.PROCEDURE));
        String text = TextRendering.text(longReply, new ChannelCapabilities(true, 3, 20, 300, true), false);
        assertThat(text.length()).isLessThanOrEqualTo(300);
        assertThat(text).endsWith("…");
    }
}
