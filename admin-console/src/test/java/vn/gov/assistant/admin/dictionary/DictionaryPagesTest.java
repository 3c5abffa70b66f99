package vn.gov.assistant.admin.dictionary;

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

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.gov.assistant.admin.ConsoleTestApplication;
import vn.gov.assistant.core.intent.Intent;
import vn.gov.assistant.core.knowledge.Abbreviation;
import vn.gov.assistant.core.knowledge.ChangeKind;
import vn.gov.assistant.core.knowledge.EverydayName;
import vn.gov.assistant.core.knowledge.KnowledgeChange;
import vn.gov.assistant.core.knowledge.KnowledgeCurator;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.core.staff.AuditLog;
import vn.gov.assistant.core.staff.Role;
import vn.gov.assistant.core.staff.StaffAccount;
import vn.gov.assistant.core.staff.StaffAccounts;

/**
 * The dictionary's pages over the real curator and live knowledge (the tests' one-procedure
 * catalog, "Đăng ký tạm trú"): every change needs a reason, bad input changes nothing and says
 * why in Vietnamese, a stale version is refused, each change is served at once, audited, and has
 * a history that compares and restores; staff's text is shown as text.
 */
@SpringBootTest(
        classes = ConsoleTestApplication.class,
        properties = "assistant.admin.password=" + ConsoleTestApplication.ADMIN_PASSWORD)
@AutoConfigureMockMvc
class DictionaryPagesTest {

    private static final String RESIDENCE = ConsoleTestApplication.TEMPORARY_RESIDENCE;

    @Autowired
    MockMvc mvc;

    @Autowired
    KnowledgeCurator curator;

    @Autowired
    AuditLog audit;

    @Autowired
    StaffAccounts accounts;

    /** The console lets in only staff with an active account: an editor and an agent. */
    @BeforeEach
    void staff() {
        for (var account : java.util.Map.of("bien-tap", Role.EDITOR, "tong-dai", Role.AGENT)
                .entrySet()) {
            if (accounts.find(account.getKey()).isEmpty()) {
                accounts.create(new StaffAccount(
                        account.getKey(),
                        "Cán bộ " + account.getKey(),
                        "{noop}unused",
                        Set.of(account.getValue()),
                        true,
                        Instant.now()));
            }
        }
    }

