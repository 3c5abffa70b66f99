package vn.gov.assistant.app.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.assistant.core.conversation.ReplyRewriter;

/** A conversation over HTTP on the embedded default: no language model, state in memory. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChatApiIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ReplyRewriter rewriter;

    @Test
    void questionThenFollowUpAnswerTheSameProcedureWithCitations() throws Exception {
        HttpResponse<String> first = post("{\"conversationId\":\"it-1\",\"text\":\"dang ky tam tru can giay to gi\"}");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body())
                .contains("\"cited\":[\"1.004194\"]")
                .contains("\"aspect\":\"documents\"")
                .contains("\"type\":\"citation\"")
                .contains("CT01");

        HttpResponse<String> fee = post("{\"conversationId\":\"it-1\",\"option\":\"aspect:fee\"}");
        assertThat(fee.body()).contains("\"aspect\":\"fee\"").contains("7.000 đồng");
    }

    @Test
    void noLanguageModelIsConfiguredByDefault() {
        assertThat(rewriter).isSameAs(ReplyRewriter.NONE);
    }

    @Test
    void badTurnsAreRejectedWithAClearMessage() throws Exception {
        HttpResponse<String> noId = post("{\"text\":\"xin chào\"}");
        assertThat(noId.statusCode()).isEqualTo(400);
        assertThat(noId.body()).contains("Mã cuộc trò chuyện không hợp lệ");

        HttpResponse<String> both = post("{\"conversationId\":\"it-2\",\"text\":\"a\",\"option\":\"none\"}");
        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(both.body()).contains("Cần đúng một");

        assertThat(post("{\"conversationId\":\"it-2\",\"event\":\"EXPLODE\"}").statusCode())
                .isEqualTo(400);
        assertThat(post("{\"conversationId\":\"it-2\",\"text\":\"" + "a".repeat(2001) + "\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(post("{\"conversationId\":\"bad id!\",\"text\":\"a\"}").statusCode())
                .isEqualTo(400);
    }

    private HttpResponse<String> post(String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
