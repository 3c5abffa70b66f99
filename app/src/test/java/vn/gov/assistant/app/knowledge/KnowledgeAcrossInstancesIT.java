package vn.gov.assistant.app.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.assistant.app.handoff.Instances;
import vn.gov.assistant.core.knowledge.KnowledgeChange;
import vn.gov.assistant.core.knowledge.KnowledgeCurator;
import vn.gov.assistant.knowledge.procedure.Fee;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.SubmissionChannel;

/**
 * A fee published on one instance reaches the citizens of another within seconds, without a
 * restart, and never half-way: while the other instance builds its new index it keeps answering,
 * every answer is either wholly the old record or wholly the new one (fee, note and date together).
 */
class KnowledgeAcrossInstancesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String QUESTION = "đăng ký khai sinh lệ phí bao nhiêu";
    private static final String NOTE = "Mức thu mới theo nghị quyết của HĐND tỉnh.";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aFeePublishedOnOneInstanceIsAnsweredOnTheOtherWithinSecondsAndNeverHalfWay() throws Exception {
        try (Instances instances = new Instances()) {
            ConfigurableApplicationContext a = instances.start("knowledge-a");
            ConfigurableApplicationContext b = instances.start("knowledge-b");
            int portB = Instances.port(b);
            KnowledgeCurator curator = a.getBean(KnowledgeCurator.class);
            Procedure original = curator.current()
                    .catalog()
                    .find(curator.current()
                            .search()
                            .search(QUESTION, 1)
                            .hits()
                            .get(0)
                            .code())
                    .orElseThrow();
            String before = text(chat(portB, "k-before", QUESTION));
            assertThat(before).doesNotContain("64.000 đồng").doesNotContain(NOTE);

            KnowledgeChange change = curator.publishProcedure(
                    "lan.nguyen", withFee(original, 64_000), false, "Nghị quyết mới về lệ phí", 0);
            long published = System.nanoTime();

            List<String> answers = new ArrayList<>();
            long servedAfter = -1;
            for (int i = 0;
                    System.nanoTime() - published < Duration.ofSeconds(120).toNanos();
                    i++) {
                String answer = text(chat(portB, "k-" + i, QUESTION));
                answers.add(answer);
                if (answer.contains("64.000 đồng")) {
                    servedAfter = (System.nanoTime() - published) / 1_000_000;
                    break;
                }
                Thread.sleep(100);
            }
            assertThat(servedAfter).as("the other instance serves the change").isPositive();
            System.out.printf(
                    "KnowledgeAcrossInstancesIT: revision %d served by the other instance %d ms after publishing,"
                            + " %d answers meanwhile%n",
                    change.revision(), servedAfter, answers.size());

            for (String answer : answers) {
                boolean updated = answer.contains("64.000 đồng");
                assertThat(answer.contains(NOTE)).as(answer).isEqualTo(updated);
                assertThat(answer.contains("Thông tin được cán bộ cập nhật ngày"))
                        .as(answer)
                        .isEqualTo(updated);
                if (!updated) {
                    assertThat(answer).isEqualTo(before);
                }
            }
            assertThat(b.getBean(KnowledgeCurator.class)
                            .history(
                                    vn.gov.assistant.core.knowledge.ChangeKind.PROCEDURE,
                                    original.code().value()))
                    .extracting(KnowledgeChange::revision)
                    .containsExactly(change.revision());
        }
    }

    private static Procedure withFee(Procedure p, long amount) {
        List<SubmissionChannel> channels = new ArrayList<>(p.channels());
        SubmissionChannel first = channels.get(0);
        channels.set(
                0,
                new SubmissionChannel(
                        first.method(),
                        first.time(),
                        List.of(new Fee(BigDecimal.valueOf(amount), Fee.VND, "")),
                        first.description()));
        return new Procedure(
                p.code(),
                p.name(),
                p.domain(),
                p.levels(),
                p.procedureType(),
                p.agencies(),
                p.targetGroups(),
                p.steps(),
                channels,
                p.documents(),
                p.conditions(),
                p.results(),
                p.legalBasis(),
                p.decisionNumber(),
                p.sourceUrl(),
                p.ministry(),
                p.importedAt(),
                NOTE,
                null);
    }

    private JsonNode chat(int port, String conversation, String text) throws Exception {
        String body = JSON.writeValueAsString(Map.of("conversationId", conversation, "text", text));
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
}
