package vn.gov.assistant.app.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import vn.gov.assistant.core.handoff.Handoff;
import vn.gov.assistant.core.handoff.StaffDesk;
import vn.gov.assistant.core.handoff.TranscriptLine;

/**
 * Two instances of the service on one Redis: the citizen's WebSocket on A, the staff member on
 * B. A hand-off asked for on A is claimed on B; lines cross both ways; B returns the conversation
 * to the bot and A answers the next question about the same procedure.
 */
class TwoInstancesIT {

    private static Instances instances;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void start() {
        instances = new Instances();
        a = instances.start("instance-a");
        b = instances.start("instance-b");
    }

    @AfterAll
    static void stop() {
        instances.close();
    }

    @Test
    void citizenOnAStaffOnBBothWaysThenBackToTheBotInContext() throws Exception {
        StaffDesk staffOnB = b.getBean(StaffDesk.class);
        staffOnB.heartbeat("admin");
        try (CitizenSocket citizen = CitizenSocket.connect(Instances.port(a), null)) {
            citizen.reply(); // welcome
            citizen.say("làm căn cước cần giấy tờ gì");
            JsonNode answer = citizen.reply();
            String code = answer.path("metadata").path("cited").get(0).asString();

            citizen.send(Map.of("type", "staff"));
            JsonNode queued = citizen.reply();
            assertThat(queued.path("metadata").path("handoff").asBoolean()).isTrue();
            assertThat(CitizenSocket.text(queued)).contains("vị trí đầu tiên");

            Handoff handoff = staffOnB.inbox().stream()
                    .filter(h -> h.conversationId().equals("web-" + citizen.session))
                    .findFirst()
                    .orElseThrow();
            assertThat(handoff.procedure()).isEqualTo(code);
            staffOnB.claim(handoff.id(), "admin");
            citizen.line("đã nhận cuộc trò chuyện");

            staffOnB.reply(handoff.id(), "admin", "Chào bạn, bạn cần hỗ trợ gì về căn cước?");
            JsonNode staffLine = citizen.line("Chào bạn, bạn cần hỗ trợ gì về căn cước?");
            assertThat(staffLine.path("from").asString()).isEqualTo("staff");

            citizen.say("Tôi bị mất giấy khai sinh thì làm sao?");
            citizen.next(m -> CitizenSocket.type(m).equals("forwarded"));
            awaitTranscript(staffOnB, handoff.id(), "Tôi bị mất giấy khai sinh thì làm sao?");

            staffOnB.returnToBot(handoff.id(), "admin");
            citizen.line("chuyển bạn lại cho trợ lý ảo");

            citizen.say("lệ phí bao nhiêu?");
            JsonNode followUp = citizen.reply();
            assertThat(followUp.path("metadata").path("handoff").asBoolean()).isFalse();
            assertThat(followUp.path("metadata").path("cited").get(0).asString())
                    .isEqualTo(code);
            assertThat(citizen.linesWithText("Chào bạn, bạn cần hỗ trợ gì về căn cước?"))
                    .isEqualTo(1);
        }
    }

    @Test
    void aBrowserReconnectingToTheOtherInstanceReloadsTheStaffLines() throws Exception {
        StaffDesk staffOnB = b.getBean(StaffDesk.class);
        staffOnB.heartbeat("admin");
        String session;
        String handoffId;
        try (CitizenSocket citizen = CitizenSocket.connect(Instances.port(a), null)) {
            citizen.reply();
            citizen.say("cho tôi gặp cán bộ");
            citizen.reply();
            session = citizen.session;
            handoffId = staffOnB.inbox().stream()
                    .filter(h -> h.conversationId().equals("web-" + session))
                    .findFirst()
                    .orElseThrow()
                    .id();
        }
        staffOnB.claim(handoffId, "admin");
        staffOnB.reply(handoffId, "admin", "Bạn còn ở đó không?");
        awaitTranscript(staffOnB, handoffId, "Bạn còn ở đó không?");
        try (CitizenSocket back = CitizenSocket.connect(Instances.port(b), session)) {
            JsonNode welcome = back.all.getFirst();
            assertThat(welcome.path("history").toString()).contains("Bạn còn ở đó không?");
        }
        staffOnB.close(handoffId, "admin");
    }

    private static void awaitTranscript(StaffDesk desk, String handoffId, String text) throws InterruptedException {
        long end = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < end) {
            boolean there = desk.view(handoffId).orElseThrow().transcript().stream()
                    .map(TranscriptLine::text)
                    .anyMatch(text::equals);
            if (there) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not in the transcript within 15 s: " + text);
    }
}
