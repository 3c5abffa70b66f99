package vn.gov.assistant.knowledge.importer.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;

/** The real fetcher against a local HTTP server on loopback that serves the saved pages. */
class ProcedurePageFetcherIT {

    private static HttpServer server;
    private static String base;
    private static final int MAX_BYTES = 1_000_000;
    private static final Instant IMPORTED = Instant.parse("2026-07-20T00:00:00Z");

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] pageA = OldPortalPageImporterTest.fixture("old-portal-detail-3.000001-template-a.html")
                .getBytes(StandardCharsets.UTF_8);
        byte[] pageB = OldPortalPageImporterTest.fixture("old-portal-detail-3.000001-template-b.html")
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/chi-tiet", ex -> respond(ex, 200, "text/html; charset=utf-8", pageA));
        server.createContext("/ds", ex -> respond(ex, 200, "text/html;charset=UTF-8", pageB));
        server.createContext("/missing", ex -> respond(ex, 404, "text/html", new byte[0]));
        server.createContext("/broken", ex -> respond(ex, 500, "text/html", new byte[0]));
        server.createContext("/moved", ex -> {
            ex.getResponseHeaders().add("Location", "/chi-tiet?ma_thu_tuc=3.000001");
            respond(ex, 302, "text/html", new byte[0]);
        });
        server.createContext("/slow", ex -> {
            try {
                Thread.sleep(8000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(ex, 200, "text/html", pageA);
        });
        server.createContext("/loop", ex -> {
            ex.getResponseHeaders().add("Location", "/loop");
            respond(ex, 302, "text/html", new byte[0]);
        });
        server.createContext("/to-file", ex -> {
            ex.getResponseHeaders().add("Location", "file:///etc/passwd");
            respond(ex, 302, "text/html", new byte[0]);
        });
        server.createContext("/pdf", ex -> respond(ex, 200, "application/pdf", new byte[] {'%', 'P', 'D', 'F'}));
        server.createContext("/huge", ex -> respond(ex, 200, "text/html", new byte[MAX_BYTES + 10]));
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void respond(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
    }

    /** The tests' server is on loopback, which only a setting for tests lets the fetcher reach. */
    private final ProcedurePageFetcher fetcher = new ProcedurePageFetcher(new ProcedurePageFetcher.Settings(
            Duration.ofSeconds(2),
            Duration.ofSeconds(4), // the whole fetch, redirects included: generous for a busy machine
            MAX_BYTES,
            3,
            base + "/chi-tiet?ma_thu_tuc={code}",
            "test",
            true));

    @Test
    void pageIsFetchedByCodeAndRead() throws Exception {
        var result = fetcher.fetch(ProcedureCode.of("3.000001"), IMPORTED);
        assertThat(result.procedure()).hasValueSatisfying(p -> {
            assertThat(p.code().value()).isEqualTo("3.000001");
            assertThat(p.name()).isEqualTo("Cấp điện mới từ lưới điện hạ áp");
            assertThat(p.sourceUrl()).isEqualTo(base + "/chi-tiet?ma_thu_tuc=3.000001");
        });
    }

    @Test
    void otherTemplateIsReadToo() throws Exception {
        var result = fetcher.fetch(URI.create(base + "/ds?ma_thu_tuc=3.000001"), IMPORTED);
        assertThat(result.procedure())
                .hasValueSatisfying(p -> assertThat(p.documents()).isNotEmpty());
    }

    @Test
    void redirectIsFollowed() throws Exception {
        assertThat(fetcher.fetch(URI.create(base + "/moved"), IMPORTED).procedure())
                .isPresent();
    }

    @Test
    void redirectsAreBoundedAndEachHopIsChecked() {
        assertFails("/loop", "more than 3 redirects");
        assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/to-file"), IMPORTED))
                .isInstanceOf(ProcedurePageFetcher.FetchException.class)
                .hasMessageContaining("only http")
                .extracting(e -> ((ProcedurePageFetcher.FetchException) e).forStaff())
                .asString()
                .contains("http:// hoặc https://");
    }

    @Test
    void loopbackAndPrivateAddressesAreRefusedUnlessAllowed() {
        ProcedurePageFetcher guarded = new ProcedurePageFetcher(new ProcedurePageFetcher.Settings(
                Duration.ofSeconds(2),
                Duration.ofSeconds(1),
                MAX_BYTES,
                3,
                base + "/chi-tiet?ma_thu_tuc={code}",
                "test",
                false));
        for (String address : new String[] {
            base + "/chi-tiet?ma_thu_tuc=3.000001",
            "http://localhost:" + server.getAddress().getPort() + "/chi-tiet",
            "http://[::1]:" + server.getAddress().getPort() + "/chi-tiet",
            "http://10.1.2.3/chi-tiet",
            "http://192.168.1.1/",
            "http://169.254.169.254/latest/meta-data/",
            "http://0.0.0.0:" + server.getAddress().getPort() + "/chi-tiet"
        }) {
            assertThatThrownBy(() -> guarded.fetch(URI.create(address), IMPORTED))
                    .as(address)
                    .isInstanceOf(ProcedurePageFetcher.FetchException.class)
                    .hasMessageContaining("private or local address")
                    .extracting(e -> ((ProcedurePageFetcher.FetchException) e).forStaff())
                    .asString()
                    .contains("địa chỉ nội bộ");
        }
    }

    @Test
    void failuresNameTheUrlAndTheReason() {
        assertFails("/missing", "HTTP 404");
        assertFails("/broken", "HTTP 500");
        assertFails("/slow", "timed out");
        assertFails("/pdf", "not an HTML page");
        assertFails("/huge", "larger than");
        assertThatThrownBy(() -> fetcher.fetch(URI.create("file:///etc/passwd"), IMPORTED))
                .isInstanceOf(ProcedurePageFetcher.FetchException.class)
                .hasMessageContaining("only http");
    }

    @Test
    void pageTemplateMustHaveACodePlaceholder() {
        assertThatThrownBy(() -> new ProcedurePageFetcher.Settings(
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(1),
                        10,
                        3,
                        "https://example.test/page",
                        "test",
                        false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void assertFails(String path, String reason) {
        assertThatThrownBy(() -> fetcher.fetch(URI.create(base + path), IMPORTED))
                .isInstanceOf(ProcedurePageFetcher.FetchException.class)
                .hasMessageContaining(base + path)
                .hasMessageContaining(reason);
    }
}
