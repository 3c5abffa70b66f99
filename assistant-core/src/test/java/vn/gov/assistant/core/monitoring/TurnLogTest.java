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
        String line =
                TurnLog.line(turn(new Inbound.Text(PERSONAL), Optional.of(answer(PERSONAL)), Duration.ofMillis(37)));

        assertThat(line)
                .isEqualTo("turn conversation=telegram-42 channel=telegram in=text intent=procedure procedure=1.004194"
                        + " aspect=fee declined=false handoff=false latency=37ms")
                .doesNotContain("Nguyễn", "001203004567", "0912", "example.com");
    }

    @Test
    void aTurnWithStaffAndAnOptionSayWhatTheyAreNotWhatTheyCarry() {
        assertThat(TurnLog.line(turn(new Inbound.Text(PERSONAL), Optional.empty(), Duration.ofMillis(5))))
                .isEqualTo("turn conversation=telegram-42 channel=telegram in=text intent=- procedure=- with-staff=true"
                        + " latency=5ms");
        Reply declined = new Reply(
                List.of(new ReplyPart.Text("Xin lỗi")),
                new ReplyMetadata(Intent.PROCEDURE, List.of(), List.of(), Aspect.GENERAL, 0.1, true, false, false));
        assertThat(TurnLog.line(turn(
                        new Inbound.OptionChosen("form:ho_ten=Nguyễn Văn An"), Optional.of(declined), Duration.ZERO)))
                .contains("in=option", "declined=true", "procedure=-")
                .doesNotContain("Nguyễn", "ho_ten");
    }

    @Test
    void aConversationIdChosenLikeAPhoneNumberOrAnEmailIsMasked() {
        for (String id : List.of("api-0912345678", "api-an@example.com")) {
            Turn turn = new Turn(AT, "api", id, new Inbound.Text("x"), Optional.empty(), true, Duration.ZERO);
            assertThat(TurnLog.line(turn)).startsWith("turn conversation=").doesNotContain("0912345678", "an@example");
        }
        Turn telegram = turn(new Inbound.Text("x"), Optional.empty(), Duration.ZERO);
        assertThat(TurnLog.line(telegram)).contains("conversation=telegram-42 ");
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
            new TurnLog()
                    .onTurn(turn(
                            new Inbound.Event(Inbound.EventType.CONVERSATION_STARTED),
                            Optional.of(new Reply(
                                    List.of(new ReplyPart.Text("Xin chào")), ReplyMetadata.of(Intent.GREETING))),
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
                        "turn conversation=telegram-42 channel=telegram in=event:conversation_started intent=greeting");
    }

    @Test
    void aTurnCannotTakeANegativeTime() {
        assertThatThrownBy(() -> turn(new Inbound.Text("x"), Optional.empty(), Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
    }
}
