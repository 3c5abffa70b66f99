package vn.gov.assistant.channels.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Zalo Open API and OAuth server, played on 127.0.0.1 (ephemeral port): accepts consultation
 * messages and token refreshes the way Zalo does (HTTP 200, {@code error} in the body) and records
 * what it received, so that tests see exactly what a citizen would be sent.
 */
public final class FakeZaloApi implements AutoCloseable {

    /** A message Zalo accepted, and the refresh token the OA had stored when it was sent. */
    public record Sent(
            String accessToken, String userId, String text, List<String> payloads, String storedRefreshToken) {}

    /** A call to the OAuth server: the {@code secret_key} header and the form fields. */
    public record Refresh(String secretKey, Map<String, String> form) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final Map<String, BlockingQueue<Sent>> inbox = new ConcurrentHashMap<>();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final List<String> attempts = new CopyOnWriteArrayList<>();
    private final List<Refresh> refreshes = new CopyOnWriteArrayList<>();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> failNext = new ConcurrentHashMap<>();
    private final AtomicInteger pairs = new AtomicInteger();
    private volatile Supplier<String> storedRefreshToken = () -> "";
    private volatile boolean refreshesRefused;

    private FakeZaloApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(ZaloClient.SEND_PATH, this::message);
        server.createContext(ZaloClient.TOKEN_PATH, this::token);
        server.start();
    }

    public static FakeZaloApi start() throws IOException {
        return new FakeZaloApi();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers messages sent with this access token as Zalo answers an expired one. */
    public void refuse(String accessToken) {
        refused.add(accessToken);
    }

    /** Refuses every token refresh, as Zalo does once the refresh token is spent or revoked. */
    void refuseRefreshes() {
        refreshesRefused = true;
    }

    /** Answers the next message to this user with a Zalo error code (e.g. outside the reply window). */
    void failNext(String user, int error) {
        failNext.put(user, error);
    }

    /** Notes, with every accepted message, the refresh token the OA's store holds at that moment. */
    void watch(TokenStore store) {
        storedRefreshToken = () -> store.current().refreshToken();
    }

    /** The next message to a user, waiting at most {@code timeout} (processing is asynchronous). */
    public Sent next(String user, Duration timeout) throws InterruptedException {
        Sent next = queue(user).poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(next).as("a message to %s within %s", user, timeout).isNotNull();
        return next;
    }

    /**
     * All messages of one reply to a user (a long answer is split into several): the first within
     * {@code timeout}, then the ones that follow until {@code quiet} passes without another.
     */
    public List<Sent> reply(String user, Duration timeout, Duration quiet) throws InterruptedException {
        List<Sent> messages = new ArrayList<>(List.of(next(user, timeout)));
        for (Sent more; (more = queue(user).poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null; ) {
            messages.add(more);
        }
        return messages;
    }

    List<Sent> sentTo(String user) {
        return sent.stream().filter(s -> s.userId().equals(user)).toList();
    }

    /** The access tokens of every send attempt, accepted or not. */
    List<String> attempts() {
        return List.copyOf(attempts);
    }

    public List<Refresh> refreshes() {
        return List.copyOf(refreshes);
    }

    private BlockingQueue<Sent> queue(String user) {
        return inbox.computeIfAbsent(user, u -> new LinkedBlockingQueue<>());
    }

    private void message(HttpExchange exchange) throws IOException {
        String token = exchange.getRequestHeaders().getFirst("access_token");
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        attempts.add(token);
        if (token == null || refused.contains(token)) {
            answer(exchange, "{\"error\":-216,\"message\":\"Access token is invalid\"}");
            return;
        }
        String user = body.path("recipient").path("user_id").asString();
        Integer error = failNext.remove(user);
        if (error != null) {
            answer(exchange, "{\"error\":" + error + ",\"message\":\"refused for the test\"}");
            return;
        }
        List<String> payloads = new ArrayList<>();
        body.path("message")
                .path("attachment")
                .path("payload")
                .path("buttons")
                .forEach(b -> payloads.add(b.path("payload").asString()));
        Sent message =
                new Sent(token, user, body.path("message").path("text").asString(), payloads, storedRefreshToken.get());
        sent.add(message);
        queue(user).add(message);
        answer(exchange, "{\"error\":0,\"message\":\"Success\",\"data\":{\"message_id\":\"m" + sent.size() + "\"}}");
    }

    private void token(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            String[] kv = pair.split("=", 2);
            fields.put(
                    URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        refreshes.add(new Refresh(exchange.getRequestHeaders().getFirst("secret_key"), fields));
        if (refreshesRefused) {
            answer(exchange, "{\"error\":-14014,\"message\":\"Invalid refresh token\"}");
            return;
        }
        int n = pairs.incrementAndGet();
        answer(
                exchange,
                "{\"access_token\":\"access-" + n + "\",\"refresh_token\":\"refresh-" + n
                        + "\",\"expires_in\":\"90000\"}");
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
