package vn.gov.assistant.app.cli;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.assistant.knowledge.eval.EvalQuestion;

/**
 * {@code loadtest [--url ws://127.0.0.1:8080] [--clients 1000] [--rate 100] [--duration 30]
 * [--questions eval/dev-questions.jsonl]}: opens N WebSocket connections to a running service's web
 * chat and, at a steady total rate, sends real questions round-robin (one outstanding per client),
 * timing each round trip until the reply; then does the same against the service's echo endpoint
 * ({@code /ws/echo}, started with {@code --assistant.web.echo=true}) and prints both and their
 * ratio as one JSON line.
 */
final class LoadTestCommand {

    static final String USAGE = "usage: loadtest [--url ws://127.0.0.1:8080] [--clients N] [--rate MSG_PER_S]"
            + " [--duration SECONDS] [--questions FILE]";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LoadTestCommand() {}

    record Result(
            String target,
            int clients,
            int connected,
            int heldAtEnd,
            long sent,
            long received,
            long errors,
            double seconds,
            double[] latenciesMs) {

        double percentile(double p) {
            if (latenciesMs.length == 0) {
                return 0;
            }
            double[] s = latenciesMs.clone();
            Arrays.sort(s);
            int rank = (int) Math.ceil(p / 100.0 * s.length);
            return s[Math.max(0, Math.min(s.length - 1, rank - 1))];
        }

        String json() {
            return String.format(
                    Locale.ROOT,
                    "{\"target\":\"%s\",\"clients\":%d,\"connected\":%d,\"held_at_end\":%d,\"sent\":%d,"
                            + "\"received\":%d,\"errors\":%d,\"messages_per_s\":%.1f,\"p50_ms\":%.2f,"
                            + "\"p99_ms\":%.2f,\"max_ms\":%.2f}",
                    target,
                    clients,
                    connected,
                    heldAtEnd,
                    sent,
                    received,
                    errors,
                    received / seconds,
                    percentile(50),
                    percentile(99),
                    percentile(100));
        }
    }

