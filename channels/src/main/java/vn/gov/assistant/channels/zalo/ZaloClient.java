package vn.gov.assistant.channels.zalo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.gov.assistant.core.message.Option;
import vn.gov.assistant.core.monitoring.ServiceMonitor;

/**
 * Sends consultation messages ({@code POST /v3.0/oa/message/cs}) to a citizen through the Open
 * API: plain text, or text with query buttons whose payload is the option's value, so that a press
 * comes back as a text event carrying that value. Zalo has no Java SDK on Maven Central, hence
 * this small client over the JDK's HTTP client.
 *
 * <p>Zalo reports errors as HTTP 200 with {@code error != 0}. When the code says the access token
 * is invalid or expired, the client refreshes the pair once through the OAuth server, stores the
 * new pair (the refresh token is single-use) before using it, and sends again; other codes are
 * logged by number and thrown. Tokens and message texts are never logged.
 */
public final class ZaloClient {

    private static final Logger log = LoggerFactory.getLogger(ZaloClient.class);

    static final String SEND_PATH = "/v3.0/oa/message/cs";
    static final String TOKEN_PATH = "/v4/oa/access_token";

    /** -216: access token invalid; -124: access token expired. */
    static final Set<Integer> TOKEN_ERRORS = Set.of(-216, -124);

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ZaloSettings settings;
    private final TokenStore tokens;
    private final HttpClient http;
    private final JsonMapper json;
    private final Object refreshLock = new Object();
    private final ServiceMonitor monitor;
    /** Zalo refused the last refresh: the pair is spent until an operator sets a new one. */
    private volatile boolean refreshRefused;

    public ZaloClient(ZaloSettings settings, TokenStore tokens, HttpClient http, JsonMapper json) {
        this(settings, tokens, http, json, ServiceMonitor.NONE);
    }

    /** {@code monitor} hears of each token refresh and each message Zalo did not take. */
    public ZaloClient(
            ZaloSettings settings, TokenStore tokens, HttpClient http, JsonMapper json, ServiceMonitor monitor) {
        this.settings = settings;
        this.tokens = tokens;
        this.http = http;
        this.json = json;
        this.monitor = java.util.Objects.requireNonNull(monitor, "monitor");
    }

    /** A client with its own HTTP client (HTTP/1.1, 5 s to connect). */
    public static ZaloClient create(ZaloSettings settings, TokenStore tokens) {
        return create(settings, tokens, ServiceMonitor.NONE);
    }

    /** A client with its own HTTP client, telling {@code monitor} of refreshes and failed sends. */
    public static ZaloClient create(ZaloSettings settings, TokenStore tokens, ServiceMonitor monitor) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        return new ZaloClient(settings, tokens, http, JsonMapper.builder().build(), monitor);
    }

    /** Sends a text message. */
    public void sendText(String userId, String text) {
        send(message(userId, text));
    }

    /** Sends a text with one query button per option; labels must already fit Zalo's limit. */
    public void sendButtons(String userId, String text, List<Option> options) {
        ObjectNode body = message(userId, text);
        ObjectNode payload = ((ObjectNode) body.get("message"))
                .putObject("attachment")
                .put("type", "template")
                .putObject("payload");
        ArrayNode buttons = payload.putArray("buttons");
        for (Option option : options) {
            buttons.addObject()
                    .put("title", option.label())
                    .put("payload", option.value())
                    .put("type", "oa.query.hide");
        }
        send(body);
    }

    private ObjectNode message(String userId, String text) {
        ObjectNode body = json.createObjectNode();
        body.putObject("recipient").put("user_id", userId);
        body.putObject("message").put("text", text);
        return body;
    }

    /**
     * Whether the access token can be used: false once Zalo refused to refresh it (the refresh
     * token is spent or revoked), true again after a refresh succeeds.
     */
    public boolean tokenUsable() {
        return !refreshRefused;
    }

    private void send(ObjectNode body) {
        try {
            sendOnce(body);
        } catch (ZaloApiException e) {
            monitor.sendFailed("zalo");
            throw e;
        }
    }

    private void sendOnce(ObjectNode body) {
        ZaloTokens used = tokens.current();
        int error = post(used.accessToken(), body);
        if (error != 0 && TOKEN_ERRORS.contains(error)) {
            log.info("Zalo refused the access token (error {}): refreshing it", error);
            error = post(refresh(used).accessToken(), body);
        }
        if (error != 0) {
            log.warn("Zalo did not send a message: error {}", error);
            throw new ZaloApiException("Zalo did not send the message", error);
        }
    }

    private int post(String accessToken, ObjectNode body) {
        HttpRequest request = HttpRequest.newBuilder(endpoint(settings.apiUrl(), SEND_PATH))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("access_token", accessToken)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8))
                .build();
        return answer(exchange(request)).path("error").asInt(-1);
    }

    /**
     * A fresh pair for the one that was refused. Only one refresh runs at a time; a caller that
     * waited finds the pair already replaced and uses it, since the old refresh token is spent.
     */
    private ZaloTokens refresh(ZaloTokens refused) {
        synchronized (refreshLock) {
            ZaloTokens current = tokens.current();
            if (!current.accessToken().equals(refused.accessToken())) {
                return current;
            }
            String form = form(Map.of(
                    "refresh_token", current.refreshToken(),
                    "app_id", settings.appId(),
                    "grant_type", "refresh_token"));
            HttpRequest request = HttpRequest.newBuilder(endpoint(settings.oauthUrl(), TOKEN_PATH))
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("secret_key", settings.appSecret())
                    .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                    .build();
            JsonNode answer;
            try {
                answer = answer(exchange(request));
            } catch (ZaloApiException e) {
                monitor.tokenRefreshed("zalo", false);
                throw e;
            }
            String access = answer.path("access_token").asString("");
            String refresh = answer.path("refresh_token").asString("");
            if (access.isBlank() || refresh.isBlank()) {
                int error = answer.path("error").asInt(0);
                log.warn("Zalo did not refresh the access token: error {}", error);
                refreshRefused = true;
                monitor.tokenRefreshed("zalo", false);
                throw new ZaloApiException("Zalo did not refresh the access token", error);
            }
            ZaloTokens renewed = new ZaloTokens(access, refresh);
            tokens.save(renewed); // before any use: the old refresh token is already spent
            log.info("Zalo access token refreshed");
            refreshRefused = false;
            monitor.tokenRefreshed("zalo", true);
            return renewed;
        }
    }

    private HttpResponse<byte[]> exchange(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                log.warn(
                        "Zalo answered HTTP {} on {}",
                        response.statusCode(),
                        request.uri().getPath());
                throw new ZaloApiException("Zalo answered HTTP " + response.statusCode(), 0);
            }
            return response;
        } catch (IOException e) {
            throw new ZaloApiException(
                    "Zalo could not be reached: " + e.getClass().getSimpleName(), 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZaloApiException("interrupted while calling Zalo", 0);
        }
    }

    private JsonNode answer(HttpResponse<byte[]> response) {
        try {
            return json.readTree(response.body());
        } catch (JacksonException e) {
            throw new ZaloApiException("Zalo's answer is not JSON", 0);
        }
    }

    private static URI endpoint(URI base, String path) {
        String root = base.toString();
        return URI.create((root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
