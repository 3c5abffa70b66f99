package vn.gov.assistant.app.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Set;
import vn.gov.assistant.core.monitoring.ServiceMonitor;

/** The {@link ServiceMonitor} port on Micrometer: what channels, desk and console report, as meters. */
final class MicrometerServiceMonitor implements ServiceMonitor {

    static final String SEND_ERRORS = "assistant.channel.send.errors";
    static final String TOKEN_REFRESHES = "assistant.token.refreshes";
    static final String HANDOFF_WAIT = "assistant.handoff.wait";
    static final String IMPORTS = "assistant.catalog.imports";
    static final String IMPORTED_PROCEDURES = "assistant.catalog.imported.procedures";

    private static final Set<String> IMPORT_OUTCOMES = Set.of("published", "discarded");

    private final MeterRegistry registry;

    MicrometerServiceMonitor(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void sendFailed(String channel) {
        Counter.builder(SEND_ERRORS)
                .description("Replies and staff lines a channel could not deliver")
                .tag("channel", TurnMetrics.channel(channel))
                .register(registry)
                .increment();
    }

    @Override
    public void tokenRefreshed(String channel, boolean succeeded) {
        Counter.builder(TOKEN_REFRESHES)
                .description("Access token refreshes of a channel, by outcome")
                .tags("channel", TurnMetrics.channel(channel), "outcome", succeeded ? "refreshed" : "refused")
                .register(registry)
                .increment();
    }

    @Override
    public void handoffClaimed(String channel, Duration wait) {
        Timer.builder(HANDOFF_WAIT)
                .description("How long citizens waited for a staff member to claim their hand-off")
                .tag("channel", TurnMetrics.channel(channel))
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofHours(2))
                .register(registry)
                .record(wait);
    }

    @Override
    public void catalogImported(String outcome, int procedures) {
        String tag = IMPORT_OUTCOMES.contains(outcome) ? outcome : "other";
        Counter.builder(IMPORTS)
                .description("Catalog re-imports reviewed by staff, by outcome")
                .tag("outcome", tag)
                .register(registry)
                .increment();
        Counter.builder(IMPORTED_PROCEDURES)
                .description("Procedures published by catalog re-imports")
                .register(registry)
                .increment(Math.max(0, procedures));
    }
}
