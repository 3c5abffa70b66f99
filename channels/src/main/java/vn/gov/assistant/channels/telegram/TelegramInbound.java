package vn.gov.assistant.channels.telegram;

import java.util.Locale;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import vn.gov.assistant.core.message.Inbound;

/**
 * What a Telegram update means for the engine. Only private chats are served: in a group the bot
 * would answer everyone's messages and show one citizen's questions to the others. A message with
 * text is {@link Inbound.Text}, a button pressed is {@link Inbound.OptionChosen} (its callback query
 * must be answered, or the citizen's button keeps spinning), and the bot's commands are events:
 * {@code /start} opens the conversation, {@code /staff} asks for a person, {@code /help} asks what
 * the assistant can do. A message without text (photo, sticker, voice) has no inbound: the channel
 * says it reads text only.
 *
 * @param chatId the private chat, which is also the citizen's user id
 * @param callbackQueryId the callback query to answer, empty unless a button was pressed
 * @param inbound what the engine is told; empty when the message has no text
 */
record TelegramInbound(long chatId, Optional<String> callbackQueryId, Optional<Inbound> inbound) {

    /** What {@code /help} asks the engine: its own capabilities question. */
    static final String HELP_QUESTION = "bạn làm được gì";

    static Optional<TelegramInbound> of(Update update) {
        if (update.hasMessage()) {
            return message(update.getMessage());
        }
        if (update.hasCallbackQuery()) {
            return callback(update.getCallbackQuery());
        }
        return Optional.empty();
    }

    private static Optional<TelegramInbound> message(Message message) {
        if (message.getChat() == null || !Boolean.TRUE.equals(message.getChat().isUserChat())) {
            return Optional.empty();
        }
        Optional<Inbound> inbound = message.hasText() ? Optional.of(text(message.getText())) : Optional.empty();
        return Optional.of(new TelegramInbound(message.getChatId(), Optional.empty(), inbound));
    }

    private static Optional<TelegramInbound> callback(CallbackQuery query) {
        MaybeInaccessibleMessage message = query.getMessage();
        if (message == null
                || message.getChat() == null
                || !Boolean.TRUE.equals(message.getChat().isUserChat())
                || query.getData() == null
                || query.getData().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new TelegramInbound(
                message.getChatId(),
                Optional.ofNullable(query.getId()),
                Optional.of(new Inbound.OptionChosen(query.getData()))));
    }

    /** A typed text: one of the bot's commands, or what the citizen wrote. */
    static Inbound text(String text) {
        String stripped = text.strip();
        if (!stripped.startsWith("/")) {
            return new Inbound.Text(text);
        }
        // "/start payload" from a deep link, "/help@SomeBot" in a chat menu
        String command = stripped.split("\\s+", 2)[0].split("@", 2)[0].toLowerCase(Locale.ROOT);
        return switch (command) {
            case "/start" -> new Inbound.Event(Inbound.EventType.CONVERSATION_STARTED);
            case "/staff" -> new Inbound.Event(Inbound.EventType.HANDOFF_REQUESTED);
            case "/help" -> new Inbound.Text(HELP_QUESTION);
            default -> new Inbound.Text(text);
        };
    }
}
