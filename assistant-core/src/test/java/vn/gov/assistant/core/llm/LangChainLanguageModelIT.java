package vn.gov.assistant.core.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.assistant.core.llm.TemporaryResidence.FAITHFUL;
import static vn.gov.assistant.core.llm.TemporaryResidence.TEMPLATED;
import static vn.gov.assistant.core.llm.TemporaryResidence.askedAs;
import static vn.gov.assistant.core.llm.TemporaryResidence.feeQuestion;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import vn.gov.assistant.core.llm.GuardedRewriter.Rewritten;

/**
 * The real langchain4j OpenAI client, driven through {@link LangChainLanguageModel} and {@link
 * GuardedRewriter}, against a local server on 127.0.0.1 that speaks the chat-completions protocol
 * (POST /v1/chat/completions). The server answers as a model would: faithfully, with an invented
 * fee, too slowly, with an error.
 */
class LangChainLanguageModelIT {

    // generous for a loaded machine: the first call also loads the client
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final Duration BOUND = TIMEOUT.plusSeconds(2);
    private static final String MODEL = "test-model";

    /** What the fake model server does with one request. */
    @FunctionalInterface
    private interface Reply {
        void send(HttpExchange exchange) throws IOException, InterruptedException;
    }

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final ExecutorService serverThreads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fake-model-server");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Reply reply = answering(FAITHFUL);
    private HttpServer server;
    private LangChainLanguageModel model;
    private GuardedRewriter rewriter;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(serverThreads);
        server.createContext("/", exchange -> {
            try (exchange) {
                paths.add(exchange.getRequestMethod() + " "
                        + exchange.getRequestURI().getPath());
                requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                reply.send(exchange);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // the client gave up (timeout): nothing to answer
            }
        });
        server.start();
        model = new LangChainLanguageModel(
                settings(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1")));
        rewriter = new GuardedRewriter(model, new FaithfulnessGuard());
    }

    @AfterEach
    void stopServer() {
        model.close();
        server.stop(0);
        serverThreads.shutdownNow();
    }

    @Test
    void faithfulAnswerIsReturned() {
        Rewritten rewritten = rewriter.rewrite(feeQuestion());

        assertThat(rewritten).isEqualTo(new Rewritten(FAITHFUL, true, List.of()));
        assertThat(paths).containsExactly("POST /v1/chat/completions");
        assertThat(requests.get(0))
                .containsPattern("\"model\"\\s*:\\s*\"" + MODEL + "\"")
                .containsPattern("\"role\"\\s*:\\s*\"system\"")
                .contains("tiếng Việt có dấu")
                .contains("Mẫu CT01", "7.000 đồng", "1.004194");
    }

    @Test
    void answerWithAnInventedFeeIsReplacedByTheTemplate() {
        reply = answering(FAITHFUL.replace("7.000 đồng", "70.000 đồng"));

        Rewritten rewritten = rewriter.rewrite(feeQuestion());

        assertThat(rewritten).isEqualTo(new Rewritten(TEMPLATED, false, List.of("70.000 đồng")));
    }

    @Test
    void serverSlowerThanTheTimeoutFallsBackToTheTemplateInBoundedTime() {
        reply = exchange -> {
            Thread.sleep(TIMEOUT.multipliedBy(5).toMillis());
            answering(FAITHFUL).send(exchange);
        };

        long start = System.nanoTime();
        Rewritten rewritten = rewriter.rewrite(feeQuestion());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(rewritten).isEqualTo(new Rewritten(TEMPLATED, false, List.of()));
        assertThat(elapsed).isLessThan(BOUND);
    }

    @Test
    void serverThatTricklesItsAnswerIsCutOffAtTheTimeout() {
        reply = exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            OutputStream body = exchange.getResponseBody();
            for (int i = 0; i < 50; i++) {
                body.write(' ');
                body.flush();
                Thread.sleep(200);
            }
        };

        long start = System.nanoTime();
        String answer = rewriter.answer(feeQuestion());

        assertThat(answer).isEqualTo(TEMPLATED);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 503, 429, 401, 404})
    void errorStatusFallsBackToTheTemplate(int status) {
        reply = exchange -> respond(exchange, status, "{\"error\":{\"message\":\"boom\",\"type\":\"server_error\"}}");

        assertThat(rewriter.rewrite(feeQuestion())).isEqualTo(new Rewritten(TEMPLATED, false, List.of()));
        assertThat(requests).as("no retries").hasSize(1);
    }

    @Test
    void malformedAnswerFallsBackToTheTemplate() {
        reply = exchange -> respond(exchange, 200, "{\"choices\": [ this is not json");

        assertThat(rewriter.answer(feeQuestion())).isEqualTo(TEMPLATED);
    }

    @Test
    void emptyAnswerFallsBackToTheTemplate() {
        reply = answering("");

        assertThat(rewriter.rewrite(feeQuestion())).isEqualTo(new Rewritten(TEMPLATED, false, List.of()));
    }

    @Test
    void unreachableServerFallsBackToTheTemplate() throws IOException {
        HttpServer closed = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        int port = closed.getAddress().getPort();
        closed.stop(0);

        try (LangChainLanguageModel unreachable =
                new LangChainLanguageModel(settings(URI.create("http://127.0.0.1:" + port + "/v1")))) {
            long start = System.nanoTime();
            assertThat(unreachable.rephrase(feeQuestion())).isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
        }
    }

    @Test
    void personalDataInTheQuestionArrivesMasked() {
        GroundedAnswer asked = askedAs("Tôi là Nguyễn Văn A, CCCD 001203004567, SĐT 0912 345 678, "
                + "email nguyenvana@gmail.com, đăng ký tạm trú hết bao nhiêu tiền?");

        rewriter.rewrite(asked);

        assertThat(requests)
                .singleElement()
                .asString()
                .doesNotContain("001203004567", "0912 345 678", "345 678", "nguyenvana@gmail.com")
                .contains("CCCD [số định danh], SĐT [số điện thoại], email [email]")
                .contains("đăng ký tạm trú hết bao nhiêu tiền?");
    }

    @Test
    void logsCarryNeitherTheQuestionNorTheAnswer() {
        ch.qos.logback.classic.Logger root =
                (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        root.setLevel(Level.DEBUG);
        try {
            GroundedAnswer asked = askedAs("CCCD 001203004567, SĐT 0912345678: đăng ký tạm trú mất mấy ngày?");
            reply = answering(FAITHFUL);
            rewriter.rewrite(asked);
            reply = answering(FAITHFUL.replace("3 ngày", "5 ngày"));
            rewriter.rewrite(asked);
            reply = exchange -> respond(exchange, 500, "{\"error\":{\"message\":\"" + asked.question() + "\"}}");
            rewriter.rewrite(asked);
        } finally {
            root.detachAppender(logs);
            root.setLevel(level);
        }

        assertThat(logs.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(message -> message.startsWith("Language model failed after"))
                .anyMatch(message -> message.startsWith("Rephrased answer rejected"))
                .noneMatch(message -> message.contains("001203004567")
                        || message.contains("0912345678")
                        || message.contains("đăng ký tạm trú")
                        || message.contains("5 ngày"));
        assertThat(logs.list).allMatch(event -> event.getThrowableProxy() == null);
    }

    @Test
    void closedModelAnswersNothing() {
        model.close();

        assertThat(model.rephrase(feeQuestion())).isEmpty();
        assertThat(rewriter.answer(feeQuestion())).isEqualTo(TEMPLATED);
        assertThat(requests).isEmpty();
    }

    private static LanguageModelSettings settings(URI baseUrl) {
        return new LanguageModelSettings("openai", baseUrl, MODEL, "", TIMEOUT);
    }

    private static Reply answering(String content) {
        return exchange -> respond(
                exchange,
                200,
                """
                {"id":"chatcmpl-1","object":"chat.completion","created":1767225600,"model":"%s",\
                "choices":[{"index":0,"message":{"role":"assistant","content":%s},"finish_reason":"stop"}],\
                "usage":{"prompt_tokens":900,"completion_tokens":120,"total_tokens":1020}}"""
                        .formatted(MODEL, json(content)));
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static String json(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                default -> {
                    if (c < 0x20) {
                        quoted.append("\\u%04x".formatted((int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
