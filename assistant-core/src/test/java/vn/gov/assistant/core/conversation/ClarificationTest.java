package vn.gov.assistant.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Option;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.core.message.ReplyPart;
import vn.gov.assistant.knowledge.search.Aspect;

/**
 * Asking back when candidates are close, with an engine whose margin makes the best two of a
 * common question close; the choice continues the conversation with the aspect first asked.
 */
class ClarificationTest {

    private final ConversationEngine engine = TestEngines.bundled(
            new InMemoryConversationStore(100, Duration.ofHours(1), Clock.systemUTC()),
            new ConversationEngine.Settings(0.6, 1.0, 1.0, 0.3));

    @Test
    void closeCandidatesAreOfferedAndTheChoiceIsAnsweredOnTheAspectAsked() {
        Reply ask = engine.handle("clarify-1", new Inbound.Text("tạm trú cần giấy tờ gì"));
        assertThat(ask.metadata().cited()).isEmpty();
        assertThat(ask.metadata().declined()).isFalse();
        assertThat(ask.metadata().offered()).hasSizeBetween(2, 4).contains("1.004194");
        assertThat(ask.options().stream().map(Option::value)).contains("proc:1.004194", "none");
        assertThat(ask.parts()).anyMatch(ReplyPart.ProcedureCard.class::isInstance);

        Reply chosen = engine.handle("clarify-1", new Inbound.OptionChosen("proc:1.004194"));
        assertThat(chosen.metadata().cited()).containsExactly("1.004194");
        assertThat(chosen.metadata().aspect()).isEqualTo(Aspect.DOCUMENTS);
        assertThat(chosen.text()).contains("CT01");

        Reply followUp = engine.handle("clarify-1", new Inbound.Text("mất bao lâu"));
        assertThat(followUp.metadata().cited()).containsExactly("1.004194");
        assertThat(followUp.metadata().aspect()).isEqualTo(Aspect.TIME);
    }

    @Test
    void noneOfTheseDeclinesAndOffersAPerson() {
        engine.handle("clarify-2", new Inbound.Text("tạm trú cần giấy tờ gì"));
        Reply none = engine.handle("clarify-2", new Inbound.OptionChosen("none"));
        assertThat(none.metadata().declined()).isTrue();
        assertThat(none.options().stream().map(Option::value)).containsExactly("human");
    }

    @Test
    void theSameProcedureAtAnotherLevelIsNotAReasonToAsk() {
        assertThat(ConversationEngine.sameNameAtAnotherLevel(
                        "Cấp thị thực cho người nước ngoài tại Việt Nam (thực hiện tại cấp tỉnh)",
                        "Cấp thị thực cho người nước ngoài tại Việt Nam (thực hiện tại cấp Trung ương)"))
                .isTrue();
        assertThat(ConversationEngine.sameNameAtAnotherLevel("Đăng ký tạm trú", "Xóa đăng ký tạm trú"))
                .isFalse();
    }
}
