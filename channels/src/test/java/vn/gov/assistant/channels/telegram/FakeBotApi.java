package vn.gov.assistant.channels.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the Telegram Bot API (127.0.0.1, ephemeral port) speaking the methods the
 * channel uses: getUpdates (long polling, held briefly when there is nothing new), deleteWebhook,
 * getMe, sendMessage and answerCallbackQuery. Tests queue updates as a citizen's Telegram app would
 * produce them and read what the bot sent, as JSON exactly as it arrived.
 */
public final class FakeBotApi implements AutoCloseable {

    public static final String TOKEN = "123456:TEST-token_for-the-fake-api";
    private static final long HOLD_MILLIS = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final List<ObjectNode> updates = new ArrayList<>();
    private final AtomicInteger nextUpdateId = new AtomicInteger(1);
    private final AtomicInteger nextMessageId = new AtomicInteger(1);
    private final ConcurrentHashMap<Long, BlockingQueue<JsonNode>> sentByChat = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, BlockingQueue<JsonNode>> callbackAnswers = new ConcurrentHashMap<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger unavailable = new AtomicInteger();

    public FakeBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/bot" + TOKEN + "/", this::serve);
        server.setExecutor(threads);
        server.start();
    }

    /** The address to give the channel as {@code assistant.telegram.api-url}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Queues a text message from a private chat, as getUpdates will return it. */
    void userSays(long chatId, String text) {
        ObjectNode message = message(chatId, "private");
        message.put("text", text);
        if (text.startsWith("/")) {
            ObjectNode entity = message.putArray("entities").addObject();
            entity.put("type", "bot_command").put("offset", 0).put("length", text.split(" ", 2)[0].length());
        }
        offer(update("message", message));
    }

    /** Queues a press of an inline button carrying {@code data}; returns the callback query id. */
    String userPresses(long chatId, String data) {
        String id = "cbq-" + nextMessageId.incrementAndGet();
        ObjectNode query = JSON.createObjectNode();
        query.put("id", id);
        query.set("from", user(chatId));
        ObjectNode message = message(chatId, "private");
        message.put("text", "(the bot's earlier message)");
        query.set("message", message);
        query.put("chat_instance", "instance-" + chatId);
        query.put("data", data);
        offer(update("callback_query", query));
        return id;
    }

    /** An update as Telegram posts it to a webhook. */
    public static String messageUpdateJson(int updateId, long chatId, String chatType, String text) {
        ObjectNode message = message(chatId, chatType);
        message.put("text", text);
        ObjectNode update = JSON.createObjectNode();
        update.put("update_id", updateId);
        update.set("message", message);
        return update.toString();
    }

    /** The next message the bot sent to the chat, or null after {@code seconds}. */
    public JsonNode nextSent(long chatId, long seconds) throws InterruptedException {
        return queue(chatId).poll(seconds, TimeUnit.SECONDS);
    }

    /** The bot's answerCallbackQuery to the callback query {@code id}, or null after {@code seconds}. */
    JsonNode callbackAnswer(String id, long seconds) throws InterruptedException {
        return answers(id).poll(seconds, TimeUnit.SECONDS);
    }

    private BlockingQueue<JsonNode> answers(String callbackQueryId) {
        return callbackAnswers.computeIfAbsent(callbackQueryId, id -> new LinkedBlockingQueue<>());
    }

    /** The next {@code calls} requests fail with 502, as when Telegram cannot be reached. */
    void unavailableFor(int calls) {
        unavailable.set(calls);
    }

    /** How many sendMessage calls arrived in all. */
    public int sentCount() {
        return sent.get();
    }

    private BlockingQueue<JsonNode> queue(long chatId) {
        return sentByChat.computeIfAbsent(chatId, id -> new LinkedBlockingQueue<>());
    }

    private synchronized void offer(ObjectNode update) {
        updates.add(update);
        notifyAll();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            // Bot API method names are case-insensitive; telegrambots writes some in lower case
            String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            byte[] raw = exchange.getRequestBody().readAllBytes();
            if (unavailable.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                exchange.sendResponseHeaders(502, -1);
                return;
            }
            JsonNode body = raw.length == 0 ? JSON.createObjectNode() : JSON.readTree(raw);
            JsonNode result =
                    switch (method) {
                        case "getupdates" -> getUpdates(body.path("offset").asInt(0));
                        case "deletewebhook", "answercallbackquery" -> {
                            if (method.equals("answercallbackquery")) {
                                answers(body.path("callback_query_id").asText()).add(body);
                            }
                            yield JSON.getNodeFactory().booleanNode(true);
                        }
                        case "getme" -> user(1).put("is_bot", true).put("username", "test_bot");
                        case "sendmessage" -> sendMessage(body);
                        default -> null;
                    };
            ObjectNode response = JSON.createObjectNode();
            if (result == null) {
                response.put("ok", false).put("error_code", 404).put("description", "Not Found");
            } else {
                response.put("ok", true).set("result", result);
            }
            byte[] out = JSON.writeValueAsBytes(response);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(result == null ? 404 : 200, out.length);
            exchange.getResponseBody().write(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized ArrayNode getUpdates(int offset) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(HOLD_MILLIS);
        while (updates.stream().noneMatch(u -> u.path("update_id").asInt() >= offset)) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        ArrayNode result = JSON.createArrayNode();
        updates.stream().filter(u -> u.path("update_id").asInt() >= offset).forEach(result::add);
        updates.removeIf(u -> u.path("update_id").asInt() < offset);
        return result;
    }

    private JsonNode sendMessage(JsonNode body) {
        long chatId = body.path("chat_id").asLong();
        queue(chatId).add(body);
        sent.incrementAndGet();
        ObjectNode message = message(chatId, "private");
        message.put("text", body.path("text").asText());
        return message;
    }

    private ObjectNode update(String kind, ObjectNode content) {
        ObjectNode update = JSON.createObjectNode();
        update.put("update_id", nextUpdateId.getAndIncrement());
        update.set(kind, content);
        return update;
    }

    private static final AtomicInteger MESSAGE_IDS = new AtomicInteger(1);

    private static ObjectNode message(long chatId, String chatType) {
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", MESSAGE_IDS.getAndIncrement());
        message.put("date", Instant.now().getEpochSecond());
        message.set("from", user(chatId));
        ObjectNode chat = message.putObject("chat");
        chat.put("id", chatId).put("type", chatType);
        if (chatType.equals("private")) {
            chat.put("first_name", "Công dân");
        } else {
            chat.put("title", "Nhóm");
        }
        return message;
    }

    private static ObjectNode user(long id) {
        ObjectNode user = JSON.createObjectNode();
        user.put("id", id).put("is_bot", false).put("first_name", "Công dân");
        return user;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
