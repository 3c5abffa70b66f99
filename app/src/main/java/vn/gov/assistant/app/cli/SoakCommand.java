package vn.gov.assistant.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.assistant.app.cli.SoakStats.HeapSample;
import vn.gov.assistant.app.cli.SoakStats.Kind;
import vn.gov.assistant.knowledge.eval.EvalQuestion;

/**
 * {@code soak --urls http://127.0.0.1:8081,http://127.0.0.1:8082 --duration PT30M}: a steady mixed
 * load against running instances that share Redis, for a long time. Simulated citizens, each a
 * virtual thread with a think time between messages, play one scenario after another on the web
 * chat: questions (resumed on the other instance half-way, as when a load balancer without sticky
 * sessions moves them), a declaration filled in (paused on one instance, resumed and confirmed on
 * the other, the PDF downloaded), and a hand-off that a simulated staff member at the console of the
 * first instance claims, answers and closes (so the queue never grows). Every window it prints
 * throughput, p50/p99 by kind, errors and each instance's heap; at the end the totals and a heap
 * verdict: the slope of the heap through the second half of the run, against a threshold.
 */
final class SoakCommand {

    static final String USAGE = "usage: soak --urls http://HOST:PORT[,http://HOST:PORT...] [--duration PT30M]"
            + " [--citizens 16] [--think PT1S] [--mix QUESTIONS,FORMS,HANDOFFS] [--every PT30S]"
            + " [--report FILE.csv] [--admin-user admin] [--admin-password-env ASSISTANT_ADMIN_PASSWORD]"
            + " [--pids PID,PID] [--max-heap-growth MB_PER_HOUR] [--questions FILE]";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STAFF_TIMEOUT = Duration.ofSeconds(90);
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    /** The CT01 declaration as a citizen answers it (no real person's data), split where it is paused. */
    static final List<String> FORM_BEFORE_PAUSE =
            List.of("Công an phường Ba Đình, Hà Nội", "Lê Thị Hoa", "12/08/1990", "Nữ");

    static final List<String> FORM_AFTER_PAUSE = List.of(
            "001190012345",
            "0912345678",
            "bỏ qua",
            "bỏ qua",
            "bỏ qua",
            "bỏ qua",
            "Đăng ký tạm trú",
            "số 5 ngõ 10 phố Đội Cấn, phường Ba Đình, Hà Nội",
            "không");

