package vn.gov.assistant.admin.reimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.gov.assistant.admin.ConsoleTestApplication;
import vn.gov.assistant.core.knowledge.ChangeKind;
import vn.gov.assistant.core.knowledge.KnowledgeChange;
import vn.gov.assistant.core.knowledge.KnowledgeCurator;
import vn.gov.assistant.core.knowledge.ProcedureCuration;
import vn.gov.assistant.core.staff.Role;
import vn.gov.assistant.core.staff.StaffAccount;
import vn.gov.assistant.core.staff.StaffAccounts;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;

/**
 * The re-import pages over the real curator and live knowledge (the tests' catalog: "Đăng ký tạm
 * trú" alone): upload, the diff, publish, publish again, the errors staff meet, who may use them.
 */
@SpringBootTest(
        classes = ConsoleTestApplication.class,
        properties = "assistant.admin.password=" + ConsoleTestApplication.ADMIN_PASSWORD)
@AutoConfigureMockMvc
class CatalogImportPagesTest {

    /** The page with the checkbox of temporary residence ticked. */
    private static final java.util.regex.Pattern CHOSEN = java.util.regex.Pattern.compile(
            "(?s).*<input type=\"checkbox\" name=\"code\" value=\"1\\.004194\"[^>]* checked=\"checked\".*");

    private static final ProcedureCode RESIDENCE = ProcedureCode.of(ConsoleTestApplication.TEMPORARY_RESIDENCE);

    @Autowired
    MockMvc mvc;

    @Autowired
    KnowledgeCurator curator;

    @Autowired
    StaffAccounts accounts;

    private final MockHttpSession session = new MockHttpSession();

