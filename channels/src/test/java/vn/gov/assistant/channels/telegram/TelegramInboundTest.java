package vn.gov.assistant.channels.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.message.Inbound;

class TelegramInboundTest {

    @Test
    void commandsBecomeEventsOrTheHelpQuestion() {
        assertThat(TelegramInbound.text("/start")).isEqualTo(new Inbound.Event(Inbound.EventType.CONVERSATION_STARTED));
        assertThat(TelegramInbound.text("/start from-portal"))
                .isEqualTo(new Inbound.Event(Inbound.EventType.CONVERSATION_STARTED));
        assertThat(TelegramInbound.text("/staff@DichVuCongBot"))
                .isEqualTo(new Inbound.Event(Inbound.EventType.HANDOFF_REQUESTED));
        assertThat(TelegramInbound.text("/HELP")).isEqualTo(new Inbound.Text(TelegramInbound.HELP_QUESTION));
    }

    @Test
    void otherTextIsPassedAsTyped() {
        assertThat(TelegramInbound.text("lam cccd o dau")).isEqualTo(new Inbound.Text("lam cccd o dau"));
        assertThat(TelegramInbound.text("/unknown thing")).isEqualTo(new Inbound.Text("/unknown thing"));
    }
}
