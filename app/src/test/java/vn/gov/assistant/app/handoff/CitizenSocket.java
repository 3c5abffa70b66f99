package vn.gov.assistant.app.handoff;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A citizen's web chat over a real WebSocket: sends the widget's JSON, keeps all it receives. */
public final class CitizenSocket implements WebSocket.Listener, AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LinkedBlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    /** Every message received, in order, including those already taken by {@link #next}. */
    public final List<JsonNode> all = java.util.Collections.synchronizedList(new ArrayList<>());

    private final StringBuilder buffer = new StringBuilder();
    private WebSocket socket;
    public String session;

    /** Connects to an instance and says hello (resuming {@code session} when not null). */
    public static CitizenSocket connect(int port, String session) throws Exception {
        CitizenSocket c = new CitizenSocket();
        c.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + port + "/ws/chat"), c)
                .get(10, TimeUnit.SECONDS);
        c.send(session == null ? Map.of("type", "hello") : Map.of("type", "hello", "session", session));
        c.session = c.next(m -> type(m).equals("welcome")).path("session").asString();
        return c;
    }

    public void send(Map<String, ?> message) {
        socket.sendText(JSON.writeValueAsString(message), true).join();
    }

    public void say(String text) {
        send(Map.of("type", "text", "text", text));
    }

    /** The next message matching, skipping others; fails after 15 s. */
    public JsonNode next(Predicate<JsonNode> wanted) throws InterruptedException {
        long end = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < end) {
            JsonNode m = inbox.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (m != null && wanted.test(m)) {
                return m;
            }
        }
        throw new AssertionError("nothing matching within 15 s; received " + all);
    }

    public JsonNode reply() throws InterruptedException {
        return next(m -> type(m).equals("reply"));
    }

    /** The next staff or desk line containing this text. */
    public JsonNode line(String containing) throws InterruptedException {
        return next(m -> type(m).equals("line") && m.path("text").asString("").contains(containing));
    }

    /** Lines received (pushed, not history) whose text is exactly this. */
    public long linesWithText(String text) {
        synchronized (all) {
            return all.stream()
                    .filter(m -> type(m).equals("line")
                            && m.path("text").asString("").equals(text))
                    .count();
        }
    }

    /** Waits until a line with each of these texts arrived, in any order; fails after 30 s. */
    public void awaitLines(java.util.Collection<String> texts) throws InterruptedException {
        long end = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < end) {
            if (texts.stream().allMatch(t -> linesWithText(t) > 0)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("lines missing after 30 s: "
                + texts.stream().filter(t -> linesWithText(t) == 0).toList());
    }

    public static String type(JsonNode m) {
        return m.path("type").asString("");
    }

    /** A reply's text parts, joined. */
    public static String text(JsonNode reply) {
        StringBuilder out = new StringBuilder();
        for (JsonNode part : reply.path("parts")) {
            if (part.path("type").asString("").equals("text")) {
                out.append(part.path("text").asString("")).append('\n');
            }
        }
        return out.toString();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        buffer.append(data);
        if (last) {
            JsonNode m = JSON.readTree(buffer.toString());
            buffer.setLength(0);
            all.add(m);
            inbox.add(m);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
    }
}