    /** The console ends the session of a login that has no account (or other roles): these have one. */
    @BeforeEach
    void staff() {
        for (var account : java.util.Map.of(
                        "lan-editor", Role.EDITOR, "minh-editor", Role.EDITOR, "an-agent", Role.AGENT)
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

    static byte[] fixture(String path) {
        try (InputStream in = CatalogImportPagesTest.class.getResourceAsStream("/fixtures/portal/" + path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The portal's record of temporary residence with the online fee raised from 7,000 to 8,000 đồng. */
    static byte[] residenceWithNewFee() {
        return new String(fixture("bo-cong-an/1.004194.json"), StandardCharsets.UTF_8)
                .replace("7,000 Việt Nam Đồng", "8,000 Việt Nam Đồng")
                .replace("thu 7.000 đồng/lần", "thu 8.000 đồng/lần")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static RequestPostProcessor editor() {
        return user("lan-editor").roles("EDITOR");
    }

    private static MockMultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("files", name, "application/octet-stream", bytes);
    }

    /** Uploads as the editor; returns the review page's address. */
    private String upload(MockMultipartFile... files) throws Exception {
        var request =
                multipart("/admin/knowledge/import").with(editor()).with(csrf()).session(session);
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        String location = mvc.perform(request)
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/knowledge/import/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return location;
    }

    private Procedure served() {
        return curator.current().catalog().find(RESIDENCE).orElseThrow();
    }

    private long published() {
        return curator.history(ChangeKind.PROCEDURE, RESIDENCE.value()).size();
    }

    @Test
    void anEditorUploadsAChangedFeeSeesTheFieldPublishesItAndPublishingAgainChangesNothing() throws Exception {
        String review = upload(file("1.004194.json", residenceWithNewFee()));

        mvc.perform(get(review).with(editor()).session(session))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Thủ tục thay đổi (1)"),
                                containsString("Khác ở: Phí, lệ phí"),
                                containsString("<del>7.000</del>"),
                                containsString("<ins>8.000</ins>"),
                                matchesPattern(CHOSEN),
                                containsString("data-select-all=\"changed\""),
                                containsString("Tệp 1.004194.json"))));
        long before = published();

        String revision = String.valueOf(curator.current().revision());
        mvc.perform(post(review + "/publish")
                        .with(editor())
                        .with(csrf())
                        .session(session)
                        .param("code", RESIDENCE.value())
                        .param("revision", revision)
                        .param("reason", "Cổng công bố mức phí mới"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(review))
                .andExpect(flash().attribute(
                                "summary",
                                new ReviewPage.PublishSummary(
                                        0,
                                        1,
                                        0,
                                        0,
                                        "phiên bản " + (curator.current().revision()),
                                        List.of())));

        assertThat(served().channels().getFirst().fees().getFirst().describe()).isEqualTo("8.000 đồng");
        assertThat(published()).isEqualTo(before + 1);
        KnowledgeChange change =
                curator.history(ChangeKind.PROCEDURE, RESIDENCE.value()).getFirst();
        assertThat(change.author()).isEqualTo("lan-editor");
        assertThat(change.reason()).endsWith("Cổng công bố mức phí mới");

        mvc.perform(get(review).with(editor()).session(session))
                .andExpect(content()
                        .string(allOf(
                                containsString("Không đổi (1)"),
                                containsString("không khác gì danh mục đang phục vụ"))));
        mvc.perform(post(review + "/publish")
                        .with(editor())
                        .with(csrf())
                        .session(session)
                        .param("code", RESIDENCE.value())
                        .param("revision", String.valueOf(curator.current().revision()))
                        .param("reason", "Đăng lại"))
                .andExpect(flash().attribute("summary", new ReviewPage.PublishSummary(0, 0, 0, 1, "", List.of())));
        assertThat(published()).isEqualTo(before + 1);

        restore();
    }

    /** Back to the catalog's record for the other tests. */
    private void restore() {
        if (curator.head(ChangeKind.PROCEDURE, RESIDENCE.value()) > 0) {
            curator.restore("test", ChangeKind.PROCEDURE, RESIDENCE.value(), 0, "Trả lại cho các kiểm thử khác");
        }
    }

    @Test
    void aBadJsonFileIsAClearErrorAndChangesNothing() throws Exception {
        long revision = curator.current().revision();
        mvc.perform(multipart("/admin/knowledge/import")
                        .file(file("1.004194.json", "{\"ma_thu_tuc\": \"1.004194\",".getBytes(StandardCharsets.UTF_8)))
                        .with(editor())
                        .with(csrf())
                        .session(session))
                .andExpect(redirectedUrl("/admin/knowledge/import"))
                .andExpect(flash().attribute(
                                "flashError",
                                containsString(
                                        "Không đọc được thủ tục nào, không có gì thay đổi. 1.004194.json: định dạng:"
                                                + " không phải JSON hợp lệ")));
        assertThat(curator.current().revision()).isEqualTo(revision);
        mvc.perform(multipart("/admin/knowledge/import")
                        .with(editor())
                        .with(csrf())
                        .session(session))
                .andExpect(flash().attribute("flashError", containsString("Hãy chọn ít nhất một tệp")));
    }

    @Test
    void aZipDeclaredTheCompleteCatalogOfItsMinistryListsTheProcedureItLacksForHiding() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("bo-cong-an/1.001456.json"));
            out.write(fixture("bo-cong-an/1.001456.json"));
            out.closeEntry();
        }
        String review = upload(file("bo-cong-an.zip", zip.toByteArray()));

        mvc.perform(get(review).with(editor()).session(session))
                .andExpect(content()
                        .string(allOf(
                                containsString("Đây là toàn bộ danh mục của Bộ Công an"),
                                containsString("Thủ tục thêm mới (1)"),
                                not(containsString("Thủ tục không còn trong danh mục")))));
        mvc.perform(get(review).param("complete", "bo-cong-an").with(editor()).session(session))
                .andExpect(content()
                        .string(allOf(
                                containsString("Thủ tục không còn trong danh mục (1)"),
                                containsString("data-code=\"1.004194\""),
                                containsString("name=\"complete\" value=\"bo-cong-an\""))));
        // a ministry the upload does not name cannot be declared complete
        mvc.perform(get(review).param("complete", "bo-tu-phap").with(editor()).session(session))
                .andExpect(content().string(not(containsString("Thủ tục không còn trong danh mục"))));

        mvc.perform(post(review + "/publish")
                        .with(editor())
                        .with(csrf())
                        .session(session)
                        .param("code", RESIDENCE.value())
                        .param("complete", "bo-cong-an")
                        .param("revision", String.valueOf(curator.current().revision()))
                        .param("reason", "Thủ tục đã bãi bỏ"))
                .andExpect(redirectedUrl(review + "?complete=bo-cong-an"));
        assertThat(curator.current().catalog().find(RESIDENCE)).isEmpty();
        assertThat(curator.current()
                        .curation()
                        .value(ChangeKind.PROCEDURE, RESIDENCE.value(), ProcedureCuration.class)
                        .orElseThrow()
                        .hidden())
                .isTrue();
        restore();
        assertThat(curator.current().catalog().find(RESIDENCE)).isPresent();
    }