    /** Each test's own words, so that tests sharing the context never meet. */
    private final String word =
            "x" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);

    private static RequestPostProcessor editor() {
        return user("bien-tap").roles("EDITOR");
    }

    private static MockHttpServletRequestBuilder form(String url, String... params) {
        MockHttpServletRequestBuilder request = post(url).with(editor()).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return request;
    }

    private long latest() {
        List<KnowledgeChange> recent = curator.recent(1);
        return recent.isEmpty() ? 0 : recent.getFirst().revision();
    }

    @Test
    void anAgentIsRefusedEveryDictionaryPage() throws Exception {
        for (String page : List.of(
                "/admin/knowledge/names",
                "/admin/knowledge/abbreviations",
                "/admin/knowledge/intents",
                "/admin/knowledge/answers")) {
            mvc.perform(get(page).with(user("tong-dai").roles("AGENT"))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/knowledge/names")
                        .with(user("tong-dai").roles("AGENT"))
                        .with(csrf())
                        .param("name", "đăng ký ở trọ " + word)
                        .param("code", RESIDENCE)
                        .param("reason", "thử"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anEditorAddsAnEverydayNameTheSearchFindsAtOnceAndRemovesIt() throws Exception {
        String name = "khai báo ở trọ " + word;
        mvc.perform(get("/admin/knowledge/names").with(editor()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Thêm tên gọi"),
                                containsString("Từ điển có sẵn"),
                                containsString("href=\"/admin/knowledge/abbreviations\""))));

        mvc.perform(form(
                        "/admin/knowledge/names",
                        "name",
                        " Khai Báo  Ở Trọ " + word.toUpperCase(),
                        "code",
                        RESIDENCE,
                        "reason",
                        "Người dân hỏi bằng tên này",
                        "seen",
                        String.valueOf(latest())))
                .andExpect(redirectedUrl("/admin/knowledge/names"))
                .andExpect(flash().attribute("flashInfo", containsString("Đã thêm tên gọi \"" + name + "\"")));

        // named by the whole name (five syllables), not only by a bundled name inside it ("ở trọ")
        assertThat(curator.current().search().analyze(name + " cần gì").namedProcedures())
                .containsEntry(vn.gov.assistant.knowledge.procedure.ProcedureCode.of(RESIDENCE), 5);
        String key = ChangeKind.keyOf(name);
        long head = curator.head(ChangeKind.EVERYDAY_NAME, key);
        assertThat(audit.recent(5)).anySatisfy(e -> assertThat(e.action()).isEqualTo("knowledge.everyday_name.change"));
        mvc.perform(get("/admin/knowledge/names").param("q", word).with(editor()))
                .andExpect(content()
                        .string(allOf(containsString(name), containsString(RESIDENCE + " - Đăng ký tạm trú"))));

        // a stale page: the name changed since the editor's version
        mvc.perform(form("/admin/knowledge/names/remove", "key", key, "head", String.valueOf(head - 1), "reason", "cũ"))
                .andExpect(flash().attribute("flashError", containsString("vừa được người khác thay đổi")));
        mvc.perform(form("/admin/knowledge/names/remove", "key", key, "head", String.valueOf(head), "reason", ""))
                .andExpect(flash().attribute("flashError", "Hãy ghi lý do của thay đổi."));
        assertThat(curator.head(ChangeKind.EVERYDAY_NAME, key)).isEqualTo(head);

        mvc.perform(form("/admin/knowledge/names/remove", "key", key, "head", String.valueOf(head), "reason", "Nhầm"))
                .andExpect(flash().attribute("flashInfo", "Đã xoá tên gọi \"" + name + "\"."));
        assertThat(curator.current().search().analyze(name).namedProcedures())
                .doesNotContainEntry(vn.gov.assistant.knowledge.procedure.ProcedureCode.of(RESIDENCE), 5);
    }

    @Test
    void aNameTooShortAlreadyUsedOrWithoutAProcedureIsRefusedAndChangesNothing() throws Exception {
        long before = latest();
        mvc.perform(form("/admin/knowledge/names", "name", "trọ", "code", RESIDENCE, "reason", "thử"))
                .andExpect(redirectedUrl("/admin/knowledge/names"))
                .andExpect(flash().attribute("flashError", containsString("ít nhất hai âm tiết")))
                .andExpect(flash().attribute("form", org.hamcrest.Matchers.notNullValue()));
        // the bundled dictionary names another procedure "làm sổ đỏ": the refusal says which
        mvc.perform(form("/admin/knowledge/names", "name", "làm sổ đỏ", "code", RESIDENCE, "reason", "thử"))
                .andExpect(flash().attribute(
                                "flashError", allOf(containsString("đã có sẵn"), containsString("1.013978"))));
        mvc.perform(form("/admin/knowledge/names", "name", "làm kt3", "code", RESIDENCE, "reason", "thử"))
                .andExpect(flash().attribute("flashError", containsString("đã có sẵn trong từ điển cho thủ tục này")));
        mvc.perform(form("/admin/knowledge/names", "name", "đăng ký ở trọ " + word, "code", "", "reason", "thử"))
                .andExpect(flash().attribute("flashError", containsString("Hãy chọn thủ tục")));
        mvc.perform(form("/admin/knowledge/names", "name", "đăng ký ở trọ " + word, "code", "9.999999", "reason", "x"))
                .andExpect(flash().attribute("flashError", containsString("Không có thủ tục mã 9.999999")));
        mvc.perform(form("/admin/knowledge/names", "name", "thủ tục", "code", RESIDENCE, "reason", "thử"))
                .andExpect(flash().attribute("flashError", containsString("từ thông dụng")));
        assertThat(latest()).isEqualTo(before);

        // one syllable is enough when it is a known abbreviation
        mvc.perform(form("/admin/knowledge/names", "name", "kt3", "code", RESIDENCE, "reason", "Hay gặp"))
                .andExpect(flash().attribute("flashInfo", containsString("Đã thêm tên gọi \"kt3\"")));
        // and once staff's, the same name for the same procedure is refused, saying so
        mvc.perform(form("/admin/knowledge/names", "name", "KT3", "code", RESIDENCE, "reason", "lại"))
                .andExpect(flash().attribute("flashError", containsString("Thủ tục này đã có tên gọi \"kt3\"")));
    }

    @Test
    void anAdditionOverAChangeTheEditorDidNotSeeIsRefused() throws Exception {
        String name = "làm giấy tạm trú " + word;
        String key = ChangeKind.keyOf(name);
        long seen = latest();
        // someone else adds and removes the name after the editor opened the page
        KnowledgeChange added = curator.publish(
                "nguoi-khac", ChangeKind.EVERYDAY_NAME, key, new EverydayName(name, RESIDENCE), "thêm", 0);
        curator.publish("nguoi-khac", ChangeKind.EVERYDAY_NAME, key, null, "xoá", added.revision());

        mvc.perform(form(
                        "/admin/knowledge/names", "name", name, "code", RESIDENCE, "reason", "thêm", "seen", "" + seen))
                .andExpect(flash().attribute("flashError", containsString("vừa được người khác thay đổi")));
        assertThat(curator.latest().value(ChangeKind.EVERYDAY_NAME, key, EverydayName.class))
                .isEmpty();
    }

    @Test
    void theProcedureIsPickedByItsCodeOrThroughTheServedSearch() throws Exception {
        mvc.perform(get("/admin/knowledge/names/procedures")
                        .param("find", RESIDENCE)
                        .with(editor())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("value=\"" + RESIDENCE + "\" checked"),
                                containsString("Đăng ký tạm trú"),
                                not(containsString("<html")))));
        mvc.perform(get("/admin/knowledge/names/procedures")
                        .param("find", "dang ky tam tru")
                        .with(editor()))
                .andExpect(content().string(containsString("value=\"" + RESIDENCE + "\"")));
    }

    @Test
    void abbreviationsAreAddedReplacedSwitchedOffAndRemoved() throws Exception {
        String shortForm = "đkt" + word;
        mvc.perform(form(
                        "/admin/knowledge/abbreviations",
                        "shortForm",
                        shortForm.toUpperCase(),
                        "expansion",
                        "Đăng ký tạm trú",
                        "reason",
                        "Viết tắt hay gặp",
                        "seen",
                        "" + latest()))
                .andExpect(flash().attribute("flashInfo", containsString("Đã thêm từ viết tắt \"" + shortForm + "\"")));
        assertThat(curator.current().search().analyze(shortForm + " cần gì").syllables())
                .startsWith("đăng", "ký", "tạm", "trú");

        // a bundled one replaced, then back to the file when staff's entry is removed
        mvc.perform(form(
                        "/admin/knowledge/abbreviations",
                        "shortForm",
                        "cccd",
                        "expansion",
                        "thẻ căn cước",
                        "reason",
                        "Luật Căn cước 2023",
                        "seen",
                        "" + latest()))
                .andExpect(flash().attribute("flashInfo", containsString("Đã thay nghĩa của \"cccd\"")));
        assertThat(curator.current().search().analyze("làm cccd").syllables())
                .containsExactly("làm", "thẻ", "căn", "cước");
        mvc.perform(get("/admin/knowledge/abbreviations").param("q", "cccd").with(editor()))
                .andExpect(content().string(containsString("thay bằng: thẻ căn cước")));
        long head = curator.head(ChangeKind.ABBREVIATION, "cccd");
        mvc.perform(form("/admin/knowledge/abbreviations/remove", "key", "cccd", "head", "" + head, "reason", "Thôi"))
                .andExpect(flash().attribute("flashInfo", containsString("lại theo từ điển có sẵn")));
        assertThat(curator.current().search().analyze("làm cccd").syllables()).containsExactly("làm", "căn", "cước");

        // switched off: the words stay as typed
        mvc.perform(form("/admin/knowledge/abbreviations/off", "shortForm", "hc", "reason", "x", "seen", "" + latest()))
                .andExpect(flash().attribute("flashError", containsString("không có trong từ điển có sẵn")));
        mvc.perform(form(
                        "/admin/knowledge/abbreviations/off",
                        "shortForm",
                        "ko",
                        "reason",
                        "Thử",
                        "seen",
                        "" + latest()))
                .andExpect(flash().attribute("flashInfo", containsString("Đã tắt từ viết tắt \"ko\"")));
        assertThat(curator.current().search().analyze("ko biết").syllables()).containsExactly("ko", "biết");
        curator.publish(
                "bien-tap",
                ChangeKind.ABBREVIATION,
                "ko",
                null,
                "trả lại",
                curator.head(ChangeKind.ABBREVIATION, "ko"));

        mvc.perform(form("/admin/knowledge/abbreviations", "shortForm", " ?! ", "expansion", "x", "reason", "x"))
                .andExpect(flash().attribute("flashError", "Hãy nhập từ viết tắt (chữ hoặc số)."));
        mvc.perform(form("/admin/knowledge/abbreviations", "shortForm", "abc" + word, "expansion", "", "reason", "x"))
                .andExpect(flash().attribute("flashError", containsString("Hãy nhập nghĩa đầy đủ")));
    }

    @Test
    void anIntentExampleChangesThePredictionShownForATestSentence() throws Exception {
        String sentence = "mật khẩu wifi " + word + " là gì";
        mvc.perform(get("/admin/knowledge/intents").param("test", sentence).with(editor()))
                .andExpect(content()
                        .string(allOf(
                                containsString("data-intent=\"PROCEDURE\""),
                                containsString("Hỏi về thủ tục"),
                                containsString("từ 60% trở lên"))));

        mvc.perform(form(
                        "/admin/knowledge/intents",
                        "intent",
                        "OTHER",
                        "text",
                        sentence,
                        "reason",
                        "Câu ngoài phạm vi hay gặp",
                        "seen",
                        "" + latest()))
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                        .startsWith("/admin/knowledge/intents?test="))
                .andExpect(flash().attribute("flashInfo", containsString("ngoài phạm vi")));
        assertThat(curator.current().engine().intents().classify(sentence).intent())
                .isEqualTo(Intent.OTHER);
        String page = mvc.perform(
                        get("/admin/knowledge/intents").param("test", sentence).with(editor()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page.indexOf("data-intent=\"OTHER\"")).isBetween(0, page.indexOf("data-intent=\"PROCEDURE\""));

        mvc.perform(form("/admin/knowledge/intents", "intent", "CANNED", "text", "bất kỳ", "reason", "x"))
                .andExpect(flash().attribute("flashError", "Hãy chọn một ý định trong danh sách."));
        mvc.perform(form("/admin/knowledge/intents", "intent", "OTHER", "text", "Xin chào", "reason", "x"))
                .andExpect(flash().attribute("flashError", containsString("ý định \"Chào hỏi\"")));
    }

    @Test
    void aCannedAnswerIsCreatedTriedEditedComparedRestoredAndDeletedItsTextEscaped() throws Exception {
        String title = "Giờ làm việc " + word + " <script>alert(1)</script>";
        String question = "Bộ phận một cửa " + word + " làm việc mấy giờ?";
        mvc.perform(form(
                        "/admin/knowledge/answers",
                        "title",
                        title,
                        "questions",
                        question + "\n\n  Thứ bảy " + word + " có làm việc không?  \n",
                        "answer",
                        "Sáng 7h30 - 11h30 <script>alert(2)</script>",
                        "reason",
                        "Câu hỏi hay gặp"))
                .andExpect(redirectedUrl("/admin/knowledge/answers"))
                .andExpect(flash().attribute("flashInfo", containsString("Đã thêm câu trả lời")));
        String id = curator.latest().cannedAnswers().stream()
                .filter(a -> a.title().equals(title))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(id).isEqualTo("gio-lam-viec-" + word + "-script-alert-1-script");

        mvc.perform(get("/admin/knowledge/answers").with(editor()))
                .andExpect(content()
                        .string(allOf(
                                containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
                                containsString("&lt;script&gt;alert(2)&lt;/script&gt;"),
                                not(containsString("<script>alert")))));

        Reply reply = curator.current()
                .engine()
                .handle("canned-" + word, new Inbound.Text("bo phan mot cua " + word + " lam viec may gio"));
        assertThat(reply.metadata().cannedAnswer()).isEqualTo(id);
        assertThat(reply.text()).contains("<script>alert(2)</script>", "Câu trả lời của cơ quan, cập nhật ngày");

        // try a question: the served answers, and a procedure question that comes first
        mvc.perform(get("/admin/knowledge/answers")
                        .param("try", "thu bay " + word + " co lam viec ko")
                        .with(editor()))
                .andExpect(content()
                        .string(allOf(
                                containsString("Trợ lý trả lời bằng câu trả lời"), containsString("giống 100%"))));
        mvc.perform(get("/admin/knowledge/answers/preview")
                        .with(editor())
                        .param("id", id)
                        .param("title", "Nháp")
                        .param("questions", "Đăng ký tạm trú cần giấy tờ gì?")
                        .param("question", "đăng ký tạm trú cần giấy tờ gì"))
                .andExpect(content()
                        .string(allOf(
                                containsString("câu hỏi về thủ tục " + RESIDENCE),
                                containsString("giống 100%"),
                                not(containsString("<html")))));
        mvc.perform(get("/admin/knowledge/answers/preview")
                        .with(editor())
                        .param("id", id)
                        .param("questions", question)
                        .param("question", "bộ phận tiếp dân " + word + " ở đâu"))
                .andExpect(content().string(containsString("Chưa đủ gần (cần từ 80%)")));

        // an edit over a version someone else replaced is refused; the right one is published
        long head = curator.head(ChangeKind.CANNED_ANSWER, id);
        mvc.perform(get("/admin/knowledge/answers/" + id).with(editor()))
                .andExpect(content()
                        .string(allOf(
                                containsString("name=\"head\" value=\"" + head + "\""), containsString(question))));
        mvc.perform(form(
                        "/admin/knowledge/answers/" + id,
                        "title",
                        title,
                        "questions",
                        question,
                        "answer",
                        "Sáng 8h",
                        "reason",
                        "Giờ mới",
                        "head",
                        "" + (head - 1)))
                .andExpect(redirectedUrl("/admin/knowledge/answers/" + id))
                .andExpect(flash().attribute("flashError", containsString("vừa được người khác thay đổi")));
        mvc.perform(form(
                        "/admin/knowledge/answers/" + id,
                        "title",
                        title,
                        "questions",
                        question,
                        "answer",
                        "Sáng 8h",
                        "reason",
                        "Giờ mới",
                        "head",
                        "" + head))
                .andExpect(flash().attribute("flashInfo", containsString("Đã lưu câu trả lời")));
        long edited = curator.head(ChangeKind.CANNED_ANSWER, id);

        mvc.perform(get("/admin/knowledge/answers/history").param("key", id).with(editor()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Giờ mới"),
                                containsString("class=\"changed\""),
                                containsString("Sáng 8h"),
                                containsString("&lt;script&gt;alert(2)&lt;/script&gt;"),
                                not(containsString("<script>alert")))));
        mvc.perform(form(
                        "/admin/knowledge/answers/restore",
                        "key",
                        id,
                        "revision",
                        "" + head,
                        "head",
                        "" + edited,
                        "reason",
                        "Giờ cũ vẫn đúng"))
                .andExpect(redirectedUrl("/admin/knowledge/answers/history?key=" + id))
                .andExpect(flash().attribute("flashInfo", containsString("Đã khôi phục phiên bản " + head)));
        assertThat(curator.current()
                        .curation()
                        .value(ChangeKind.CANNED_ANSWER, id, vn.gov.assistant.core.knowledge.CannedAnswer.class))
                .hasValueSatisfying(a -> assertThat(a.answer()).contains("7h30"));

        long restored = curator.head(ChangeKind.CANNED_ANSWER, id);
        mvc.perform(form(
                        "/admin/knowledge/answers/" + id + "/delete",
                        "head",
                        "" + restored,
                        "reason",
                        "Không dùng nữa"))
                .andExpect(flash().attribute("flashInfo", containsString("Đã xoá câu trả lời")));
        assertThat(curator.current().engine().cannedAnswers().entries()).noneMatch(e -> e.id().equals(id));
        mvc.perform(get("/admin/knowledge/answers/" + id).with(editor())).andExpect(status().isNotFound());
    }

    @Test
    void aCannedAnswerMustHaveATitleQuestionsAndAnAnswerAndNoQuestionOfAnother() throws Exception {
        long before = latest();
        mvc.perform(form("/admin/knowledge/answers", "title", "", "questions", "a b", "answer", "x", "reason", "x"))
                .andExpect(redirectedUrl("/admin/knowledge/answers/new"))
                .andExpect(flash().attribute("flashError", "Hãy nhập tiêu đề của câu trả lời."));
        mvc.perform(form(
                        "/admin/knowledge/answers",
                        "title",
                        "T " + word,
                        "questions",
                        " \n ",
                        "answer",
                        "x",
                        "reason",
                        "x"))
                .andExpect(flash().attribute("flashError", "Hãy nhập ít nhất một câu hỏi (mỗi dòng một câu)."));
        mvc.perform(form(
                        "/admin/knowledge/answers",
                        "title",
                        "T " + word,
                        "questions",
                        "chỗ gửi xe " + word,
                        "answer",
                        " ",
                        "reason",
                        "x"))
                .andExpect(flash().attribute("flashError", "Hãy nhập nội dung câu trả lời."));
        mvc.perform(form(
                        "/admin/knowledge/answers",
                        "title",
                        "T " + word,
                        "questions",
                        "chỗ gửi xe " + word,
                        "answer",
                        "Có",
                        "reason",
                        " "))
                .andExpect(flash().attribute("flashError", "Hãy ghi lý do của thay đổi."));
        assertThat(latest()).isEqualTo(before);

        mvc.perform(form(
                        "/admin/knowledge/answers",
                        "title",
                        "Gửi xe " + word,
                        "questions",
                        "chỗ gửi xe " + word,
                        "answer",
                        "Có",
                        "reason",
                        "x"))
                .andExpect(flash().attribute("flashInfo", containsString("Đã thêm")));
        mvc.perform(form(
                        "/admin/knowledge/answers",
                        "title",
                        "Xe " + word,
                        "questions",
                        "Chỗ gửi xe " + word + "?",
                        "answer",
                        "Có",
                        "reason",
                        "x"))
                .andExpect(flash().attribute(
                                "flashError", containsString("đã thuộc câu trả lời \"Gửi xe " + word + "\"")));
    }

    @Test
    void theConsoleNamesTheDictionaryOnlyForEditors() throws Exception {
        mvc.perform(get("/admin").with(editor()))
                .andExpect(content()
                        .string(allOf(
                                containsString("href=\"/admin/knowledge/names\""),
                                containsString("Câu trả lời soạn sẵn"))));
        mvc.perform(get("/admin").with(user("tong-dai").roles("AGENT")))
                .andExpect(content().string(not(containsString("/admin/knowledge/"))));
    }

    @Test
    void theHistoryOfAnEntryComparesVersionsAndRestoresTheOriginal() throws Exception {
        String shortForm = "hk" + word;
        KnowledgeChange first = curator.publish(
                "bien-tap",
                ChangeKind.ABBREVIATION,
                shortForm,
                new Abbreviation(shortForm, "hộ kinh doanh"),
                "thêm",
                0);
        KnowledgeChange second = curator.publish(
                "lan",
                ChangeKind.ABBREVIATION,
                shortForm,
                new Abbreviation(shortForm, "hộ khẩu"),
                "sửa",
                first.revision());

        mvc.perform(get("/admin/knowledge/abbreviations/history")
                        .param("key", shortForm)
                        .param("a", "" + first.revision())
                        .param("b", "" + second.revision())
                        .with(editor()))
                .andExpect(content()
                        .string(allOf(
                                containsString("Lịch sử từ viết tắt “" + shortForm + "”"),
                                containsString("hộ kinh doanh"),
                                containsString("hộ khẩu"),
                                containsString("đang dùng"))));
        mvc.perform(get("/admin/knowledge/abbreviations/history")
                        .param("key", "khong-co-" + word)
                        .with(editor()))
                .andExpect(status().isNotFound());

        mvc.perform(form(
                        "/admin/knowledge/abbreviations/restore",
                        "key",
                        shortForm,
                        "revision",
                        "0",
                        "head",
                        "" + second.revision(),
                        "reason",
                        "Không cần"))
                .andExpect(flash().attribute("flashInfo", containsString("trước mọi thay đổi")));
        assertThat(curator.current().search().abbreviations().expansionOf(shortForm))
                .isEmpty();
    }
}
