package vn.gov.assistant.core.monitoring;

import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.assistant.core.conversation.Turn;
import vn.gov.assistant.core.conversation.TurnListener;
import vn.gov.assistant.core.llm.PersonalDataMasker;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.ReplyMetadata;

/**
 * One log line per turn (logger {@code vn.gov.assistant.turn}, INFO) for whoever follows the service
 * in its logs: the conversation (by its pseudonym), the channel, what came in (text, option, event: never its
 * content), the intent understood, the procedure answered, whether the bot declined or handed
 * over, and how long the turn took. Nothing the citizen wrote and no form answer can reach this
 * line: it is built only from the reply's metadata, whose values the code gives (intents,
 * procedure codes, aspects).
 */
public final class TurnLog implements TurnListener {

    /** The logger's name, to turn the lines off ({@code logging.level.vn.gov.assistant.turn=WARN}). */
    public static final String LOGGER = "vn.gov.assistant.turn";

    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    private final UnaryOperator<String> pseudonym;

    /**
     * {@code pseudonym}: the name a conversation goes by in the log, e.g. {@code Pseudonyms::of}
     * (a Telegram chat id or a Zalo user id identifies a person: the line carries its keyed hash,
     * the one the audit and the privacy page show, so an operator can still follow a conversation).
     */
    public TurnLog(UnaryOperator<String> pseudonym) {
        this.pseudonym = Objects.requireNonNull(pseudonym, "pseudonym");
    }

    @Override
    public void onTurn(Turn turn) {
        if (log.isInfoEnabled()) {
            log.info(line(turn));
        }
    }

    /** The line for a turn, e.g. {@code turn conversation=web#3f2a... channel=web in=text intent=procedure ...}. */
    public String line(Turn turn) {
        StringBuilder line = new StringBuilder(160)
                .append("turn conversation=")
                .append(conversation(turn.conversationId()))
                .append(" channel=")
                .append(turn.channel())
                .append(" in=")
                .append(kind(turn.inbound()));
        if (turn.reply().isPresent()) {
            ReplyMetadata m = turn.reply().get().metadata();
            line.append(" intent=")
                    .append(m.intent().name().toLowerCase(Locale.ROOT))
                    .append(" procedure=")
                    .append(m.cited().isEmpty() ? "-" : m.cited().getFirst())
                    .append(" aspect=")
                    .append(m.aspect().name().toLowerCase(Locale.ROOT))
                    .append(" declined=")
                    .append(m.declined())
                    .append(" handoff=")
                    .append(m.handoff());
        } else {
            line.append(" intent=- procedure=- with-staff=true");
        }
        return line.append(" latency=")
                .append(turn.took().toMillis())
                .append("ms")
                .toString();
    }

    private String conversation(String id) {
        try {
            // masked too, in case a pseudonym function passes an id through (an API caller chooses its
            // ids: one may look like a phone number or an e-mail)
            return PersonalDataMasker.mask(pseudonym.apply(id));
        } catch (RuntimeException e) {
            return "?"; // the key cannot be had now (shared store down): the line still goes out
        }
    }

    private static String kind(Inbound inbound) {
        return switch (inbound) {
            case Inbound.Text t -> "text";
            case Inbound.OptionChosen o -> "option";
            case Inbound.Event e -> "event:" + e.type().name().toLowerCase(Locale.ROOT);
        };
    }
}
