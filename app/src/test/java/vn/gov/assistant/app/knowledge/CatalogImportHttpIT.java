package vn.gov.assistant.app.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import vn.gov.assistant.core.knowledge.ChangeKind;
import vn.gov.assistant.core.knowledge.KnowledgeCurator;
import vn.gov.assistant.core.staff.Role;
import vn.gov.assistant.core.staff.StaffAccount;
import vn.gov.assistant.core.staff.StaffAccounts;

/**
 * The re-import over real HTTP, as a browser sends it: log in, upload the record as multipart with
 * the form's CSRF field, follow the redirect to the diff, publish; an upload over the limit (which
 * the page's script stops in a browser) is refused by the servlet container with the console's
 * Vietnamese page, and a multipart request without the token is refused.
 */
// publishes knowledge (or records conversations): a context of its own, closed after
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "assistant.knowledge.import.max-upload-size=1MB")
class CatalogImportHttpIT {

    private static final String PASSWORD = "Import-Http-IT-Pass-4242";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    KnowledgeCurator curator;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @BeforeEach
    void logIn() throws Exception {
        if (accounts.find("quang-editor").isEmpty()) {
            accounts.create(new StaffAccount(
                    "quang-editor",
                    "Cán bộ Quang",
                    encoder.encode(PASSWORD),
                    Set.of(Role.EDITOR),
                    true,
                    Instant.now()));
        }
        String token = csrf(get("/admin/login").body());
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(url("/admin/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=quang-editor&password="
                                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    private URI url(String path) {
        return URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String page) {
        Matcher m = CSRF_FIELD.matcher(page);
        assertThat(m.find()).as("the page has a CSRF field").isTrue();
        return m.group(1);
    }

    /** A multipart upload as the page's form sends it: the CSRF field (if any), then the file. */
    private HttpResponse<String> upload(String token, String fileName, byte[] bytes) throws Exception {
        String boundary = "----catalog-import-it";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (token != null) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/json\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(bytes);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(url("/admin/knowledge/import"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void aRecordUploadedOverHttpIsComparedAndPublished() throws Exception {
        String start = get("/admin/knowledge/import").body();
        byte[] record =
                CatalogImportBrowserIT.residenceWithOnlineFee("9,000", "9.000").getBytes(StandardCharsets.UTF_8);

        String review = location(upload(csrf(start), "1.004194.json", record));
        assertThat(review).matches(".*/admin/knowledge/import/[A-Za-z0-9_-]{22}");
        String page = get(review).body();
        assertThat(page).contains("Thủ tục thay đổi (1)", "<del>7.000</del>", "<ins>9.000</ins>");

        String revision = String.valueOf(curator.current().revision());
        HttpResponse<String> published = http.send(
                HttpRequest.newBuilder(url(review + "/publish"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("code=1.004194&revision=" + revision + "&reason="
                                + URLEncoder.encode("Mức phí mới", StandardCharsets.UTF_8) + "&_csrf="
                                + csrf(page)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(location(published)).endsWith(review.substring(review.indexOf("/admin")));
        assertThat(get(review).body()).contains("Đã đăng 1 thủ tục", "Không đổi (1)");
        // the index is built aside: served within seconds
        long end = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (!curator.served(curator.latest().revision()) && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        assertThat(curator.current()
                        .catalog()
                        .find(vn.gov.assistant.knowledge.procedure.ProcedureCode.of("1.004194"))
                        .orElseThrow()
                        .channels()
                        .getFirst()
                        .fees()
                        .getFirst()
                        .describe())
                .isEqualTo("9.000 đồng");
        curator.restore("test", ChangeKind.PROCEDURE, "1.004194", 0, "Trả lại bản gốc sau kiểm thử");
    }

    @Test
    void anUploadOverTheLimitIsToldInVietnamese() throws Exception {
        String start = get("/admin/knowledge/import").body();
        long revision = curator.current().revision();
        byte[] big = new byte[1_200_000];
        java.util.Arrays.fill(big, (byte) ' ');

        HttpResponse<String> refused = upload(csrf(start), "ca-bo.json", big);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("Tệp tải lên lớn quá giới hạn cho phép");
        assertThat(curator.current().revision()).isEqualTo(revision);
    }

    @Test
    void anUploadWithoutItsTokenIsRefused() throws Exception {
        HttpResponse<String> forged = upload(null, "1.004194.json", "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(forged.statusCode()).isEqualTo(403);
    }
}
