package vn.gov.assistant.app.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The embedded default end to end: the bundled catalog searched over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProcedureApiIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void unaccentedQuestionFindsTemporaryResidence() throws Exception {
        HttpResponse<String> response = get("/api/search?q=" + encode("dang ky tam tru can giay to gi"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"aspect\":\"documents\"")
                .contains("\"outOfScope\":false")
                .contains("\"code\":\"1.004194\"");
    }

    @Test
    void procedureRecordIsServedAndUnknownOrMalformedCodesAreClearErrors() throws Exception {
        HttpResponse<String> found = get("/api/procedures/1.004194");
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("Đăng ký tạm trú").contains("WORKING_DAYS");

        HttpResponse<String> missing = get("/api/procedures/9.999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Không tìm thấy thủ tục");

        HttpResponse<String> malformed = get("/api/procedures/abc");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("Mã thủ tục không hợp lệ");
    }

    @Test
    void badSearchInputIsRejected() throws Exception {
        assertThat(get("/api/search?q=%20").statusCode()).isEqualTo(400);
        assertThat(get("/api/search?q=abc&limit=0").statusCode()).isEqualTo(400);
        assertThat(get("/api/search?q=" + "a".repeat(1001)).statusCode()).isEqualTo(400);
    }

    @Test
    void homePageIsServed() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Trợ lý dịch vụ công");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
