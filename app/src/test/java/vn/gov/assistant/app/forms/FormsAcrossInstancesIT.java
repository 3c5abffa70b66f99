package vn.gov.assistant.app.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.assistant.app.handoff.Instances;

/**
 * A declaration started on one instance, paused, resumed on another (they share Redis, as after a
 * restart), confirmed, and downloaded over HTTP from the link the citizen got: the PDF's text is
 * read back; an unknown link is a Vietnamese 404.
 */
class FormsAcrossInstancesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pausedOnOneInstanceResumedOnAnotherAndDownloaded() throws Exception {
        try (Instances instances = new Instances()) {
            ConfigurableApplicationContext a = instances.start("forms-a");
            int portA = Instances.port(a);
            String conversation = "forms-" + System.nanoTime();
            assertThat(text(chat(portA, conversation, "điền mẫu CT01"))).contains("câu 1/");
            chat(portA, conversation, "Công an phường Ba Đình, Hà Nội");
            chat(portA, conversation, "Lê Thị Hoa");
            chat(portA, conversation, "12/08/1990");
            chat(portA, conversation, "Nữ");
            assertThat(text(chat(portA, conversation, "tạm dừng"))).contains("Đã lưu");
            a.close();

            ConfigurableApplicationContext b = instances.start("forms-b", "--assistant.public-url=http://localhost:0");
            int portB = Instances.port(b);
            assertThat(text(chat(portB, conversation, "tiếp tục điền tờ khai"))).contains("Số định danh");
            for (String answer : List.of(
                    "001190012345",
                    "0912345678",
                    "bỏ qua",
                    "bỏ qua",
                    "bỏ qua",
                    "bỏ qua",
                    "Đăng ký tạm trú",
                    "số 5 ngõ 10 phố Đội Cấn, phường Ba Đình, Hà Nội",
                    "không")) {
                chat(portB, conversation, answer);
            }
            JsonNode done = chat(portB, conversation, "xác nhận");
            String pdfUrl = null;
            for (JsonNode part : done.path("parts")) {
                if (part.path("type").asString().equals("link")
                        && part.path("url").asString().endsWith(".pdf")) {
                    pdfUrl = part.path("url").asString().replace("http://localhost:0", "http://localhost:" + portB);
                }
            }
            assertThat(pdfUrl).as("a link to the filled declaration").isNotNull();

            HttpResponse<byte[]> pdf = http.send(
                    HttpRequest.newBuilder(URI.create(pdfUrl)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
            assertThat(pdf.headers().firstValue("Cache-Control"))
                    .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
            String printed = pdfText(pdf.body());
            assertThat(printed)
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Lê Thị Hoa", "12/08/1990", "001190012345")
                    .contains("Đăng ký tạm trú", "Phường Ba Đình");

            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(URI.create(pdfUrl.substring(0, pdfUrl.length() - 4)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Lê Thị Hoa", "window.print()");

            HttpResponse<String> unknown = http.send(
                    HttpRequest.newBuilder(
                                    URI.create("http://localhost:" + portB + "/forms/AAAAAAAAAAAAAAAAAAAAAAAA.pdf"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.body()).contains("hết hạn");
        }
    }

    private JsonNode chat(int port, String conversation, String text) throws Exception {
        String body = JSON.writeValueAsString(java.util.Map.of("conversationId", conversation, "text", text));
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static String text(JsonNode reply) {
        List<String> out = new ArrayList<>();
        for (JsonNode part : reply.path("parts")) {
            out.add(part.path("text").asString(""));
        }
        return String.join("\n", out);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        StringBuilder out = new StringBuilder();
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                out.append(extractor.getTextFromPage(page)).append('\n');
            }
        }
        return out.toString();
    }
}
