package vn.gov.assistant.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.llm.FaithfulnessGuard;
import vn.gov.assistant.core.llm.GroundedAnswer;
import vn.gov.assistant.core.llm.GuardedRewriter;
import vn.gov.assistant.core.llm.LanguageModel;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Reply;

/** The optional language model inside a conversation: faithful text is used, anything else is not. */
class LanguageModelInConversationTest {

    private final List<GroundedAnswer> asked = new ArrayList<>();

    private ConversationEngine engineWith(LanguageModel model) {
        LanguageModel recording = grounded -> {
            asked.add(grounded);
            return model.rephrase(grounded);
        };
        return TestEngines.bundled(
                new InMemoryConversationStore(100, Duration.ofHours(1), Clock.systemUTC()),
                ConversationEngine.Settings.DEFAULT,
                new GuardedReplyRewriter(new GuardedRewriter(recording, new FaithfulnessGuard())));
    }

    @Test
    void faithfulRephrasingIsSentAndMarkedGenerated() {
        String faithful =
                "Dạ, lệ phí đăng ký tạm trú là 7.000 đồng khi nộp trực tuyến và 10.000 đồng khi nộp trực tiếp ạ.";
        ConversationEngine engine = engineWith(grounded -> Optional.of(faithful));
        engine.handle("llm-1", new Inbound.Text("đăng ký tạm trú cần giấy tờ gì"));
        Reply reply = engine.handle("llm-1", new Inbound.Text("còn lệ phí?"));
        assertThat(reply.text()).startsWith(faithful);
        assertThat(reply.metadata().generated()).isTrue();
        assertThat(reply.metadata().cited()).containsExactly("1.004194");
        assertThat(reply.citations()).isNotEmpty();
        assertThat(asked.getLast().recordText()).contains("Đăng ký tạm trú");
        assertThat(asked.getLast().question()).isEqualTo("còn lệ phí?");
    }

    @Test
    void inventedFeeFallsBackToTheTemplate() {
        ConversationEngine engine = engineWith(grounded -> Optional.of("Lệ phí đăng ký tạm trú là 50.000 đồng."));
        Reply reply = engine.handle("llm-2", new Inbound.Text("lệ phí đăng ký tạm trú bao nhiêu"));
        assertThat(reply.metadata().generated()).isFalse();
        assertThat(reply.text()).contains("7.000 đồng").doesNotContain("50.000");
    }

    @Test
    void withoutAModelNothingIsAskedAndTheTemplateIsSent() {
        ConversationEngine engine = TestEngines.bundled(
                new InMemoryConversationStore(100, Duration.ofHours(1), Clock.systemUTC()),
                ConversationEngine.Settings.DEFAULT,
                ReplyRewriter.NONE);
        Reply reply = engine.handle("llm-3", new Inbound.Text("lệ phí đăng ký tạm trú bao nhiêu"));
        assertThat(reply.metadata().generated()).isFalse();
        assertThat(reply.text()).contains("7.000 đồng");
    }

    @Test
    void smallTalkAndDeclinesNeverGoToTheModel() {
        ConversationEngine engine = engineWith(grounded -> Optional.of("x"));
        engine.handle("llm-4", new Inbound.Text("xin chào"));
        engine.handle("llm-4", new Inbound.Text("thời tiết hôm nay thế nào"));
        assertThat(asked).isEmpty();
    }
}
