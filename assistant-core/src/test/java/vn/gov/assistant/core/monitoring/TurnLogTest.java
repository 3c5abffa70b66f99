package vn.gov.assistant.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import vn.gov.assistant.core.conversation.Turn;
import vn.gov.assistant.core.intent.Intent;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.core.message.ReplyMetadata;
import vn.gov.assistant.core.message.ReplyPart;
import vn.gov.assistant.knowledge.search.Aspect;

class TurnLogTest {

    /** A pseudonym function that shows which id it was given. */
    private static final TurnLog LOG = new TurnLog(id -> "p(" + id + ")");

    private static final Instant AT = Instant.parse("2026-11-30T03:00:00Z");
    private static final String PERSONAL = "Tôi là Nguyễn Văn An, CCCD 001203004567, số 0912 345 678, an@example.com";

    private static Turn turn(Inbound inbound, Optional<Reply> reply, Duration took) {
        return new Turn(AT, "telegram", "telegram-42", inbound, reply, reply.isEmpty(), took);
    }

    private static Reply answer(String text) {
        return new Reply(
                List.of(new ReplyPart.Text(text)),
                new ReplyMetadata(
                        Intent.PROCEDURE, List.of("1.004194"), List.of(), Aspect.FEE, 0.9, false, false, false));
    }

    @Test
    void anAnsweredTurnIsOneLineOfMetadataWithoutWhatWasSaid() {
        String line = LOG.line(turn(new Inbound.Text(PERSONAL), Optional.of(answer(PERSONAL)), Duration.ofMillis(37)));

        assertThat(line)
                .isEqualTo(
                        "turn conversation=p(telegram-42) channel=telegram in=text intent=procedure procedure=1.004194"
                                + " aspect=fee declined=false handoff=false latency=37ms")
                .doesNotContain("Nguyễn", "001203004567", "0912", "example.com");
    }

    @Test
    void aTurnWithStaffAndAnOptionSayWhatTheyAreNotWhatTheyCarry() {
        assertThat(LOG.line(turn(new Inbound.Text(PERSONAL), Optional.empty(), Duration.ofMillis(5))))
                .isEqualTo(
                        "turn conversation=p(telegram-42) channel=telegram in=text intent=- procedure=- with-staff=true"
                                + " latency=5ms");
        Reply declined = new Reply(
                List.of(new ReplyPart.Text("Xin lỗi")),
                new ReplyMetadata(Intent.PROCEDURE, List.of(), List.of(), Aspect.GENERAL, 0.1, true, false, false));
        assertThat(LOG.line(turn(
                        new Inbound.OptionChosen("form:ho_ten=Nguyễn Văn An"), Optional.of(declined), Duration.ZERO)))
                .contains("in=option", "declined=true", "procedure=-")
                .doesNotContain("Nguyễn", "ho_ten");
    }

    @Test
    void aConversationIdChosenLikeAPhoneNumberOrAnEmailIsMasked() {
        for (String id : List.of("api-0912345678", "api-an@example.com")) {
            Turn turn = new Turn(AT, "api", id, new Inbound.Text("x"), Optional.empty(), true, Duration.ZERO);
            assertThat(LOG.line(turn)).startsWith("turn conversation=").doesNotContain("0912345678", "an@example");
        }
        Turn telegram = turn(new Inbound.Text("x"), Optional.empty(), Duration.ZERO);
        assertThat(LOG.line(telegram)).contains("conversation=p(telegram-42) ");
    }

    @Test
    void theConversationGoesByItsKeyedPseudonymAndALineGoesOutEvenWithoutTheKey() {
        vn.gov.assistant.core.privacy.Pseudonyms pseudonyms =
                vn.gov.assistant.core.privacy.Pseudonyms.withKey(new byte[32]);
        Turn turn = turn(new Inbound.Text("x"), Optional.empty(), Duration.ZERO);
        assertThat(new TurnLog(pseudonyms::of).line(turn))
                .startsWith("turn conversation=" + pseudonyms.of("telegram-42") + " channel=telegram")
                .doesNotContain("telegram-42", "=42");
        TurnLog keyless = new TurnLog(id -> {
            throw new IllegalStateException("the shared store is down");
        });
        assertThat(keyless.line(turn)).startsWith("turn conversation=? channel=telegram");
    }

    @Test
    void eachTurnIsLoggedAtInfoOnTheTurnLogger() {
        Logger logger = (Logger) LoggerFactory.getLogger(TurnLog.LOGGER);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        logger.addAppender(captured);
        ch.qos.logback.classic.Level level = logger.getLevel();
        logger.setLevel(ch.qos.logback.classic.Level.INFO);
        try {
            LOG.onTurn(turn(
                    new Inbound.Event(Inbound.EventType.CONVERSATION_STARTED),
                    Optional.of(new Reply(List.of(new ReplyPart.Text("Xin chào")), ReplyMetadata.of(Intent.GREETING))),
                    Duration.ofMillis(2)));
        } finally {
            logger.detachAppender(captured);
            logger.setLevel(level);
        }
        assertThat(captured.list)
                .singleElement()
                .satisfies(e -> assertThat(e.getLevel().toString()).isEqualTo("INFO"))
                .extracting(ILoggingEvent::getFormattedMessage)
                .asString()
                .startsWith(
                        "turn conversation=p(telegram-42) channel=telegram in=event:conversation_started intent=greeting");
    }

    @Test
    void aTurnCannotTakeANegativeTime() {
        assertThatThrownBy(() -> turn(new Inbound.Text("x"), Optional.empty(), Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
    }
}
