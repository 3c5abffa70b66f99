package vn.gov.assistant.channels.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import vn.gov.assistant.core.intent.Intent;
import vn.gov.assistant.core.message.Option;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.core.message.ReplyMetadata;
import vn.gov.assistant.core.message.ReplyPart;

class TelegramRepliesTest {

    private static Reply reply(ReplyPart... parts) {
        return new Reply(List.of(parts), ReplyMetadata.of(Intent.PROCEDURE));
    }

    private static List<List<String>> buttons(SendMessage message) {
        return ((InlineKeyboardMarkup) message.getReplyMarkup())
                .getKeyboard().stream()
                        .map(row -> row.stream()
                                .map(InlineKeyboardButton::getCallbackData)
                                .toList())
                        .toList();
    }

    @Test
    void shortOptionsGoTwoToARowWithTheirValuesAsCallbackData() {
        List<SendMessage> messages = TelegramReplies.messages(
                42,
                reply(
                        new ReplyPart.Text("Lệ phí: 7.000 đồng"),
                        new ReplyPart.Options(List.of(
                                new Option("aspect:time", "Thời gian"),
                                new Option("aspect:agency", "Nơi nộp"),
                                new Option("human", "Gặp cán bộ"))),
                        new ReplyPart.Citation("1.004194", "Đăng ký tạm trú", "https://dichvucong.gov.vn/x", "")));
        assertThat(messages).hasSize(1);
        SendMessage message = messages.getFirst();
        assertThat(message.getChatId()).isEqualTo("42");
        assertThat(message.getParseMode()).isNull();
        assertThat(message.getText())
                .contains("7.000 đồng")
                .contains("Nguồn: thủ tục 1.004194")
                .doesNotContain("1. Thời gian");
        assertThat(buttons(message)).containsExactly(List.of("aspect:time", "aspect:agency"), List.of("human"));
    }

    @Test
    void longProcedureNamesGetARowEachAndAreClipped() {
        String name = "Đăng ký thường trú cho người chưa thành niên được cha, mẹ hoặc người giám hộ đồng ý";
        SendMessage message = TelegramReplies.messages(
                        1,
                        reply(
                                new ReplyPart.Text("Bạn hỏi thủ tục nào?"),
                                new ReplyPart.Options(
                                        List.of(new Option("proc:1.004222", name), new Option("none", "Không phải")))))
                .getFirst();
        InlineKeyboardMarkup keyboard = (InlineKeyboardMarkup) message.getReplyMarkup();
        assertThat(keyboard.getKeyboard()).hasSize(2).allMatch(row -> row.size() == 1);
        InlineKeyboardRow first = keyboard.getKeyboard().getFirst();
        assertThat(first.getFirst().getText())
                .hasSizeLessThanOrEqualTo(TelegramReplies.MAX_LABEL)
                .endsWith("…");
    }

    @Test
    void textOverTelegramsLimitIsSplitAtLinesWithTheButtonsOnTheLastMessage() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 300; i++) {
            text.append("- Giấy tờ số ").append(i).append(": bản sao có chứng thực\n");
        }
        List<SendMessage> messages = TelegramReplies.messages(
                7,
                reply(
                        new ReplyPart.Text(text.toString()),
                        new ReplyPart.Options(List.of(new Option("aspect:fee", "Lệ phí")))));
        assertThat(messages).hasSizeBetween(2, TelegramReplies.MAX_MESSAGES);
        assertThat(messages).allMatch(m -> m.getText().length() <= TelegramReplies.MAX_TEXT);
        assertThat(messages.getFirst().getReplyMarkup()).isNull();
        assertThat(messages.getLast().getReplyMarkup()).isNotNull();
        assertThat(messages.getFirst().getText()).endsWith("bản sao có chứng thực");
        assertThat(String.join("\n", messages.stream().map(SendMessage::getText).toList()))
                .contains("Giấy tờ số 1:")
                .contains("Giấy tờ số 300:");
    }

    @Test
    void aReplyOfOnlyOptionsStillHasText() {
        SendMessage message = TelegramReplies.messages(
                        3, reply(new ReplyPart.Options(List.of(new Option("human", "Gặp cán bộ")))))
                .getFirst();
        assertThat(message.getText()).isEqualTo(TelegramReplies.CHOOSE);
        assertThat(buttons(message)).containsExactly(List.of("human"));
    }
}
