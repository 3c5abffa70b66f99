package vn.gov.assistant.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import vn.gov.assistant.core.staff.Role;
import vn.gov.assistant.core.staff.StaffAccount;
import vn.gov.assistant.core.staff.StaffAccounts;

/**
 * Every request mapping of the whole application has a security decision: each console mapping
 * refuses anonymous visitors and staff without its role and lets the right role through; every
 * other mapping is on the public list below (and is reached without login or CSRF token) or on
 * the denied list. A new endpoint without a decision fails here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminSecurityIT {

    /** Who may use a console mapping. */
    enum Access {
        /** Anyone: the login page. */
        PUBLIC,
        /** Any logged-in staff member. */
        STAFF,
        AGENT,
        /** Knowledge, unanswered questions, analytics: editors (and administrators). */
        EDITOR,
        ADMIN
    }

    /** The console's mappings and the decision for each. */
    static final Map<String, Access> CONSOLE = Map.ofEntries(
            Map.entry("/admin/login", Access.PUBLIC),
            Map.entry("/admin", Access.STAFF),
            Map.entry("/admin/", Access.STAFF),
            Map.entry("/admin/accounts", Access.ADMIN),
            Map.entry("/admin/accounts/{login}/enabled", Access.ADMIN),
            Map.entry("/admin/accounts/{login}/password", Access.ADMIN),
            Map.entry("/admin/audit", Access.ADMIN),
            Map.entry("/admin/privacy", Access.ADMIN),
            Map.entry("/admin/privacy/search", Access.ADMIN),
            Map.entry("/admin/privacy/export", Access.ADMIN),
            Map.entry("/admin/privacy/erase", Access.ADMIN),
            Map.entry("/admin/inbox", Access.AGENT),
            Map.entry("/admin/inbox/list", Access.AGENT),
            Map.entry("/admin/handoffs/{id}", Access.AGENT),
            Map.entry("/admin/handoffs/{id}/live", Access.AGENT),
            Map.entry("/admin/handoffs/{id}/claim", Access.AGENT),
            Map.entry("/admin/handoffs/{id}/reply", Access.AGENT),
            Map.entry("/admin/handoffs/{id}/transfer", Access.AGENT),
            Map.entry("/admin/handoffs/{id}/note", Access.AGENT),
            Map.entry("/admin/handoffs/{id}/return", Access.AGENT),
            Map.entry("/admin/handoffs/{id}/close", Access.AGENT),
            Map.entry("/admin/tickets", Access.AGENT),
            Map.entry("/admin/tickets/{number}/assign", Access.AGENT),
            Map.entry("/admin/tickets/{number}/outcome", Access.AGENT),
            Map.entry("/admin/knowledge/status", Access.EDITOR),
            Map.entry("/admin/knowledge/procedures", Access.EDITOR),
            Map.entry("/admin/knowledge/procedures/{code}", Access.EDITOR),
            Map.entry("/admin/knowledge/procedures/{code}/edit", Access.EDITOR),
            Map.entry("/admin/knowledge/procedures/{code}/compare", Access.EDITOR),
            Map.entry("/admin/knowledge/procedures/{code}/restore", Access.EDITOR),
            Map.entry("/admin/analytics", Access.EDITOR),
            Map.entry("/admin/analytics.csv", Access.EDITOR),
            Map.entry("/admin/knowledge/service-points", Access.EDITOR),
            Map.entry("/admin/knowledge/service-points/new", Access.EDITOR),
            Map.entry("/admin/knowledge/service-points/communes/check", Access.EDITOR),
            Map.entry("/admin/knowledge/service-points/{id}", Access.EDITOR),
            Map.entry("/admin/knowledge/service-points/{id}/delete", Access.EDITOR),
            Map.entry("/admin/knowledge/service-points/{id}/history", Access.EDITOR),
            Map.entry("/admin/knowledge/service-points/{id}/restore", Access.EDITOR),
            Map.entry("/admin/knowledge/names", Access.EDITOR),
            Map.entry("/admin/knowledge/names/procedures", Access.EDITOR),
            Map.entry("/admin/knowledge/names/remove", Access.EDITOR),
            Map.entry("/admin/knowledge/names/history", Access.EDITOR),
            Map.entry("/admin/knowledge/names/restore", Access.EDITOR),
            Map.entry("/admin/knowledge/abbreviations", Access.EDITOR),
            Map.entry("/admin/knowledge/abbreviations/off", Access.EDITOR),
            Map.entry("/admin/knowledge/abbreviations/remove", Access.EDITOR),
            Map.entry("/admin/knowledge/abbreviations/history", Access.EDITOR),
            Map.entry("/admin/knowledge/abbreviations/restore", Access.EDITOR),
            Map.entry("/admin/knowledge/intents", Access.EDITOR),
            Map.entry("/admin/knowledge/intents/remove", Access.EDITOR),
            Map.entry("/admin/knowledge/intents/history", Access.EDITOR),
            Map.entry("/admin/knowledge/intents/restore", Access.EDITOR),
            Map.entry("/admin/knowledge/answers", Access.EDITOR),
            Map.entry("/admin/knowledge/answers/new", Access.EDITOR),
            Map.entry("/admin/knowledge/answers/preview", Access.EDITOR),
            Map.entry("/admin/knowledge/answers/history", Access.EDITOR),
            Map.entry("/admin/knowledge/answers/restore", Access.EDITOR),
            Map.entry("/admin/knowledge/answers/{id}", Access.EDITOR),
            Map.entry("/admin/knowledge/answers/{id}/delete", Access.EDITOR),
            Map.entry("/admin/knowledge/import", Access.EDITOR),
            Map.entry("/admin/knowledge/import/url", Access.EDITOR),
            Map.entry("/admin/knowledge/import/{id}", Access.EDITOR),
            Map.entry("/admin/knowledge/import/{id}/publish", Access.EDITOR),
            Map.entry("/admin/knowledge/import/{id}/discard", Access.EDITOR),
            Map.entry("/admin/unanswered", Access.EDITOR),
            Map.entry("/admin/unanswered/procedures", Access.EDITOR),
            Map.entry("/admin/unanswered/link", Access.EDITOR),
            Map.entry("/admin/unanswered/answer", Access.EDITOR),
            Map.entry("/admin/unanswered/out-of-scope", Access.EDITOR));

    /** The public mappings, each with the requests that show it open to anyone, without a CSRF token. */
    static final Map<String, List<MockHttpServletRequestBuilder>> PUBLIC = Map.ofEntries(
            Map.entry("/", List.of(get("/"))),
            Map.entry("/**", List.of(get("/index.html"), get("/widget/chat-widget.js"))),
            Map.entry("/webjars/**", List.of(get("/webjars/htmx.org/2.0.10/dist/htmx.min.js"))),
            Map.entry("/error", List.of(get("/error"))),
            Map.entry("/ws/chat", List.of(get("/ws/chat"))),
            Map.entry("/ws/echo", List.of(get("/ws/echo"))),
            Map.entry(
                    "/api/chat",
                    List.of(post("/api/chat")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"conversationId\":\"security-it\",\"text\":\"xin chào\"}"))),
            Map.entry("/api/search", List.of(get("/api/search").param("q", "đăng ký tạm trú"))),
            Map.entry("/api/procedures/{code}", List.of(get("/api/procedures/1.004194"))),
            // a filled declaration behind its unguessable, expiring link (unknown here: 404, not 401/403)
            Map.entry("/forms/{token}.pdf", List.of(get("/forms/AAAAAAAAAAAAAAAAAAAAAAAA.pdf"))),
            Map.entry("/forms/{token}", List.of(get("/forms/AAAAAAAAAAAAAAAAAAAAAAAA"))),
            Map.entry("/actuator/health", List.of(get("/actuator/health"))),
            Map.entry(
                    "/actuator/health/**",
                    List.of(
                            get("/actuator/health/ping"),
                            get("/actuator/health/liveness"),
                            get("/actuator/health/readiness"))),
            Map.entry("/actuator/info", List.of(get("/actuator/info"))),
            Map.entry("/channels/telegram/webhook", List.of(post("/channels/telegram/webhook"))),
            Map.entry("/channels/zalo/webhook", List.of(post("/channels/zalo/webhook"))));

    /** Mappings outside the console that nobody reaches from outside. */
    static final Map<String, MockHttpServletRequestBuilder> DENIED = Map.of(
            // the actuator's list of endpoints: nothing for citizens, and it tells what runs
            "/actuator",
            get("/actuator"),
            // the metrics: only with the scraper's bearer token (none set here), see ObservabilityIT
            "/actuator/prometheus",
            get("/actuator/prometheus"));

    private static final String ADMIN = "it-admin";
    private static final String AGENT = "it-agent";
    private static final String EDITOR = "it-editor";

    @Autowired
    WebApplicationContext context;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @LocalServerPort
    int port;

    MockMvc mvc;

    /** A mapping: one path pattern and the methods it takes (empty: any). */
    record Mapping(String pattern, Set<RequestMethod> methods, String source) {}

    @BeforeEach
    void staff() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        for (var account : Map.of(ADMIN, Role.ADMIN, AGENT, Role.AGENT, EDITOR, Role.EDITOR)
                .entrySet()) {
            accounts.create(new StaffAccount(
                    account.getKey(),
                    "Kiểm thử " + account.getKey(),
                    encoder.encode("mat-khau-kiem-thu-" + account.getKey()),
                    Set.of(account.getValue()),
                    true,
                    Instant.now()));
        }
    }

    /** Every path pattern every handler mapping of the application serves. */
    private List<Mapping> mappings() {
        List<Mapping> all = new ArrayList<>();
        context.getBeansOfType(HandlerMapping.class).forEach((name, mapping) -> {
            switch (mapping) {
                case RequestMappingInfoHandlerMapping methods -> {
                    for (RequestMappingInfo info : methods.getHandlerMethods().keySet()) {
                        for (String pattern : info.getPatternValues()) {
                            all.add(new Mapping(
                                    pattern, info.getMethodsCondition().getMethods(), name));
                        }
                    }
                }
                case AbstractUrlHandlerMapping urls -> {
                    urls.getHandlerMap().keySet().forEach(p -> all.add(new Mapping(p, Set.of(), name)));
                    if (urls.getRootHandler() != null) {
                        all.add(new Mapping("/", Set.of(), name));
                    }
                }
                case RouterFunctionMapping functions -> assertThat(functions.getRouterFunction())
                        .as("router functions (%s): enumerate their routes here before adding any", name)
                        .isNull();
                default -> throw new AssertionError("handler mapping " + name + " (" + mapping.getClass()
                        + ") is of a kind this test cannot enumerate: teach it before adding such a mapping");
            }
        });
        assertThat(all)
                .as("the enumeration finds the console and the chat API")
                .extracting(Mapping::pattern)
                .contains("/admin/inbox", "/api/chat", "/ws/chat");
        return all;
    }

    private static boolean console(String pattern) {
        return pattern.equals("/admin") || pattern.startsWith("/admin/");
    }

    @Test
    void everyMappingHasASecurityDecision() {
        Map<String, String> undecided = new TreeMap<>();
        for (Mapping m : mappings()) {
            boolean decided = console(m.pattern())
                    ? CONSOLE.containsKey(m.pattern())
                    : PUBLIC.containsKey(m.pattern()) || DENIED.containsKey(m.pattern());
            if (!decided) {
                undecided.put(m.pattern(), m.source());
            }
        }
        assertThat(undecided)
                .as("mappings nobody decided on: add each to CONSOLE (with its role), PUBLIC or DENIED here,"
                        + " and to the matching security chain")
                .isEmpty();
    }

    @Test
    void consoleMappingsRefuseAnonymousVisitorsAndStaffWithoutTheRoleAndLetTheRoleThrough() throws Exception {
        Set<String> checked = new TreeSet<>();
        for (Mapping m : mappings()) {
            if (!console(m.pattern())) {
                continue;
            }
            Access access = CONSOLE.get(m.pattern());
            String url = m.pattern().replaceAll("\\{[^}]+}", "x-it");
            for (RequestMethod method : m.methods().isEmpty() ? Set.of(RequestMethod.GET) : m.methods()) {
                String what = method + " " + url;
                checked.add(what);
                if (access == Access.PUBLIC) {
                    assertThat(status(call(method, url, null))).as(what).isEqualTo(200);
                    continue;
                }
                MockHttpServletResponse anonymous = call(method, url, null);
                assertThat(anonymous.getStatus() == 401
                                || anonymous.getStatus() == 403
                                || (anonymous.getStatus() == 302
                                        && anonymous.getRedirectedUrl().endsWith("/admin/login")))
                        .as("%s anonymous: %s %s", what, anonymous.getStatus(), anonymous.getRedirectedUrl())
                        .isTrue();
                for (String lacking : lacking(access)) {
                    assertThat(status(call(method, url, lacking)))
                            .as("%s as %s", what, lacking)
                            .isEqualTo(403);
                }
                for (String allowed : allowed(access)) {
                    MockHttpServletResponse response = call(method, url, allowed);
                    assertThat(response.getStatus())
                            .as("%s as %s", what, allowed)
                            .isNotIn(401, 403);
                    assertThat(response.getRedirectedUrl())
                            .as("%s as %s", what, allowed)
                            .satisfiesAnyOf(r -> assertThat(r).isNull(), r -> assertThat(r)
                                    .doesNotEndWith("/admin/login"));
                }
            }
        }
        assertThat(checked)
                .contains(
                        "GET /admin/accounts",
                        "POST /admin/privacy/erase",
                        "POST /admin/handoffs/x-it/claim",
                        "GET /admin/inbox",
                        "GET /admin/analytics",
                        "GET /admin/analytics.csv",
                        "GET /admin/knowledge/service-points",
                        "POST /admin/knowledge/service-points/x-it/restore",
                        "POST /admin/knowledge/answers/x-it");
    }

    @Test
    void everyConsolePostNeedsTheCsrfTokenEvenFromTheRightRole() throws Exception {
        int posts = 0;
        for (Mapping m : mappings()) {
            if (!console(m.pattern()) || !m.methods().contains(RequestMethod.POST)) {
                continue;
            }
            String url = m.pattern().replaceAll("\\{[^}]+}", "x-it");
            RequestPostProcessor admin = user(ADMIN).roles("ADMIN");
            assertThat(mvc.perform(post(url)
                                    .with(admin)
                                    .param("login", "no-token-it")
                                    .param("name", "x"))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as("POST %s without a token", url)
                    .isEqualTo(403);
            posts++;
        }
        assertThat(posts).isGreaterThanOrEqualTo(10);
        assertThat(accounts.find("no-token-it")).isEmpty();
    }

    @Test
    void publicMappingsAreOpenWithoutLoginOrTokenAndTheRestIsDenied() throws Exception {
        for (var entry : PUBLIC.entrySet()) {
            for (MockHttpServletRequestBuilder request : entry.getValue()) {
                MockHttpServletResponse response =
                        mvc.perform(request).andReturn().getResponse();
                assertThat(response.getStatus()).as(entry.getKey()).isNotIn(401, 403);
            }
        }
        assertThat(mvc.perform(PUBLIC.get("/api/chat").getFirst())
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("the chat API answers without a CSRF token")
                .isEqualTo(200);
        for (var entry : DENIED.entrySet()) {
            assertThat(mvc.perform(entry.getValue()).andReturn().getResponse().getStatus())
                    .as(entry.getKey())
                    .isEqualTo(403);
        }
        assertThat(mvc.perform(get("/something-new")).andReturn().getResponse().getStatus())
                .as("a path nobody decided on")
                .isEqualTo(403);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndLaxAndTheCitizenSideMakesNoSession() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/login"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        String cookie = login.headers().allValues("set-cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");

        HttpResponse<String> search = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/search?q=tam+tru"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.headers().allValues("set-cookie")).isEmpty();
    }

    @Test
    void aRefusedConsoleRequestGetsTheVietnamesePage() throws Exception {
        HttpResponse<String> refused = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/accounts"))
                                .header("Accept", "text/html")
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Bạn không có quyền truy cập trang này.");
    }

    private MockHttpServletResponse call(RequestMethod method, String url, String login) throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method.name()), url);
        if (method != RequestMethod.GET) {
            request.with(csrf());
        }
        if (login != null) {
            Role role = login.equals(ADMIN) ? Role.ADMIN : login.equals(AGENT) ? Role.AGENT : Role.EDITOR;
            request.with(user(login).roles(role.name()));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static int status(MockHttpServletResponse response) {
        return response.getStatus();
    }

    private static List<String> lacking(Access access) {
        return switch (access) {
            case PUBLIC, STAFF -> List.of();
            case AGENT -> List.of(EDITOR);
            case EDITOR -> List.of(AGENT);
            case ADMIN -> List.of(AGENT, EDITOR);
        };
    }

    /** The roles that get through: for AGENT and EDITOR pages also ADMIN (the hierarchy). */
    private static List<String> allowed(Access access) {
        return switch (access) {
            case PUBLIC -> List.of();
            case STAFF -> Arrays.asList(AGENT, EDITOR, ADMIN);
            case AGENT -> List.of(AGENT, ADMIN);
            case EDITOR -> List.of(EDITOR, ADMIN);
            case ADMIN -> List.of(ADMIN);
        };
    }
}