    /** What the command was asked to do. */
    record Options(
            List<String> urls,
            Duration duration,
            int citizens,
            Duration think,
            int[] mix,
            Duration every,
            Optional<Path> report,
            String adminUser,
            String adminPassword,
            List<Long> pids,
            double maxHeapGrowth,
            Path questions) {

        static Options parse(String[] args, Map<String, String> environment) {
            List<String> urls = List.of();
            Duration duration = Duration.ofMinutes(30);
            int citizens = 16;
            Duration think = Duration.ofSeconds(1);
            int[] mix = {6, 2, 1};
            Duration every = Duration.ofSeconds(30);
            Path report = null;
            String adminUser = "admin";
            String passwordEnv = "ASSISTANT_ADMIN_PASSWORD";
            List<Long> pids = List.of();
            double maxGrowth = 30;
            Path questions = Path.of("eval", "dev-questions.jsonl");
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                if (value == null) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                switch (args[i]) {
                    case "--urls" -> urls = Arrays.stream(value.split(","))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s)
                            .toList();
                    case "--duration" -> duration = duration(value);
                    case "--citizens" -> citizens = Integer.parseInt(value);
                    case "--think" -> think = duration(value);
                    case "--mix" -> mix = Arrays.stream(value.split(","))
                            .mapToInt(s -> Integer.parseInt(s.strip()))
                            .toArray();
                    case "--every" -> every = duration(value);
                    case "--report" -> report = Path.of(value);
                    case "--admin-user" -> adminUser = value;
                    case "--admin-password-env" -> passwordEnv = value;
                    case "--pids" -> pids = Arrays.stream(value.split(","))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .map(Long::parseLong)
                            .toList();
                    case "--max-heap-growth" -> maxGrowth = Double.parseDouble(value);
                    case "--questions" -> questions = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
                }
                i++;
            }
            if (urls.isEmpty()) {
                throw new IllegalArgumentException("--urls is required");
            }
            if (citizens < 1 || citizens > 2_000 || duration.isNegative() || duration.isZero() || think.isNegative()) {
                throw new IllegalArgumentException("citizens 1-2000, duration > 0, think >= 0");
            }
            if (mix.length != 3
                    || Arrays.stream(mix).anyMatch(w -> w < 0)
                    || Arrays.stream(mix).sum() == 0) {
                throw new IllegalArgumentException("--mix takes three weights, e.g. 6,2,1");
            }
            if (every.toSeconds() < 1) {
                throw new IllegalArgumentException("--every must be at least one second");
            }
            if (!pids.isEmpty() && pids.size() != urls.size()) {
                throw new IllegalArgumentException("--pids needs one process id per url, in the same order");
            }
            String password = environment.get(passwordEnv);
            return new Options(
                    urls,
                    duration,
                    citizens,
                    think,
                    mix,
                    every,
                    Optional.ofNullable(report),
                    adminUser,
                    password == null ? "" : password,
                    pids,
                    maxGrowth,
                    questions);
        }

        /** ISO-8601 ({@code PT30M}) or plain seconds. */
        static Duration duration(String value) {
            try {
                return value.matches("\\d+") ? Duration.ofSeconds(Long.parseLong(value)) : Duration.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a duration: " + value);
            }
        }
    }

    private final Options options;
    private final PrintStream out;
    private final List<String> questions;
    private final SoakStats stats = new SoakStats();
    private final HttpClient http;
    private final AtomicLong scenarios = new AtomicLong();
    private final AtomicLong handoffsClosed = new AtomicLong();
    private final AtomicLong resumes = new AtomicLong();
    private final AtomicLong resumesWithHistory = new AtomicLong();
    private final AtomicInteger turn = new AtomicInteger();
    private volatile boolean running = true;
    private volatile boolean citizensDone;
    /** Per instance: the smallest heap sampled in the current window, MB (NaN: none). */
    private final double[] heapMin;
    /** Per instance: the heap after a full GC, or the window's smallest heap, over time. */
    private final List<List<HeapSample>> heap = new ArrayList<>();

    private SoakCommand(Options options, PrintStream out, List<String> questions) {
        this.options = options;
        this.out = out;
        this.questions = questions;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(4))
                .build();
        this.heapMin = new double[options.urls().size()];
        Arrays.fill(heapMin, Double.NaN);
        for (int i = 0; i < options.urls().size(); i++) {
            heap.add(new ArrayList<>());
        }
    }

    static int run(String[] args, PrintStream out) {
        return run(args, out, System.getenv());
    }

    /** With the environment given (the administrator's password is read from it). */
    static int run(String[] args, PrintStream out, Map<String, String> environment) {
        Options options;
        try {
            options = Options.parse(args, environment);
        } catch (IllegalArgumentException e) {
            out.println("soak: " + e.getMessage());
            out.println(USAGE);
            return 2;
        }
        List<String> questions;
        try {
            questions = EvalQuestion.read(options.questions()).stream()
                    .map(EvalQuestion::question)
                    .toList();
        } catch (java.io.UncheckedIOException | IllegalArgumentException e) {
            out.println("soak: " + e.getMessage() + " (--questions: a JSON-lines file of {id, question, expected})");
            return 2;
        }
        if (questions.isEmpty()) {
            out.println("soak: no question in " + options.questions());
            return 2;
        }
        try {
            return new SoakCommand(options, out, questions).soak();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private int soak() throws InterruptedException {
        ConsoleAgent agent = null;
        if (options.mix()[2] > 0) {
            agent = new ConsoleAgent(options.urls().get(0), options.adminUser(), options.adminPassword());
            try {
                agent.logIn();
                agent.inbox(); // at the inbox before the first citizen asks for someone
            } catch (IOException e) {
                out.println("soak: the staff member cannot use the console: " + e.getMessage()
                        + " (set the administrator's password in the environment variable of --admin-password-env)");
                return 2;
            }
        }
        out.printf(
                Locale.ROOT,
                "soak: %d citizens, think %s, mix questions:forms:hand-offs %d:%d:%d, for %s against %s%n",
                options.citizens(),
                options.think(),
                options.mix()[0],
                options.mix()[1],
                options.mix()[2],
                options.duration(),
                options.urls());
        Optional<Writer> csv = csv();
        long start = System.nanoTime();
        long end = start + options.duration().toNanos();
        Thread staff = null;
        if (agent != null) {
            ConsoleAgent a = agent;
            staff = Thread.ofPlatform().name("soak-staff").start(() -> staffLoop(a));
        }
        Thread sampler = Thread.ofPlatform().daemon().name("soak-heap").start(this::sampleHeap);
        List<Thread> citizens = new ArrayList<>();
        for (int i = 0; i < options.citizens(); i++) {
            int n = i;
            citizens.add(Thread.ofVirtual().name("soak-citizen-" + i).start(() -> citizen(n)));
            Thread.sleep(options.think().toMillis() / Math.max(1, options.citizens()) + 1); // staggered
        }
        long windowStart = System.nanoTime();
        long every = options.every().toNanos();
        while (System.nanoTime() < end) {
            long next = Math.min(end, windowStart + every);
            TimeUnit.NANOSECONDS.sleep(Math.max(0, next - System.nanoTime()));
            report(start, windowStart, csv);
            windowStart = System.nanoTime();
        }
        running = false;
        for (Thread c : citizens) {
            c.join(STAFF_TIMEOUT.plusSeconds(10).toMillis());
        }
        citizensDone = true;
        if (staff != null) {
            staff.join(60_000);
        }
        sampler.interrupt();
        double seconds = (System.nanoTime() - start) / 1e9;
        int openLeft = -1;
        if (agent != null) {
            try {
                openLeft = agent.inbox().size();
            } catch (IOException e) {
                out.println("soak: could not read the inbox at the end: " + e.getMessage());
            }
        }
        csv.ifPresent(w -> {
            try {
                w.close();
            } catch (IOException e) {
                out.println("soak: could not close the report: " + e.getMessage());
            }
        });
        return summary(seconds, openLeft);
    }

    // ---------------------------------------------------------------- citizens

    private void citizen(int n) {
        int[] mix = options.mix();
        int total = mix[0] + mix[1] + mix[2];
        while (running) {
            int pick = ThreadLocalRandom.current().nextInt(total);
            int first = Math.floorMod(n + turn.getAndIncrement(), options.urls().size());
            int second = (first + 1) % options.urls().size();
            try {
                if (pick < mix[0]) {
                    questions(first, second);
                } else if (pick < mix[0] + mix[1]) {
                    form(first, second);
                } else {
                    handoff(first);
                }
                scenarios.incrementAndGet();
            } catch (ScenarioFailed e) {
                // counted where it failed; the next scenario starts afresh
                pause();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                stats.error(
                        Kind.QUESTION,
                        "the simulated citizen failed (" + e.getClass().getSimpleName() + ")");
                pause();
            }
        }
    }

    /** Three questions, the second connection on the other instance; sometimes an option, a rating. */
    private void questions(int first, int second) throws InterruptedException, ScenarioFailed {
        String session;
        try (Chat chat = Chat.open(http, options.urls().get(first), Kind.QUESTION, stats)) {
            session = chat.hello(null);
            // a question the bot hands over itself makes the next one go to the staff member
            JsonNode reply = chat.exchange(text(randomQuestion()), Kind.QUESTION, "reply", "forwarded");
            think();
            Optional<JsonNode> option = firstOption(reply);
            if (option.isPresent() && ThreadLocalRandom.current().nextBoolean()) {
                chat.exchange(
                        JSON.writeValueAsString(Map.of(
                                "type",
                                "option",
                                "value",
                                option.get().path("value").asString(),
                                "label",
                                option.get().path("label").asString())),
                        Kind.QUESTION,
                        "reply",
                        "forwarded");
                think();
            }
            chat.exchange(text(randomQuestion()), Kind.QUESTION, "reply", "forwarded");
        }
        think();
        try (Chat chat = Chat.open(http, options.urls().get(second), Kind.QUESTION, stats)) {
            resumed(chat.resume(session));
            chat.exchange(text(randomQuestion()), Kind.QUESTION, "reply", "forwarded");
            if (ThreadLocalRandom.current().nextInt(3) == 0) {
                think();
                chat.exchange("{\"type\":\"rating\",\"score\":5}", Kind.QUESTION, "rated");
            }
        }
        think();
    }

    /** The CT01 declaration: begun on one instance, paused, resumed and confirmed on the other. */
    private void form(int first, int second) throws InterruptedException, ScenarioFailed {
        String session;
        try (Chat chat = Chat.open(http, options.urls().get(first), Kind.FORM, stats)) {
            session = chat.hello(null);
            JsonNode started = chat.exchange(text("điền mẫu CT01"), Kind.FORM, "reply");
            if (!partsText(started).contains("câu 1/")) {
                stats.error(Kind.FORM, "the declaration did not start");
                throw new ScenarioFailed();
            }
            for (String answer : FORM_BEFORE_PAUSE) {
                think();
                chat.exchange(text(answer), Kind.FORM, "reply");
            }
            think();
            chat.exchange(text("tạm dừng"), Kind.FORM, "reply");
        }
        think();
        String base = options.urls().get(second);
        try (Chat chat = Chat.open(http, base, Kind.FORM, stats)) {
            resumed(chat.resume(session));
            chat.exchange(text("tiếp tục điền tờ khai"), Kind.FORM, "reply");
            for (String answer : FORM_AFTER_PAUSE) {
                think();
                chat.exchange(text(answer), Kind.FORM, "reply");
            }
            think();
            JsonNode done = chat.exchange(text("xác nhận"), Kind.FORM, "reply");
            Optional<String> pdf = pdfLink(done);
            if (pdf.isEmpty()) {
                stats.error(Kind.FORM, "no link to the filled declaration");
                throw new ScenarioFailed();
            }
            download(base + URI.create(pdf.get()).getRawPath());
        }
        think();
    }

    /** A question, then a staff member: queued, answered from the console, thanked, closed. */
    private void handoff(int instance) throws InterruptedException, ScenarioFailed {
        try (Chat chat = Chat.open(http, options.urls().get(instance), Kind.HANDOFF, stats)) {
            chat.hello(null);
            chat.exchange(text("Lệ phí đăng ký khai sinh là bao nhiêu?"), Kind.QUESTION, "reply");
            think();
            long asked = System.nanoTime();
            JsonNode queued = chat.exchange("{\"type\":\"staff\"}", Kind.HANDOFF, "reply");
            if (!queued.path("metadata").path("handoff").asBoolean(false)) {
                stats.error(Kind.HANDOFF, "the staff request was not handed over");
                throw new ScenarioFailed();
            }
            if (!chat.awaitStaffLine(STAFF_TIMEOUT)) {
                stats.error(Kind.STAFF_WAIT, "no staff line in " + STAFF_TIMEOUT.toSeconds() + " s");
                throw new ScenarioFailed();
            }
            stats.timed(Kind.STAFF_WAIT, (System.nanoTime() - asked) / 1e6);
            think();
            // to the staff member while the conversation is theirs; to the bot once they closed it
            chat.exchange(text("Cảm ơn anh/chị."), Kind.HANDOFF, "forwarded", "reply");
        }
        think();
    }

    private void download(String url) throws InterruptedException, ScenarioFailed {
        long t = System.nanoTime();
        try {
            HttpResponse<byte[]> r = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(REPLY_TIMEOUT)
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = r.body();
            if (r.statusCode() != 200 || body.length < 5 || body[0] != '%' || body[1] != 'P') {
                stats.error(Kind.FORM, "the PDF answered " + r.statusCode());
                throw new ScenarioFailed();
            }
            stats.timed(Kind.FORM, (System.nanoTime() - t) / 1e6);
        } catch (IOException e) {
            stats.error(
                    Kind.FORM, "the PDF could not be fetched (" + e.getClass().getSimpleName() + ")");
            throw new ScenarioFailed();
        }
    }

    private void resumed(boolean withHistory) {
        resumes.incrementAndGet();
        if (withHistory) {
            resumesWithHistory.incrementAndGet();
        }
    }

    private String randomQuestion() {
        return questions.get(ThreadLocalRandom.current().nextInt(questions.size()));
    }

    private static String text(String text) {
        return JSON.writeValueAsString(Map.of("type", "text", "text", text));
    }

    private void think() throws InterruptedException {
        long ms = options.think().toMillis();
        if (ms > 0) {
            Thread.sleep(ms / 2 + ThreadLocalRandom.current().nextLong(ms + 1)); // 0.5-1.5 times
        }
    }

    private void pause() {
        try {
            Thread.sleep(Math.max(1_000, options.think().toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Optional<JsonNode> firstOption(JsonNode reply) {
        for (JsonNode part : reply.path("parts")) {
            if (part.path("type").asString("").equals("options")
                    && !part.path("options").isEmpty()) {
                return Optional.of(part.path("options").get(0));
            }
        }
        return Optional.empty();
    }

    static Optional<String> pdfLink(JsonNode reply) {
        for (JsonNode part : reply.path("parts")) {
            if (part.path("type").asString("").equals("link")
                    && part.path("url").asString("").endsWith(".pdf")) {
                return Optional.of(part.path("url").asString());
            }
        }
        return Optional.empty();
    }

    static String partsText(JsonNode reply) {
        StringBuilder s = new StringBuilder();
        for (JsonNode part : reply.path("parts")) {
            s.append(part.path("text").asString("")).append('\n');
        }
        return s.toString();
    }

    /** A scenario that cannot go on; the failure is already counted. */
    static final class ScenarioFailed extends Exception {
        ScenarioFailed() {
            super(null, null, false, false);
        }
    }

    /** One web chat connection of a simulated citizen. */
    private static final class Chat implements WebSocket.Listener, AutoCloseable {
        private final LinkedBlockingQueue<JsonNode> replies = new LinkedBlockingQueue<>();
        private final LinkedBlockingQueue<JsonNode> lines = new LinkedBlockingQueue<>();
        private final StringBuilder buffer = new StringBuilder();
        private final SoakStats stats;
        private WebSocket socket;

        private Chat(SoakStats stats) {
            this.stats = stats;
        }

        static Chat open(HttpClient http, String base, Kind kind, SoakStats stats) throws ScenarioFailed {
            Chat chat = new Chat(stats);
            try {
                chat.socket = http.newWebSocketBuilder()
                        .connectTimeout(Duration.ofSeconds(10))
                        .buildAsync(URI.create(base.replaceFirst("^http", "ws") + "/ws/chat"), chat)
                        .get(15, TimeUnit.SECONDS);
                return chat;
            } catch (Exception e) {
                stats.error(kind, "cannot connect (" + e.getClass().getSimpleName() + ")");
                throw new ScenarioFailed();
            }
        }

        /** A new conversation: the welcome, then the greeting; its session id. */
        String hello(String session) throws InterruptedException, ScenarioFailed {
            send(
                    session == null
                            ? "{\"type\":\"hello\"}"
                            : JSON.writeValueAsString(Map.of("type", "hello", "session", session)));
            JsonNode welcome = await(REPLY_TIMEOUT, Kind.QUESTION, "welcome");
            if (welcome.path("history").isEmpty()) {
                await(REPLY_TIMEOUT, Kind.QUESTION, "reply");
            }
            return welcome.path("session").asString();
        }

        /**
         * The same conversation on another connection; whether its lines came back (the web chat's
         * history is kept by the instance that served it: not on another one).
         */
        boolean resume(String session) throws InterruptedException, ScenarioFailed {
            send(JSON.writeValueAsString(Map.of("type", "hello", "session", session)));
            JsonNode welcome = await(REPLY_TIMEOUT, Kind.QUESTION, "welcome");
            if (!welcome.path("session").asString().equals(session)) {
                stats.error(Kind.QUESTION, "the session was not resumed on the other instance");
                throw new ScenarioFailed();
            }
            if (welcome.path("history").isEmpty()) {
                await(REPLY_TIMEOUT, Kind.QUESTION, "reply"); // greeted as a new chat
                return false;
            }
            return true;
        }

        /** Sends a message and times it until a message of one of the types expected. */
        JsonNode exchange(String message, Kind kind, String... expected) throws InterruptedException, ScenarioFailed {
            JsonNode early = replies.poll();
            if (early != null) { // would be taken for this message's reply and its time
                stats.error(kind, "unexpected " + early.path("type").asString("") + " before sending");
                throw new ScenarioFailed();
            }
            long t = System.nanoTime();
            send(message);
            JsonNode reply = await(REPLY_TIMEOUT, kind, expected);
            stats.answered(kind, (System.nanoTime() - t) / 1e6);
            return reply;
        }

        boolean awaitStaffLine(Duration timeout) throws InterruptedException {
            long end = System.nanoTime() + timeout.toNanos();
            while (true) {
                JsonNode line = lines.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null) {
                    return false;
                }
                if (line.path("from").asString("").equals("staff")) {
                    return true;
                }
            }
        }

        private JsonNode await(Duration timeout, Kind kind, String... expected)
                throws InterruptedException, ScenarioFailed {
            JsonNode m = replies.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            String type = m == null ? "" : m.path("type").asString("");
            if (m == null || !Arrays.asList(expected).contains(type)) {
                String got = m == null
                        ? "nothing in " + timeout.toSeconds() + " s"
                        : type.equals("error") ? "error '" + m.path("message").asString("") + "'" : type;
                stats.error(kind, "expected " + String.join("|", expected) + ", got " + got);
                throw new ScenarioFailed();
            }
            return m;
        }

        private void send(String message) throws ScenarioFailed {
            try {
                socket.sendText(message, true).get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                throw new ScenarioFailed();
            }
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                JsonNode m = JSON.readTree(buffer.toString());
                buffer.setLength(0);
                switch (m.path("type").asString("")) {
                    case "typing" -> {}
                    case "line" -> lines.add(m);
                    default -> replies.add(m);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void close() {
            if (socket != null) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS);
                socket.abort();
            }
        }
    }

    // ---------------------------------------------------------------- the staff member

    /**
     * At the inbox every two seconds: claims what waits, answers it, and closes it a few seconds
     * after answering, so that no hand-off is left open; goes on until the citizens have stopped and
     * the inbox is empty (or a minute after).
     */
    private void staffLoop(ConsoleAgent agent) {
        Map<String, Long> answered = new HashMap<>();
        long deadline = Long.MAX_VALUE;
        while (true) {
            if (citizensDone && deadline == Long.MAX_VALUE) {
                deadline = System.nanoTime() + 60_000_000_000L;
            }
            try {
                long t = System.nanoTime();
                List<ConsoleAgent.Row> rows = agent.inbox();
                stats.timed(Kind.CONSOLE, (System.nanoTime() - t) / 1e6);
                if (citizensDone && rows.isEmpty()) {
                    return;
                }
                for (ConsoleAgent.Row row : rows) {
                    if (row.waiting()) {
                        timedAct(agent, row.id(), "claim", Map.of());
                        timedAct(
                                agent,
                                row.id(),
                                "reply",
                                Map.of("text", "Chào anh/chị, tôi là cán bộ tiếp nhận. Anh/chị cần hỗ trợ gì thêm ạ?"));
                        answered.put(row.id(), System.nanoTime());
                    } else if (row.mine()) {
                        Long at = answered.get(row.id());
                        if (at == null || System.nanoTime() - at > 5_000_000_000L || citizensDone) {
                            timedAct(agent, row.id(), "close", Map.of());
                            answered.remove(row.id());
                            handoffsClosed.incrementAndGet();
                        }
                    }
                }
            } catch (IOException e) {
                stats.error(Kind.CONSOLE, e.getMessage());
                try {
                    agent.logIn(); // the session may have expired or the instance restarted
                } catch (IOException again) {
                    // counted above; tried again on the next round
                } catch (InterruptedException interrupted) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            }
            if (System.nanoTime() > deadline) {
                return;
            }
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void timedAct(ConsoleAgent agent, String id, String action, Map<String, String> form)
            throws IOException, InterruptedException {
        long t = System.nanoTime();
        agent.act(id, action, form);
        stats.timed(Kind.CONSOLE, (System.nanoTime() - t) / 1e6);
    }

    // ---------------------------------------------------------------- heap

    /**
     * Every five seconds, each instance's heap in use (jcmd {@code GC.heap_info} when process ids
     * are given, else the actuator's {@code jvm.memory.used}, if the deployment lets this machine
     * read it); the window keeps the least, close to the heap after the last young collection.
     */
    private void sampleHeap() {
        while (!Thread.currentThread().isInterrupted()) {
            for (int i = 0; i < options.urls().size(); i++) {
                double mb = options.pids().isEmpty()
                        ? actuatorHeapMb(options.urls().get(i))
                        : jcmdHeapMb(options.pids().get(i), false);
                synchronized (heapMin) {
                    if (!Double.isNaN(mb) && (Double.isNaN(heapMin[i]) || mb < heapMin[i])) {
                        heapMin[i] = mb;
                    }
                }
            }
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private double actuatorHeapMb(String base) {
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/actuator/metrics/jvm.memory.used?tag=area:heap"))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return Double.NaN;
            }
            return JSON.readTree(r.body())
                            .path("measurements")
                            .get(0)
                            .path("value")
                            .asDouble()
                    / (1024 * 1024);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }

    /** The heap of process {@code pid} after a full collection, through jcmd; NaN if it cannot be had. */
    static double heapAfterFullGc(long pid) {
        return jcmdHeapMb(pid, true);
    }

    /** The heap in use of process {@code pid}, in MB, after a full collection if asked; NaN if unknown. */
    static double jcmdHeapMb(long pid, boolean fullGcFirst) {
        Path jcmd = ProcessHandle.current()
                .info()
                .command()
                .map(java -> Path.of(java).resolveSibling("jcmd"))
                .orElse(Path.of("jcmd"));
        try {
            if (fullGcFirst) {
                run(jcmd.toString(), Long.toString(pid), "GC.run");
            }
            String info = run(jcmd.toString(), Long.toString(pid), "GC.heap_info");
            Matcher m = HEAP_USED.matcher(info);
            return m.find() ? Long.parseLong(m.group(1)) / 1024.0 : Double.NaN;
        } catch (IOException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("jcmd did not finish");
        }
        return new String(output, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- reporting

    private Optional<Writer> csv() {
        if (options.report().isEmpty()) {
            return Optional.empty();
        }
        try {
            Writer w = Files.newBufferedWriter(options.report().get(), StandardCharsets.UTF_8);
            StringBuilder header = new StringBuilder("seconds,messages_per_s,errors");
            for (Kind k : Kind.values()) {
                header.append(',')
                        .append(k.label)
                        .append("_n,")
                        .append(k.label)
                        .append("_p50_ms,")
                        .append(k.label)
                        .append("_p99_ms");
            }
            for (int i = 1; i <= options.urls().size(); i++) {
                header.append(",heap_min_mb_")
                        .append(i)
                        .append(",heap_after_gc_mb_")
                        .append(i);
            }
            w.write(header.append('\n').toString());
            return Optional.of(w);
        } catch (IOException e) {
            out.println("soak: cannot write the report: " + e.getMessage());
            return Optional.empty();
        }
    }

    private void report(long start, long windowStart, Optional<Writer> csv) {
        double now = (System.nanoTime() - start) / 1e9;
        SoakStats.Window w = stats.closeWindow((System.nanoTime() - windowStart) / 1e9);
        StringBuilder line = new StringBuilder(
                String.format(Locale.ROOT, "%7.0fs %6.1f msg/s errors %d |", now, w.messagesPerSecond(), w.errors()));
        StringBuilder row =
                new StringBuilder(String.format(Locale.ROOT, "%.0f,%.2f,%d", now, w.messagesPerSecond(), w.errors()));
        for (Kind k : Kind.values()) {
            double[] p = w.percentiles().get(k);
            line.append(String.format(Locale.ROOT, " %s %.0f/%.0f ms (%d)", k.label, p[1], p[2], (long) p[0]));
            row.append(String.format(Locale.ROOT, ",%d,%.1f,%.1f", (long) p[0], p[1], p[2]));
        }
        line.append(" | heap MB min/after GC:");
        for (int i = 0; i < options.urls().size(); i++) {
            double min;
            synchronized (heapMin) {
                min = heapMin[i];
                heapMin[i] = Double.NaN;
            }
            double afterGc = options.pids().isEmpty()
                    ? Double.NaN
                    : heapAfterFullGc(options.pids().get(i));
            double kept = Double.isNaN(afterGc) ? min : afterGc;
            if (!Double.isNaN(kept)) {
                heap.get(i).add(new HeapSample(now, kept));
            }
            line.append(String.format(Locale.ROOT, " #%d %.0f/%.0f", i + 1, min, afterGc));
            row.append(String.format(Locale.ROOT, ",%.1f,%.1f", min, afterGc));
        }
        out.println(line);
        csv.ifPresent(writer -> {
            try {
                writer.write(row.append('\n').toString());
                writer.flush();
            } catch (IOException e) {
                out.println("soak: cannot write the report: " + e.getMessage());
            }
        });
    }

    private int summary(double seconds, int openLeft) {
        out.printf(
                Locale.ROOT,
                "soak: %.0f s, %d scenarios, %d citizen messages (%.1f/s), %d errors, %d hand-offs closed by staff,"
                        + " %s left open%n",
                seconds,
                scenarios.get(),
                stats.messages(),
                stats.messages() / seconds,
                stats.errors(),
                handoffsClosed.get(),
                openLeft < 0 ? "?" : Integer.toString(openLeft));
        out.printf(
                Locale.ROOT,
                "soak: %d conversations resumed on another instance, %d of them shown with their history%n",
                resumes.get(),
                resumesWithHistory.get());
        for (Kind k : Kind.values()) {
            double[] p = stats.total(k);
            out.printf(
                    Locale.ROOT,
                    "soak: %-10s n=%d p50=%.1f ms p99=%.1f ms max=%.1f ms errors=%d%n",
                    k.label,
                    (long) p[0],
                    p[1],
                    p[2],
                    p[3],
                    stats.errors(k));
        }
        for (Map.Entry<String, Long> r : stats.reasons()) {
            out.printf(Locale.ROOT, "soak: error %dx %s%n", r.getValue(), r.getKey());
        }
        boolean bounded = true;
        for (int i = 0; i < options.urls().size(); i++) {
            List<HeapSample> samples = heap.get(i);
            SoakStats.Verdict v = SoakStats.heapTrend(samples, seconds, options.maxHeapGrowth());
            bounded &= v.bounded();
            String first = samples.isEmpty()
                    ? "?"
                    : String.format(Locale.ROOT, "%.0f", samples.get(0).megabytes());
            String last = samples.isEmpty()
                    ? "?"
                    : String.format(
                            Locale.ROOT, "%.0f", samples.get(samples.size() - 1).megabytes());
            out.printf(
                    Locale.ROOT,
                    "soak: heap #%d %s (%s): %s -> %s MB; second half %+.1f MB/hour over %d samples: %s%n",
                    i + 1,
                    options.urls().get(i),
                    options.pids().isEmpty() ? "smallest sampled per window" : "after a full GC",
                    first,
                    last,
                    v.mbPerHour(),
                    v.samples(),
                    Double.isNaN(v.mbPerHour())
                            ? "no verdict (too few samples)"
                            : v.bounded() ? "bounded (<= " + options.maxHeapGrowth() + " MB/hour)" : "GROWING");
        }
        long sent = stats.messages() + stats.errors();
        boolean fewErrors = sent > 0 && stats.errors() <= sent / 100;
        out.println("soak: verdict " + (bounded && fewErrors ? "PASS" : "FAIL")
                + (fewErrors ? "" : " (errors above 1% of messages)")
                + (bounded ? "" : " (heap growing)"));
        return bounded && fewErrors ? 0 : 1;
    }
}
