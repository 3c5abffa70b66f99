package vn.gov.assistant.admin.unanswered;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.gov.assistant.admin.ConsoleTestApplication;
import vn.gov.assistant.core.handoff.SharedState;
import vn.gov.assistant.core.knowledge.ChangeKind;
import vn.gov.assistant.core.knowledge.KnowledgeCurator;
import vn.gov.assistant.core.knowledge.UnansweredResolution;
import vn.gov.assistant.core.staff.Role;
import vn.gov.assistant.core.staff.StaffAccount;
import vn.gov.assistant.core.unanswered.UnansweredQuestion;
import vn.gov.assistant.core.unanswered.UnansweredQuestion.Reason;
import vn.gov.assistant.core.unanswered.UnansweredQuestions;

/**
 * The unanswered questions page over the real desk and the tests' live knowledge: what editors
 * see, what each form publishes, refusals that change nothing and keep what was typed, escaping,
 * and the page closed to agents.
 */
@SpringBootTest(
        classes = ConsoleTestApplication.class,
        properties = "assistant.admin.password=" + ConsoleTestApplication.ADMIN_PASSWORD)
@AutoConfigureMockMvc
class UnansweredPagesTest {

    private static final RequestPostProcessor EDITOR = user("lan.editor").roles("EDITOR");
    private static final RequestPostProcessor AGENT = user("minh.agent").roles("AGENT");

    @Autowired
    MockMvc mvc;

    @Autowired
    UnansweredQuestions questions;

    @Autowired
    KnowledgeCurator curator;

    @Autowired
    SharedState state;

    /** The console lets only existing, enabled accounts through. */
    @BeforeEach
    void staff() {
        for (var account : java.util.Map.of("lan.editor", Role.EDITOR, "minh.agent", Role.AGENT)
                .entrySet()) {
            if (state.accounts().find(account.getKey()).isEmpty()) {
                state.accounts()
                        .create(new StaffAccount(
                                account.getKey(),
                                "Cán bộ " + account.getKey(),
                                "{noop}unused",
                                java.util.Set.of(account.getValue()),
                                true,
                                Instant.now()));
            }
        }
    }

