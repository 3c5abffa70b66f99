package vn.gov.assistant.app.cli;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A staff member at the console of one instance, over plain HTTP as a browser would: logs in with
 * the form (session cookie, CSRF token from the page), reads the inbox, claims a waiting hand-off,
 * replies and closes it. Console sessions live in the instance's memory, so an agent stays on the
 * instance it logged in to.
 */
final class ConsoleAgent {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*?(?:value|content)=\"([^\"]+)\"");
    private static final Pattern ROW = Pattern.compile("<tr data-handoff=\"([^\"]+)\">(.*?)</tr>", Pattern.DOTALL);

    /** A hand-off as the inbox lists it: waiting for someone, or claimed by this agent. */
    record Row(String id, boolean waiting, boolean mine) {}

    private final HttpClient http;
    private final String base;
    private final String username;
    private final String password;
    private String csrf = "";

    ConsoleAgent(String base, String username, String password) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.username = username;
        this.password = password;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Logs in; an {@link IOException} says why not (wrong password, console closed, locked). */
    void logIn() throws IOException, InterruptedException {
        csrf = token(get("/admin/login", false).body());
        HttpResponse<String> r = post("/admin/login", Map.of("username", username, "password", password));
        String to = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || to.contains("error") || to.contains("locked")) {
            throw new IOException("console login refused (" + r.statusCode() + " " + to + ")");
        }
        HttpResponse<String> inbox = get("/admin/inbox", false);
        if (inbox.statusCode() != 200) {
            throw new IOException("console inbox answered " + inbox.statusCode());
        }
        csrf = token(inbox.body());
    }

    /** The inbox (which also tells the desk that someone is there to take citizens). */
    List<Row> inbox() throws IOException, InterruptedException {
        HttpResponse<String> r = get("/admin/inbox/list", true);
        if (r.statusCode() != 200) {
            throw new IOException("inbox answered " + r.statusCode());
        }
        return rows(r.body());
    }

    static List<Row> rows(String html) {
        List<Row> rows = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            String cells = m.group(2);
            rows.add(new Row(m.group(1), cells.contains("badge waiting"), cells.contains("(bạn)")));
        }
        return rows;
    }

    /** A desk action ({@code claim}, {@code reply}, {@code close}...) on one hand-off. */
    void act(String handoff, String action, Map<String, String> form) throws IOException, InterruptedException {
        HttpResponse<String> r = post("/admin/handoffs/" + handoff + "/" + action, form);
        String to = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || to.contains("/admin/login")) {
            throw new IOException(action + " answered " + r.statusCode());
        }
    }

    static String token(String html) throws IOException {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IOException("no CSRF token on the console page");
        }
        return m.group(1);
    }

    private HttpResponse<String> get(String path, boolean htmx) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (htmx) {
            b.header("HX-Request", "true");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(form);
        all.put("_csrf", csrf);
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
