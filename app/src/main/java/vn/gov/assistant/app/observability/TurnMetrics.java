package vn.gov.assistant.app.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.gov.assistant.core.conversation.Turn;
import vn.gov.assistant.core.conversation.TurnListener;
import vn.gov.assistant.core.intent.Intent;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.ReplyMetadata;

/**
 * The turns as metrics: every citizen message by channel, intent and outcome, the reply latency
 * as a histogram by channel, and the search's declines and clarifications by channel. Tags are
 * names the code gives (never a conversation id or a text), so their number stays small. A turn
 * counts as {@code AnalyticsRecorder} counts it: a declined reply is a decline, a reply to a
 * procedure question that neither answers, declines nor hands over is a clarification.
 */
final class TurnMetrics implements TurnListener {

    static final String MESSAGES = "assistant.messages";
    static final String LATENCY = "assistant.reply.latency";
    static final String DECLINES = "assistant.search.declines";
    static final String CLARIFICATIONS = "assistant.clarifications";

    private static final Pattern CHANNEL = Pattern.compile("[a-z0-9-]{1,32}");

    private final MeterRegistry registry;

    TurnMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onTurn(Turn turn) {
        String channel = channel(turn.channel());
        Timer.builder(LATENCY)
                .description("Time from a citizen's message reaching the reception to the reply being ready")
                .tag("channel", channel)
                .publishPercentileHistogram()
                .register(registry)
                .record(turn.took());
        if (!isMessage(turn.inbound())) {
            return; // the chat opened: not something the citizen said
        }
        String intent = turn.reply()
                .map(r -> r.metadata().intent().name().toLowerCase(Locale.ROOT))
                .orElse("staff");
        String outcome = outcome(turn);
        Counter.builder(MESSAGES)
                .description("Citizens' messages (texts, options, requests for a person)")
                .tags("channel", channel, "intent", intent, "outcome", outcome)
                .register(registry)
                .increment();
        if (outcome.equals("declined")) {
            Counter.builder(DECLINES)
                    .description("Questions no procedure fitted")
                    .tag("channel", channel)
                    .register(registry)
                    .increment();
        } else if (outcome.equals("clarification")) {
            Counter.builder(CLARIFICATIONS)
                    .description("Procedure questions the bot asked back about")
                    .tag("channel", channel)
                    .register(registry)
                    .increment();
        }
    }

    /** with_staff, declined, answered, clarification, handoff or other (small talk, forms...). */
    static String outcome(Turn turn) {
        if (turn.reply().isEmpty()) {
            return "with_staff";
        }
        ReplyMetadata m = turn.reply().get().metadata();
        if (m.declined()) {
            return "declined";
        }
        if (!m.cited().isEmpty()) {
            return "answered";
        }
        if (m.handoff()) {
            return "handoff";
        }
        return m.intent() == Intent.PROCEDURE ? "clarification" : "other";
    }

    private static boolean isMessage(Inbound inbound) {
        return switch (inbound) {
            case Inbound.Text t -> true;
            case Inbound.OptionChosen o -> true;
            case Inbound.Event e -> e.type() == Inbound.EventType.HANDOFF_REQUESTED;
        };
    }

    /** Channels are names the code gives ("web", "telegram"...); anything else is "other". */
    static String channel(String channel) {
        return channel != null && CHANNEL.matcher(channel).matches() ? channel : "other";
    }
}
