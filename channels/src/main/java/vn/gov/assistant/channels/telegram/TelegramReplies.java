package vn.gov.assistant.channels.telegram;

import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import vn.gov.assistant.channels.ChannelCapabilities;
import vn.gov.assistant.channels.TextRendering;
import vn.gov.assistant.core.message.Option;
import vn.gov.assistant.core.message.Reply;

/**
 * A reply as Telegram messages. The text is sent without a parse mode, so nothing in it (the
 * citizen's words echoed back, a procedure name with "<" or "_") is ever read as HTML or Markdown.
 * A text longer than Telegram's 4,096 characters is split at line breaks into several messages
 * rather than cut, up to {@link #MAX_MESSAGES}; the options ride on the last one as an inline
 * keyboard whose callback data is the option's value (at most 64 bytes, as {@link Option} ensures).
 */
final class TelegramReplies {

    /** Telegram's limit for one message's text. */
    static final int MAX_TEXT = 4096;

    static final int MAX_MESSAGES = 3;

    /** Telegram clips long button labels itself, badly; beyond this we clip with an ellipsis. */
    static final int MAX_LABEL = 48;

    /** Labels this short fit two buttons to a row on a phone. */
    private static final int SHORT_LABEL = 18;

    static final ChannelCapabilities CAPABILITIES = new ChannelCapabilities(true, 100, MAX_LABEL, MAX_TEXT, true);

    /** What a reply made only of options says above its buttons. */
    static final String CHOOSE = "Mời bạn chọn:";

    private static final ChannelCapabilities SPLIT_LIMIT =
            new ChannelCapabilities(true, 100, MAX_LABEL, MAX_TEXT * MAX_MESSAGES, true);

    private TelegramReplies() {}

    static List<SendMessage> messages(long chatId, Reply reply) {
        String text = TextRendering.text(reply, SPLIT_LIMIT, false);
        List<String> chunks = split(text.isBlank() ? CHOOSE : text, MAX_TEXT);
        List<SendMessage> messages = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            boolean last = i == chunks.size() - 1;
            messages.add(SendMessage.builder()
                    .chatId(chatId)
                    .text(chunks.get(i))
                    .linkPreviewOptions(
                            LinkPreviewOptions.builder().isDisabled(true).build())
                    .replyMarkup(last ? keyboard(reply.options()) : null)
                    .build());
        }
        return messages;
    }

    /** A plain text message, for what the channel itself says (not the engine). */
    static SendMessage plain(long chatId, String text) {
        return SendMessage.builder().chatId(chatId).text(text).build();
    }

    static InlineKeyboardMarkup keyboard(List<Option> options) {
        if (options.isEmpty()) {
            return null;
        }
        int perRow = options.stream().allMatch(o -> o.label().length() <= SHORT_LABEL) ? 2 : 1;
        List<InlineKeyboardRow> rows = new ArrayList<>();
        InlineKeyboardRow row = new InlineKeyboardRow();
        for (Option option : options) {
            if (row.size() == perRow) {
                rows.add(row);
                row = new InlineKeyboardRow();
            }
            row.add(InlineKeyboardButton.builder()
                    .text(TextRendering.label(option.label(), MAX_LABEL))
                    .callbackData(option.value())
                    .build());
        }
        rows.add(row);
        return new InlineKeyboardMarkup(rows);
    }

    /** Pieces of at most {@code max} characters, cut at a blank line, else a line break, else a space. */
    static List<String> split(String text, int max) {
        List<String> pieces = new ArrayList<>();
        String rest = text;
        while (rest.length() > max) {
            int cut = rest.lastIndexOf("\n\n", max);
            if (cut < max / 2) {
                cut = rest.lastIndexOf('\n', max);
            }
            if (cut < max / 2) {
                cut = rest.lastIndexOf(' ', max);
            }
            if (cut < max / 2) {
                cut = max;
            }
            pieces.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isBlank()) {
            pieces.add(rest);
        }
        return pieces;
    }
}