    static int run(String[] args, PrintStream out) {
        String url = "ws://127.0.0.1:8080";
        int clients = 1000;
        double rate = 100;
        int duration = 30;
        int warmup = 10;
        Path questionsFile = Path.of("eval", "dev-questions.jsonl");
        try {
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                if (value == null) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                switch (args[i]) {
                    case "--url" -> url = value;
                    case "--clients" -> clients = Integer.parseInt(value);
                    case "--rate" -> rate = Double.parseDouble(value);
                    case "--duration" -> duration = Integer.parseInt(value);
                    case "--warmup" -> warmup = Integer.parseInt(value);
                    case "--questions" -> questionsFile = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
                }
                i++;
            }
            if (clients < 1 || clients > 20_000 || rate <= 0 || duration < 1 || warmup < 0) {
                throw new IllegalArgumentException("clients 1-20000, rate > 0, duration >= 1, warmup >= 0");
            }
        } catch (IllegalArgumentException e) {
            out.println("loadtest: " + e.getMessage());
            out.println(USAGE);
            return 2;
        }
        List<String> questions = EvalQuestion.read(questionsFile).stream()
                .map(EvalQuestion::question)
                .toList();
        Result chat = drive("chat", URI.create(url + "/ws/chat"), clients, rate, warmup, duration, questions, out);
        out.println(chat.json());
        Result echo = drive("echo", URI.create(url + "/ws/echo"), clients, rate, warmup, duration, questions, out);
        out.println(echo.json());
        out.println(String.format(
                Locale.ROOT,
                "{\"chat\":%s,\"echo\":%s,\"ratio_p50\":%.2f,\"ratio_p99\":%.2f}",
                chat.json(),
                echo.json(),
                echo.percentile(50) == 0 ? 0 : chat.percentile(50) / echo.percentile(50),
                echo.percentile(99) == 0 ? 0 : chat.percentile(99) / echo.percentile(99)));
        return chat.connected() == clients && chat.errors() == 0 ? 0 : 1;
    }

    /** One client: its socket, the time its outstanding message left, and what it received. */
    private static final class Client implements WebSocket.Listener {
        final boolean chat;
        final ConcurrentLinkedQueue<Double> latencies;
        final AtomicLong received;
        final AtomicLong errors;
        final CountDownLatch ready = new CountDownLatch(1);
        final StringBuilder buffer = new StringBuilder();
        volatile WebSocket socket;
        volatile long sentAt;
        volatile boolean open;

        Client(boolean chat, ConcurrentLinkedQueue<Double> latencies, AtomicLong received, AtomicLong errors) {
            this.chat = chat;
            this.latencies = latencies;
            this.received = received;
            this.errors = errors;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            open = true;
            if (!chat) {
                ready.countDown();
            }
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String message = buffer.toString();
                buffer.setLength(0);
                handle(message);
            }
            webSocket.request(1);
            return null;
        }

        private void handle(String message) {
            if (chat) {
                String type = JSON.readTree(message).path("type").asString("");
                switch (type) {
                    case "welcome", "typing" -> {
                        return;
                    }
                    case "error" -> errors.incrementAndGet();
                    default -> {}
                }
                if (ready.getCount() > 0) {
                    ready.countDown(); // the welcome reply of a new conversation
                    return;
                }
            }
            long at = sentAt;
            if (at != 0) {
                latencies.add((System.nanoTime() - at) / 1e6);
                received.incrementAndGet();
                sentAt = 0;
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            open = false;
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            open = false;
            if (errors.incrementAndGet() == 1) {
                System.err.println("loadtest: first client error: " + error);
            }
        }
    }

    private static Result drive(
            String target,
            URI uri,
            int n,
            double rate,
            int warmupSeconds,
            int seconds,
            List<String> questions,
            PrintStream out) {
        boolean chat = target.equals("chat");
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong received = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(4))
                .build();
        List<Client> clients = new ArrayList<>();
        Semaphore opening = new Semaphore(50);
        List<CompletableFuture<WebSocket>> connecting = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Client c = new Client(chat, latencies, received, errors);
            clients.add(c);
            opening.acquireUninterruptibly();
            connecting.add(http.newWebSocketBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(uri, c)
                    .whenComplete((ws, e) -> {
                        opening.release();
                        if (ws != null) {
                            c.socket = ws;
                            if (chat) {
                                ws.sendText("{\"type\":\"hello\"}", true);
                            }
                        }
                    }));
        }
        int connected = 0;
        for (int i = 0; i < n; i++) {
            try {
                connecting.get(i).get(15, TimeUnit.SECONDS);
                if (clients.get(i).ready.await(15, TimeUnit.SECONDS)) {
                    connected++;
                }
            } catch (Exception e) {
                if (errors.incrementAndGet() == 1) {
                    out.println(target + ": cannot connect: " + e);
                }
            }
        }
        out.println(target + ": " + connected + " of " + n + " connections open");
        AtomicInteger next = new AtomicInteger();
        long intervalNanos = (long) (1e9 / rate);
        // unmeasured first, so that the server's code is compiled before it is timed
        send(clients, next, questions, intervalNanos, warmupSeconds, n);
        awaitOutstanding(clients);
        latencies.clear();
        received.set(0);
        long start = System.nanoTime();
        long sent = send(clients, next, questions, intervalNanos, seconds, n);
        awaitOutstanding(clients);
        double elapsed = (System.nanoTime() - start) / 1e9;
        int held = (int) clients.stream().filter(c -> c.open).count();
        for (Client c : clients) {
            if (c.socket != null) {
                c.socket.abort();
            }
        }
        double[] ms = latencies.stream().mapToDouble(Double::doubleValue).toArray();
        return new Result(target, n, connected, held, sent, received.get(), errors.get(), elapsed, ms);
    }

    private static void awaitOutstanding(List<Client> clients) {
        long waitUntil = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < waitUntil && clients.stream().anyMatch(c -> c.sentAt != 0 && c.open)) {
            java.util.concurrent.locks.LockSupport.parkNanos(10_000_000);
        }
    }

    /** Sends at the steady rate for the time given, to clients with nothing outstanding; the count sent. */
    private static long send(
            List<Client> clients, AtomicInteger next, List<String> questions, long intervalNanos, int seconds, int n) {
        long sent = 0;
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        long due = start;
        while (System.nanoTime() < end) {
            long now = System.nanoTime();
            if (now < due) {
                java.util.concurrent.locks.LockSupport.parkNanos(due - now);
                continue;
            }
            due += intervalNanos;
            for (int tries = 0; tries < n; tries++) {
                Client c = clients.get(Math.floorMod(next.getAndIncrement(), n));
                if (c.open && c.socket != null && c.sentAt == 0) {
                    String question = questions.get((int) (sent % questions.size()));
                    String message = JSON.writeValueAsString(java.util.Map.of("type", "text", "text", question));
                    c.sentAt = System.nanoTime();
                    c.socket.sendText(message, true);
                    sent++;
                    break;
                }
            }
        }
        return sent;
    }
}
