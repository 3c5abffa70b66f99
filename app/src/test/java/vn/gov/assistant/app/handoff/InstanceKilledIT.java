package vn.gov.assistant.app.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.assistant.core.handoff.Handoff;
import vn.gov.assistant.core.handoff.HandoffQueue;
import vn.gov.assistant.core.handoff.SharedState;
import vn.gov.assistant.core.handoff.StaffDesk;
import vn.gov.assistant.core.handoff.TranscriptLine;
import vn.gov.assistant.redis.TestRedis;

/**
 * An instance dies holding hand-off events it read and never acknowledged (a consumer process
 * killed with SIGKILL); the survivors take them over after the idle time, and every line sent
 * reaches the other side exactly once: each staff line on the citizen's WebSocket, each citizen
 * line in the staff transcript.
 */
class InstanceKilledIT {

    /** The killed consumer must hold at least this many events, taken among the survivors' polls. */
    private static final int HELD = 5;

    /** Lines sent each way at most while waiting for it to hold them. */
    private static final int MAX_LINES = 300;

    @Test
    void theSurvivorsDeliverWhatTheKilledInstanceHeldExactlyOnce() throws Exception {
        try (Instances instances = new Instances()) {
            // the citizen here types faster than a person: lift the web chat's rate limit
            ConfigurableApplicationContext a =
                    instances.start("survivor-a", "--assistant.web.rate-per-second=1000", "--assistant.web.burst=1000");
            ConfigurableApplicationContext b = instances.start("survivor-b");
            Process doomed = startDoomed(instances.prefix);
            List<String> held = new CopyOnWriteArrayList<>();
            CountDownLatch ready = new CountDownLatch(1);
            Thread reader = Thread.ofVirtual().start(() -> readDoomed(doomed, ready, held));
            try {
                assertThat(ready.await(30, TimeUnit.SECONDS))
                        .as("doomed consumer ready")
                        .isTrue();
                StaffDesk desk = b.getBean(StaffDesk.class);
                desk.heartbeat("staff1");
                try (CitizenSocket citizen = CitizenSocket.connect(Instances.port(a), null)) {
                    citizen.reply();
                    citizen.say("cho tôi gặp cán bộ");
                    citizen.reply();
                    Handoff h = desk.inbox().stream()
                            .filter(x -> x.conversationId().equals("web-" + citizen.session))
                            .findFirst()
                            .orElseThrow();
                    desk.claim(h.id(), "staff1");

                    List<String> staffLines = new ArrayList<>();
                    List<String> citizenLines = new ArrayList<>();
                    // lines both ways until the doomed consumer holds several: the three consumers
                    // of the group share new events in no fixed order
                    for (int i = 1; i <= MAX_LINES && held.size() < HELD; i++) {
                        String s = "Cán bộ trả lời lần " + i;
                        String c = "Công dân hỏi lần " + i;
                        staffLines.add(s);
                        citizenLines.add(c);
                        desk.reply(h.id(), "staff1", s);
                        citizen.say(c);
                        Thread.sleep(5);
                    }
                    assertThat(held).as("events held by the doomed consumer").hasSizeGreaterThanOrEqualTo(HELD);
                    doomed.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    System.out.println(
                            "The killed consumer held " + held.size() + " of " + (2 * staffLines.size()) + " events");

                    citizen.awaitLines(staffLines);
                    awaitTranscript(desk, h.id(), citizenLines);
                    Thread.sleep(1_000); // a duplicate, if any, would arrive by now
                    for (String s : staffLines) {
                        assertThat(citizen.linesWithText(s)).as(s).isEqualTo(1);
                    }
                    List<String> transcript = desk.view(h.id()).orElseThrow().transcript().stream()
                            .map(TranscriptLine::text)
                            .toList();
                    for (String c : citizenLines) {
                        assertThat(transcript).as(c).containsOnlyOnce(c);
                    }
                    for (String s : staffLines) {
                        assertThat(transcript).as(s).containsOnlyOnce(s);
                    }
                    HandoffQueue queue = a.getBean(SharedState.class).queue();
                    long deadline = System.nanoTime() + 10_000_000_000L;
                    while (queue.pending() > 0 && System.nanoTime() < deadline) {
                        Thread.sleep(50);
                    }
                    assertThat(queue.pending()).isZero();
                }
            } finally {
                doomed.destroyForcibly();
                reader.join(5_000);
            }
        }
    }

    private static Process startDoomed(String prefix) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        DoomedConsumer.class.getName(),
                        TestRedis.url(),
                        prefix)
                .redirectErrorStream(true)
                .start();
    }

    private static void readDoomed(Process p, CountDownLatch ready, List<String> held) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.equals("READY")) {
                    ready.countDown();
                } else if (line.startsWith("HELD ")) {
                    held.add(line.substring(5));
                }
            }
        } catch (java.io.IOException e) {
            // the process was killed
        }
    }

    private static void awaitTranscript(StaffDesk desk, String id, List<String> lines) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < end) {
            List<String> t = desk.view(id).orElseThrow().transcript().stream()
                    .map(TranscriptLine::text)
                    .toList();
            if (t.containsAll(lines)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("citizen lines missing from the transcript after 20 s");
    }
}
