package vn.gov.assistant.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.conversation.InMemoryConversationStore;
import vn.gov.assistant.core.conversation.ReplyRewriter;
import vn.gov.assistant.core.intent.Intent;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.core.staff.InMemoryAuditLog;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.search.Abbreviations;

/**
 * Staff's dictionary reaches the served snapshot through the assembly: abbreviations rewrite
 * questions (a bundled one replaced), intent examples teach the classifier, canned answers are
 * answered with the date of their change; a removal or restore takes each back.
 */
class DictionaryCurationTest {

    private static final Catalog CATALOG = Catalog.of(Catalog.bundled().procedures().stream()
            .filter(p -> p.domain().contains("Hộ tịch") || p.name().contains("tạm trú"))
            .toList());

    private final Instant now = Instant.parse("2026-11-29T20:00:00Z");
    private final Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    private final InMemoryKnowledgeLog changes = new InMemoryKnowledgeLog();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final LiveKnowledge live = new LiveKnowledge(
            CATALOG,
            changes,
            new KnowledgeAssembly(
                    code -> 0,
                    new InMemoryConversationStore(1000, Duration.ofMinutes(30), clock),
                    ReplyRewriter.NONE,
                    null));
    private final KnowledgeCurator curator = new KnowledgeCurator(live, changes, audit, clock).servingAtOnce();

    @AfterEach
    void close() {
        live.close();
    }

    private Reply say(String conversation, String text) {
        return live.handle(conversation, new Inbound.Text(text));
    }

    @Test
    void aStaffAbbreviationIsRewrittenAndReplacesTheBundledOne() {
        String key = Abbreviations.keyOf("ĐKTT");
        curator.publish(
                "bien-tap",
                ChangeKind.ABBREVIATION,
                key,
                new Abbreviation("đktt", "đăng ký tạm trú"),
                "Công dân hay viết tắt",
                0);

        assertThat(say("abbr", "đktt cần giấy tờ gì").metadata().cited()).containsExactly("1.004194");
        assertThat(live.current().search().abbreviations().expansionOf("đktt")).contains("đăng ký tạm trú");

        curator.publish(
                "bien-tap", ChangeKind.ABBREVIATION, "cccd", new Abbreviation("cccd", "thẻ căn cước"), "Luật mới", 0);
        assertThat(live.current().search().analyze("làm cccd").syllables())
                .containsExactly("làm", "thẻ", "căn", "cước");

        curator.publish(
                "bien-tap",
                ChangeKind.ABBREVIATION,
                "cccd",
                null,
                "Quay về từ điển có sẵn",
                curator.head(ChangeKind.ABBREVIATION, "cccd"));
        assertThat(live.current().search().analyze("làm cccd").syllables()).containsExactly("làm", "căn", "cước");
    }

    @Test
    void anIntentExampleTeachesTheServedClassifier() {
        String sentence = "cho hỏi mật khẩu wifi là gì";
        assertThat(live.current().engine().intents().classify(sentence).intent())
                .isEqualTo(Intent.PROCEDURE);

        curator.publish(
                "bien-tap",
                ChangeKind.INTENT_EXAMPLE,
                ChangeKind.keyOf("mật khẩu wifi là gì"),
                new IntentExample("OTHER", "mật khẩu wifi là gì"),
                "Câu hỏi ngoài phạm vi hay gặp",
                0);

        assertThat(live.current().engine().intents().classify(sentence).intent())
                .isEqualTo(Intent.OTHER);
    }

    @Test
    void aCannedAnswerIsAnsweredWithTheDateOfItsChangeAndGoesWithItsRemoval() {
        String question = "bo phan mot cua lam viec may gio";
        assertThat(say("before", question).metadata().intent()).isNotEqualTo(Intent.CANNED);

        KnowledgeChange published = curator.publish(
                "bien-tap",
                ChangeKind.CANNED_ANSWER,
                "gio-lam-viec",
                new CannedAnswer(
                        "gio-lam-viec",
                        "Giờ làm việc",
                        List.of("Bộ phận một cửa làm việc mấy giờ?"),
                        "Sáng 7h30-11h30, chiều 13h30-17h."),
                "Câu hỏi hay gặp",
                0);

        Reply answered = say("after", question);
        assertThat(answered.metadata().intent()).isEqualTo(Intent.CANNED);
        assertThat(answered.metadata().cannedAnswer()).isEqualTo("gio-lam-viec");
        // 20:00 UTC on the 29th is already the 30th in Vietnam
        assertThat(answered.text())
                .contains("Sáng 7h30-11h30, chiều 13h30-17h.")
                .contains("cập nhật ngày 30/11/2026");

        curator.publish(
                "bien-tap", ChangeKind.CANNED_ANSWER, "gio-lam-viec", null, "Không còn đúng", published.revision());
        assertThat(say("removed", question).metadata().intent()).isNotEqualTo(Intent.CANNED);

        curator.restore("bien-tap", ChangeKind.CANNED_ANSWER, "gio-lam-viec", published.revision(), "Nhầm");
        assertThat(say("restored", question).metadata().cannedAnswer()).isEqualTo("gio-lam-viec");
    }
}
