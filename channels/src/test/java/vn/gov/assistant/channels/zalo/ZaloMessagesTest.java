package vn.gov.assistant.channels.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.intent.Intent;
import vn.gov.assistant.core.message.Option;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.core.message.ReplyMetadata;
import vn.gov.assistant.core.message.ReplyPart;

class ZaloMessagesTest {

    private static final ReplyPart.Citation SOURCE =
            new ReplyPart.Citation("1.004194", "Đăng ký tạm trú", "https://dichvucong.gov.vn/x", "20/07/2026");

    private static Reply reply(ReplyPart... parts) {
        return new Reply(List.of(parts), ReplyMetadata.of(Intent.PROCEDURE));
    }

    private static String documents(int lines) {
        StringBuilder text = new StringBuilder("Hồ sơ cần chuẩn bị:");
        for (int i = 1; i <= lines; i++) {
            text.append("\n- Giấy tờ số ").append(i).append(": bản chính hoặc bản sao có chứng thực");
        }
        return text.toString();
    }

    @Test
    void aShortReplyIsOneMessageEndingWithItsSource() {
        List<String> messages = ZaloMessages.of(reply(new ReplyPart.Text("Lệ phí: 7.000 đồng"), SOURCE), false, 2000);
        assertThat(messages)
                .singleElement()
                .satisfies(m -> assertThat(m).startsWith("Lệ phí: 7.000 đồng").endsWith(SOURCE.asText()));
    }

    @Test
    void aLongAnswerIsSplitAtLineBreaksAndKeepsItsSource() {
        List<String> messages = ZaloMessages.of(reply(new ReplyPart.Text(documents(60)), SOURCE), false, 2000);
        assertThat(messages).hasSizeGreaterThan(1).allSatisfy(m -> assertThat(m.length())
                .isLessThanOrEqualTo(2000));
        assertThat(messages.getLast()).contains("1.004194");
        assertThat(messages.getFirst()).endsWith("chứng thực");
        assertThat(String.join("\n", messages)).contains("Giấy tờ số 60:");
    }

    @Test
    void beyondTheMessageBudgetTheTextIsCutButTheSourceStays() {
        List<String> messages = ZaloMessages.of(reply(new ReplyPart.Text(documents(400)), SOURCE), false, 2000);
        assertThat(messages).hasSize(ZaloMessages.MAX_MESSAGES);
        assertThat(messages).allSatisfy(m -> assertThat(m.length()).isLessThanOrEqualTo(2000));
        assertThat(messages.getLast()).contains("…").endsWith(SOURCE.asText());
    }

    @Test
    void numberedOptionsAreListedWhenAsked() {
        Reply withOptions = reply(
                new ReplyPart.Text("Bạn hỏi thủ tục nào?"),
                new ReplyPart.Options(List.of(new Option("proc:1", "Một"), new Option("proc:2", "Hai"))));
        assertThat(ZaloMessages.of(withOptions, true, 2000).getFirst())
                .contains("1. Một")
                .contains("2. Hai");
        assertThat(ZaloMessages.of(withOptions, false, 2000).getFirst()).doesNotContain("1. Một");
    }
}
