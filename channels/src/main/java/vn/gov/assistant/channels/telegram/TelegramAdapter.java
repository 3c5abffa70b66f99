package vn.gov.assistant.channels.telegram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.gov.assistant.channels.ChannelAdapter;
import vn.gov.assistant.channels.ChannelCapabilities;
import vn.gov.assistant.core.handoff.CitizenSender;
import vn.gov.assistant.core.handoff.Reception;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.core.monitoring.ServiceMonitor;

/**
 * Telegram onto the conversation engine: each update from a private chat becomes one engine turn
 * under the conversation {@code telegram-<chatId>}, and the reply goes back with sendMessage
 * ({@link TelegramReplies}). The same adapter serves long polling ({@link #consume}, a batch of
 * updates) and the webhook ({@link #handle}, one update).
 *
 * <p>Nothing a citizen wrote and no chat id is logged (personal data); failures are logged with
 * Telegram's error only. A failure never escapes to the transport, so one bad update cannot stop
 * the polling loop or make Telegram resend a webhook forever.
 */
public final class TelegramAdapter implements ChannelAdapter, LongPollingUpdateConsumer, CitizenSender {

    private static final Logger log = LoggerFactory.getLogger(TelegramAdapter.class);

    /** What the bot says to a photo, sticker or voice message. */
    static final String TEXT_ONLY = "Hiện tôi chỉ đọc được tin nhắn chữ. Bạn vui lòng nhắn câu hỏi bằng chữ nhé.";

    private final Reception reception;
    private final TelegramClient client;
    private final ServiceMonitor monitor;

    public TelegramAdapter(Reception reception, TelegramClient client) {
        this(reception, client, ServiceMonitor.NONE);
    }

    /** {@code monitor} hears of every message Telegram did not take. */
    public TelegramAdapter(Reception reception, TelegramClient client, ServiceMonitor monitor) {
        this.reception = Objects.requireNonNull(reception, "reception");
        this.client = Objects.requireNonNull(client, "client");
        this.monitor = Objects.requireNonNull(monitor, "monitor");
    }

    @Override
    public String name() {
        return "telegram";
    }

    @Override
    public ChannelCapabilities capabilities() {
        return TelegramReplies.CAPABILITIES;
    }

    /**
     * A batch from long polling. Each chat's updates are handled in order (a follow-up must come
     * after its question); different chats run side by side on virtual threads, so one citizen's
     * slow turn does not hold up the others. Returns once the whole batch is handled, so the next
     * poll comes after it.
     */
    @Override
    public void consume(List<Update> updates) {
        Map<Long, List<TelegramInbound>> byChat = new LinkedHashMap<>();
        for (Update update : updates) {
            TelegramInbound.of(update).ifPresent(in -> byChat.computeIfAbsent(in.chatId(), id -> new ArrayList<>())
                    .add(in));
        }
        if (byChat.size() <= 1) {
            byChat.values().forEach(chat -> chat.forEach(this::handle));
            return;
        }
        try (ExecutorService chats = Executors.newVirtualThreadPerTaskExecutor()) {
            byChat.values().forEach(chat -> chats.execute(() -> chat.forEach(this::handle)));
        }
    }

    /** One update: the engine's turn and the reply sent; updates the bot does not serve are ignored. */
    public void handle(Update update) {
        TelegramInbound.of(update).ifPresent(this::handle);
    }

    private void handle(TelegramInbound in) {
        try {
            in.callbackQueryId().ifPresent(this::answerCallback);
            if (in.inbound().isEmpty()) {
                send(TelegramReplies.plain(in.chatId(), TEXT_ONLY));
                return;
            }
            Optional<Reply> reply = reception.handle(
                    name(),
                    conversationId(Long.toString(in.chatId())),
                    in.inbound().get());
            if (reply.isPresent()) {
                for (SendMessage message : TelegramReplies.messages(in.chatId(), reply.get())) {
                    send(message);
                }
            }
        } catch (RuntimeException e) {
            // the class and place only: an exception's message might quote the citizen's text
            StackTraceElement[] trace = e.getStackTrace();
            log.error(
                    "Telegram update not handled: {} at {}", e.getClass().getName(), trace.length > 0 ? trace[0] : "?");
        }
    }

    @Override
    public String channel() {
        return name();
    }

    /** A staff member's line or a desk notice, to the chat of this conversation. */
    @Override
    public void send(String conversationId, String text) {
        long chatId = Long.parseLong(channelUserId(conversationId));
        try {
            client.execute(TelegramReplies.plain(chatId, text));
        } catch (TelegramApiException e) {
            monitor.sendFailed(name());
            throw new IllegalStateException("Telegram sendMessage failed", e);
        }
    }

    private void answerCallback(String callbackQueryId) {
        try {
            client.execute(AnswerCallbackQuery.builder()
                    .callbackQueryId(callbackQueryId)
                    .build());
        } catch (TelegramApiException e) {
            // the button stops spinning by itself after a while; the answer still goes out
            log.warn("Telegram answerCallbackQuery failed: {}", e.getMessage());
        }
    }

    private void send(SendMessage message) {
        try {
            client.execute(message);
        } catch (TelegramApiException e) {
            monitor.sendFailed(name());
            log.warn("Telegram sendMessage failed: {}", e.getMessage());
        }
    }
}