    @Test
    void withoutAReasonThePageComesBackWithTheChoiceKeptAndNothingIsPublished() throws Exception {
        String review = upload(file("1.004194.json", residenceWithNewFee()));
        long revision = curator.current().revision();
        mvc.perform(post(review + "/publish")
                        .with(editor())
                        .with(csrf())
                        .session(session)
                        .param("code", RESIDENCE.value())
                        .param("revision", String.valueOf(revision))
                        .param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("Hãy ghi lý do của lần nhập lại này."), matchesPattern(CHOSEN))));
        mvc.perform(post(review + "/publish")
                        .with(editor())
                        .with(csrf())
                        .session(session)
                        .param("revision", String.valueOf(revision))
                        .param("reason", "Phí mới"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Hãy chọn ít nhất một thủ tục để đăng."),
                                containsString(">Phí mới</textarea>"),
                                not(matchesPattern(CHOSEN)))));
        assertThat(curator.current().revision()).isEqualTo(revision);
    }

    @Test
    void anUnknownOrAnotherSessionsUploadIsGoneWithAClearMessage() throws Exception {
        String review = upload(file("1.004194.json", residenceWithNewFee()));
        for (String url : List.of("/admin/knowledge/import/no-such-id", review)) {
            mvc.perform(get(url).with(editor()).session(new MockHttpSession()))
                    .andExpect(redirectedUrl("/admin/knowledge/import"))
                    .andExpect(flash().attribute("flashError", CatalogImportController.GONE));
        }
        mvc.perform(post(review + "/publish")
                        .with(user("minh-editor").roles("EDITOR"))
                        .with(csrf())
                        .session(session)
                        .param("code", RESIDENCE.value())
                        .param("reason", "Phí mới"))
                .andExpect(flash().attribute("flashError", CatalogImportController.GONE));
        mvc.perform(post(review + "/discard").with(editor()).with(csrf()).session(session))
                .andExpect(redirectedUrl("/admin/knowledge/import"));
        mvc.perform(get(review).with(editor()).session(session))
                .andExpect(flash().attribute("flashError", CatalogImportController.GONE));
    }

    @Test
    void textFromTheUploadIsShownAsText() throws Exception {
        byte[] hostile = new String(fixture("bo-cong-an/1.001456.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"ten_thu_tuc\": \"", "\"ten_thu_tuc\": \"<script>alert(1)</script> ")
                .getBytes(StandardCharsets.UTF_8);
        String review = upload(file("<i onmouseover=alert(1)>tệp.json", hostile));
        mvc.perform(get(review).with(editor()).session(session))
                .andExpect(content()
                        .string(allOf(
                                containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
                                containsString("&lt;i onmouseover=alert(1)&gt;tệp.json"),
                                not(containsString("<script>alert(1)")),
                                not(containsString("<i onmouseover")))));
    }

    @Test
    void aPageOnThisMachineIsNotFetchedAndAnAgentMayNotImport() throws Exception {
        mvc.perform(post("/admin/knowledge/import/url")
                        .param("url", "http://127.0.0.1:9/chi-tiet")
                        .with(editor())
                        .with(csrf())
                        .session(session))
                .andExpect(redirectedUrl("/admin/knowledge/import"))
                .andExpect(flash().attribute("flashError", containsString("Không được tải trang từ địa chỉ nội bộ")));
        mvc.perform(post("/admin/knowledge/import/url")
                        .param("url", "ftp://dichvucong.gov.vn/x")
                        .with(editor())
                        .with(csrf())
                        .session(session))
                .andExpect(flash().attribute("flashError", containsString("http:// hoặc https://")));

        RequestPostProcessor agent = user("an-agent").roles("AGENT");
        mvc.perform(get("/admin/knowledge/import").with(agent)).andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/knowledge/import")
                        .file(file("1.004194.json", residenceWithNewFee()))
                        .with(agent)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/knowledge/import").with(editor()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Nhập lại danh mục thủ tục"),
                                containsString("enctype=\"multipart/form-data\""),
                                containsString("data-max-bytes=\"20971520\""))));
    }
}
