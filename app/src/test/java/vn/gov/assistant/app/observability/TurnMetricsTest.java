package vn.gov.assistant.app.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.conversation.Turn;
import vn.gov.assistant.core.intent.Intent;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.core.message.ReplyMetadata;
import vn.gov.assistant.core.message.ReplyPart;
import vn.gov.assistant.knowledge.search.Aspect;

/** Turns and monitor reports as meters, on Micrometer's in-memory registry. */
class TurnMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final TurnMetrics metrics = new TurnMetrics(registry);

    private static Turn turn(String channel, Inbound inbound, ReplyMetadata metadata, long millis) {
        Optional<Reply> reply = metadata == null
                ? Optional.empty()
                : Optional.of(new Reply(List.of(new ReplyPart.Text("…")), metadata));
        return new Turn(
                Instant.EPOCH, channel, channel + "-1", inbound, reply, reply.isEmpty(), Duration.ofMillis(millis));
    }

    private static ReplyMetadata procedure(List<String> cited, boolean declined, boolean handoff) {
        return new ReplyMetadata(Intent.PROCEDURE, cited, List.of(), Aspect.GENERAL, 0.5, declined, handoff, false);
    }

    private double messages(String channel, String outcome) {
        return registry.find(TurnMetrics.MESSAGES).tags("channel", channel, "outcome", outcome).counters().stream()
                .mapToDouble(c -> c.count())
                .sum();
    }

    @Test
    void eachMessageCountsByChannelIntentAndOutcomeAndDeclinesAndClarificationsApart() {
        Inbound.Text text = new Inbound.Text("làm hộ chiếu");
        metrics.onTurn(turn("telegram", text, procedure(List.of("1.001456"), false, false), 40));
        metrics.onTurn(turn("telegram", text, procedure(List.of(), true, false), 30));
        metrics.onTurn(turn("telegram", text, procedure(List.of(), false, false), 20));
        metrics.onTurn(turn("zalo", text, procedure(List.of(), false, true), 10));
        metrics.onTurn(turn("zalo", text, null, 5));
        metrics.onTurn(turn("web", new Inbound.OptionChosen("proc:1.004194"), ReplyMetadata.of(Intent.GREETING), 5));

        assertThat(messages("telegram", "answered")).isEqualTo(1);
        assertThat(messages("telegram", "declined")).isEqualTo(1);
        assertThat(messages("telegram", "clarification")).isEqualTo(1);
        assertThat(messages("zalo", "handoff")).isEqualTo(1);
        assertThat(messages("zalo", "with_staff")).isEqualTo(1);
        assertThat(messages("web", "other")).isEqualTo(1);
        assertThat(registry.get(TurnMetrics.MESSAGES)
                        .tags("channel", "telegram", "intent", "procedure", "outcome", "answered")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get(TurnMetrics.DECLINES)
                        .tag("channel", "telegram")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get(TurnMetrics.CLARIFICATIONS)
                        .tag("channel", "telegram")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get(TurnMetrics.LATENCY)
                        .tag("channel", "telegram")
                        .timer()
                        .count())
                .isEqualTo(3);
        assertThat(registry.get(TurnMetrics.LATENCY)
                        .tag("channel", "telegram")
                        .timer()
                        .totalTime(java.util.concurrent.TimeUnit.MILLISECONDS))
                .isEqualTo(90);
    }

    @Test
    void theChatOpeningIsTimedButNotAMessageAndOddChannelNamesAreOther() {
        metrics.onTurn(turn(
                "web",
                new Inbound.Event(Inbound.EventType.CONVERSATION_STARTED),
                ReplyMetadata.of(Intent.GREETING),
                3));
        metrics.onTurn(turn("Web Chat 0912345678", new Inbound.Text("x"), ReplyMetadata.of(Intent.OTHER), 3));

        assertThat(registry.find(TurnMetrics.MESSAGES).tag("channel", "web").counter())
                .isNull();
        assertThat(registry.get(TurnMetrics.LATENCY)
                        .tag("channel", "web")
                        .timer()
                        .count())
                .isEqualTo(1);
        assertThat(messages("other", "other")).isEqualTo(1);
        assertThat(registry.getMeters())
                .allSatisfy(m -> assertThat(m.getId().getTags().toString()).doesNotContain("0912345678"));
    }

    @Test
    void theMonitorCountsSendErrorsRefreshesImportsAndTimesTheWaitForStaff() {
        MicrometerServiceMonitor monitor = new MicrometerServiceMonitor(registry);
        monitor.sendFailed("telegram");
        monitor.sendFailed("telegram");
        monitor.tokenRefreshed("zalo", true);
        monitor.tokenRefreshed("zalo", false);
        monitor.handoffClaimed("web", Duration.ofSeconds(90));
        monitor.catalogImported("published", 12);
        monitor.catalogImported("discarded", 0);

        assertThat(registry.get(MicrometerServiceMonitor.SEND_ERRORS)
                        .tag("channel", "telegram")
                        .counter()
                        .count())
                .isEqualTo(2);
        assertThat(registry.get(MicrometerServiceMonitor.TOKEN_REFRESHES)
                        .tags("channel", "zalo", "outcome", "refreshed")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get(MicrometerServiceMonitor.TOKEN_REFRESHES)
                        .tags("channel", "zalo", "outcome", "refused")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get(MicrometerServiceMonitor.HANDOFF_WAIT)
                        .tag("channel", "web")
                        .timer()
                        .totalTime(java.util.concurrent.TimeUnit.SECONDS))
                .isEqualTo(90);
        assertThat(registry.get(MicrometerServiceMonitor.IMPORTS)
                        .tag("outcome", "published")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get(MicrometerServiceMonitor.IMPORTS)
                        .tag("outcome", "discarded")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get(MicrometerServiceMonitor.IMPORTED_PROCEDURES)
                        .counter()
                        .count())
                .isEqualTo(12);
    }
}