    /** A question of its own for each test (they share one context), asked {@code times} over the last days. */
    private String asked(String text, int times) {
        String unique = text + " " + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < times; i++) {
            questions.add(new UnansweredQuestion(
                    UUID.randomUUID().toString(),
                    unique,
                    i % 2 == 0 ? "web" : "zalo",
                    Instant.now().minus(Duration.ofDays(i + 1)),
                    Reason.DECLINED));
        }
        return unique;
    }

    @Test
    void editorsSeeEachOpenGroupWithItsCountChannelsExamplesAndProceduresToLinkItTo() throws Exception {
        String question = asked("ở trọ thì có cần báo công an phường không", 3);

        mvc.perform(get("/admin/unanswered").with(EDITOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Câu hỏi chưa trả lời được"),
                                containsString(question),
                                containsString("3 câu hỏi"),
                                containsString("kênh: Web (2), Zalo (1)"),
                                containsString("trợ lý ảo không trả lời được (3)"),
                                containsString("1.004194 – Đăng ký tạm trú"),
                                containsString("Gắn với thủ tục"),
                                containsString("Lưu câu trả lời"),
                                containsString("Đánh dấu ngoài phạm vi"))));
    }

    @Test
    void aQuestionWithAScriptIsShownAsText() throws Exception {
        String question = asked("<script>alert(1)</script> xin phép bắn pháo hoa đêm giao thừa", 1);
        String escaped = question.replace("<", "&lt;").replace(">", "&gt;");

        mvc.perform(get("/admin/unanswered").with(EDITOR))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(escaped), not(containsString("<script>alert(1)")))));
    }

    @Test
    void linkingPublishesTheNameAndTheResolutionAndTheGroupMovesToTheResolvedTab() throws Exception {
        String question = asked("con đi học xa nhà có phải khai báo lưu trú không", 2);
        String key = ChangeKind.keyOf(question);

        mvc.perform(post("/admin/unanswered/link")
                        .with(EDITOR)
                        .with(csrf())
                        .param("group", key)
                        .param("head", "0")
                        .param("code", "1.004194")
                        .param("name", question)
                        .param("reason", "Học sinh ở xa nhà hỏi về tạm trú")
                        .param("days", "30"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/unanswered?days=30"))
                .andExpect(flash().attribute("flashInfo", containsString("Đã gắn nhóm câu hỏi với thủ tục 1.004194")));

        assertThat(curator.latest().value(ChangeKind.UNANSWERED, key, UnansweredResolution.class))
                .hasValueSatisfying(r -> assertThat(r.target()).isEqualTo("1.004194"));
        assertThat(curator.history(ChangeKind.UNANSWERED, key).getFirst().author())
                .isEqualTo("lan.editor");
        mvc.perform(get("/admin/unanswered").with(EDITOR)).andExpect(content().string(not(containsString(question))));
        mvc.perform(get("/admin/unanswered").param("tab", "resolved").with(EDITOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(question),
                                containsString("Cách xử lý: gắn với thủ tục 1.004194 – Đăng ký tạm trú"),
                                containsString("lan.editor"),
                                containsString("Học sinh ở xa nhà hỏi về tạm trú"),
                                containsString("/1 câu hỏi"))));
    }

    @Test
    void aRefusedResolutionChangesNothingAndGivesBackWhatWasTyped() throws Exception {
        String question = asked("giờ làm việc của bộ phận một cửa phường thứ bảy", 1);
        String key = ChangeKind.keyOf(question);
        long before =
                curator.recent(1).isEmpty() ? 0 : curator.recent(1).getFirst().revision();

        mvc.perform(post("/admin/unanswered/answer")
                        .with(EDITOR)
                        .with(csrf())
                        .param("group", key)
                        .param("head", "0")
                        .param("title", "Giờ làm việc một cửa")
                        .param("answer", "Sáng thứ Bảy từ 7 giờ 30 đến 11 giờ 30.")
                        .param("reason", "  "))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", "Hãy ghi lý do của thay đổi."))
                .andExpect(flash().attribute(
                                "draft",
                                new UnansweredController.Draft(
                                        key,
                                        "answer",
                                        "",
                                        "",
                                        "Giờ làm việc một cửa",
                                        "Sáng thứ Bảy từ 7 giờ 30 đến 11 giờ 30.",
                                        "  ")));

        assertThat(
                        curator.recent(1).isEmpty()
                                ? 0
                                : curator.recent(1).getFirst().revision())
                .isEqualTo(before);
        assertThat(curator.latest().value(ChangeKind.UNANSWERED, key, UnansweredResolution.class))
                .isEmpty();
    }

    @Test
    void markingOutOfScopeTakesTheGroupOffTheOpenList() throws Exception {
        String question = asked("hôm nay giá vàng bao nhiêu một chỉ", 1);

        mvc.perform(post("/admin/unanswered/out-of-scope")
                        .with(EDITOR)
                        .with(csrf())
                        .param("group", ChangeKind.keyOf(question))
                        .param("head", "0")
                        .param("reason", "Không phải thủ tục hành chính"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashInfo", containsString("ngoài phạm vi")));

        mvc.perform(get("/admin/unanswered").with(EDITOR)).andExpect(content().string(not(containsString(question))));
    }

    @Test
    void theProcedureSearchAnswersWithTheChoicesFragment() throws Exception {
        mvc.perform(get("/admin/unanswered/procedures")
                        .param("q", "tam tru")
                        .param("g", "3")
                        .with(EDITOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"code-3-0\""),
                                containsString("value=\"1.004194\""),
                                not(containsString("<html")))));
        mvc.perform(get("/admin/unanswered/procedures").param("q", "").with(EDITOR))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không tìm thấy thủ tục nào")));
    }

    @Test
    void agentsAreRefusedThePageAndItsForms() throws Exception {
        mvc.perform(get("/admin/unanswered").with(AGENT)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/unanswered/procedures").param("q", "tạm trú").with(AGENT))
                .andExpect(status().isForbidden());
        for (String form : new String[] {"link", "answer", "out-of-scope"}) {
            mvc.perform(post("/admin/unanswered/" + form)
                            .with(AGENT)
                            .with(csrf())
                            .param("group", "x")
                            .param("reason", "x"))
                    .andExpect(status().isForbidden());
        }
    }
}
