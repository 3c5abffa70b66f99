package vn.gov.assistant.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.conversation.InMemoryConversationStore;
import vn.gov.assistant.core.conversation.ReplyRewriter;
import vn.gov.assistant.knowledge.catalog.Catalog;

/** What staff may put in the dictionary, normalised, and what they are told when they may not. */
class DictionaryRulesTest {

    private static final DictionaryRules RULES = new DictionaryRules();
    private static LiveKnowledge live;

    @BeforeAll
    static void serve() {
        Catalog residence = Catalog.of(Catalog.bundled().procedures().stream()
                .filter(p -> p.name().contains("tạm trú"))
                .toList());
        InMemoryKnowledgeLog changes = new InMemoryKnowledgeLog();
        changes.append(
                new KnowledgeChange(
                        0,
                        ChangeKind.CANNED_ANSWER,
                        "gio-lam-viec",
                        KnowledgeCodec.payload(
                                ChangeKind.CANNED_ANSWER,
                                new CannedAnswer("gio-lam-viec", "Giờ làm việc", List.of("Mấy giờ mở cửa?"), "7h30")),
                        "bien-tap",
                        java.time.Instant.parse("2026-11-30T02:00:00Z"),
                        "thêm"),
                0);
        live = new LiveKnowledge(
                residence,
                changes,
                new KnowledgeAssembly(
                        code -> 0,
                        new InMemoryConversationStore(10, Duration.ofMinutes(1), Clock.systemUTC()),
                        ReplyRewriter.NONE,
                        null));
    }

    @AfterAll
    static void close() {
        live.close();
    }

    @Test
    void anEverydayNameIsKeptAsItsWordsInLowerCase() {
        EverydayName name = RULES.everydayName(live.current(), "  Xin Giấy  Ở Nhờ? ", "1.004194");

        assertThat(name).isEqualTo(new EverydayName("xin giấy ở nhờ", "1.004194"));
        assertThat(RULES.everydayName(live.current(), "KT3", " 1.004194 ").name())
                .isEqualTo("kt3");
    }

    @Test
    void anEverydayNameIsRefusedWithWhatToChange() {
        assertThatThrownBy(() -> RULES.everydayName(live.current(), "trọ", "1.004194"))
                .hasMessageContaining("ít nhất hai âm tiết");
        assertThatThrownBy(() -> RULES.everydayName(live.current(), "cho tôi hỏi", "1.004194"))
                .hasMessageContaining("từ thông dụng");
        assertThatThrownBy(() -> RULES.everydayName(live.current(), "làm sổ đỏ", "1.004194"))
                .isInstanceOf(CurationException.class)
                .hasMessageContaining("đã có sẵn trong từ điển cho thủ tục 1.013978")
                .hasMessageContaining("không có trong danh mục đang phục vụ");
        assertThatThrownBy(() -> RULES.everydayName(live.current(), "xin giấy ở nhờ", "1.00419"))
                .hasMessageContaining("không đúng dạng");
        assertThat(RULES.bundledCodesNamed("LAM SO DO"))
                .extracting(c -> c.value())
                .contains("1.013978");
    }

    @Test
    void anAbbreviationIsKeptNormalisedWithItsDiacritics() {
        assertThat(RULES.abbreviation(" ĐK  TT ", " Đăng Ký Tạm Trú "))
                .isEqualTo(new Abbreviation("đk tt", "đăng ký tạm trú"));
        assertThatThrownBy(() -> RULES.abbreviation("một hai ba bốn năm sáu", "x"))
                .hasMessageContaining("5 âm tiết");
    }

    @Test
    void anIntentExampleMustNameATaughtIntentAndNotContradictTheBundledOnes() {
        assertThat(RULES.intentExample("OTHER", "  giá  xăng tuần này "))
                .isEqualTo(new IntentExample("OTHER", "giá xăng tuần này"));
        assertThatThrownBy(() -> RULES.intentExample("ACTION", "bấm nút"))
                .hasMessage("Hãy chọn một ý định trong danh sách.");
        assertThatThrownBy(() -> RULES.intentExample("THANKS", "xin chao")).hasMessageContaining("ý định \"Chào hỏi\"");
    }

    @Test
    void aCannedAnswerTakesItsQuestionsOnePerLineAndNoneOfAnothers() {
        CannedAnswer answer = RULES.cannedAnswer(
                live.current(),
                "nop-truc-tuyen",
                " Nộp  trực tuyến ",
                "Nộp online thế nào?\n\n nop online the nao \nỞ đâu nộp online?",
                " Trên Cổng. ");

        assertThat(answer.title()).isEqualTo("Nộp trực tuyến");
        assertThat(answer.questions()).containsExactly("Nộp online thế nào?", "Ở đâu nộp online?");
        assertThat(answer.answer()).isEqualTo("Trên Cổng.");
        assertThatThrownBy(() -> RULES.cannedAnswer(live.current(), "khac", "Khác", "mấy giờ mở cửa", "x"))
                .hasMessage("Câu hỏi \"mấy giờ mở cửa\" đã thuộc câu trả lời \"Giờ làm việc\".");
        // the answer itself may keep its own questions when edited
        assertThat(RULES.cannedAnswer(live.current(), "gio-lam-viec", "Giờ", "Mấy giờ mở cửa?", "7h")
                        .questions())
                .containsExactly("Mấy giờ mở cửa?");
    }

    @Test
    void aNewCannedAnswersIdComesFromItsTitleAndIsNeverReused() {
        Set<String> used = Set.of("gio-lam-viec", "gio-lam-viec-2", "new");

        assertThat(DictionaryRules.newCannedAnswerId("Giờ làm việc?", used::contains))
                .isEqualTo("gio-lam-viec-3");
        assertThat(DictionaryRules.newCannedAnswerId("Thanh toán trực tuyến", used::contains))
                .isEqualTo("thanh-toan-truc-tuyen");
        assertThat(DictionaryRules.newCannedAnswerId(" ?! ", used::contains)).isEqualTo("cau-tra-loi");
        assertThat(DictionaryRules.newCannedAnswerId("New", used::contains)).isEqualTo("new-2");
        assertThat(DictionaryRules.newCannedAnswerId("a ".repeat(50), used::contains))
                .hasSizeLessThanOrEqualTo(60);
    }
}
