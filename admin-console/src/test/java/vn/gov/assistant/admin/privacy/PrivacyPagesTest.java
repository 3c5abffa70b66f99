package vn.gov.assistant.admin.privacy;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
import vn.gov.assistant.core.handoff.CallbackTicket;
import vn.gov.assistant.core.handoff.ContactDetails;
import vn.gov.assistant.core.handoff.Handoff;
import vn.gov.assistant.core.handoff.HandoffDesk;
import vn.gov.assistant.core.handoff.SharedState;
import vn.gov.assistant.core.handoff.TranscriptLine;
import vn.gov.assistant.core.privacy.PersonalDataDesk;
import vn.gov.assistant.core.staff.AuditEntry;
import vn.gov.assistant.core.staff.Role;
import vn.gov.assistant.core.staff.StaffAccount;

/**
 * The personal data page over the real desks on the in-memory shared state: a citizen with a
 * closed hand-off (whose transcript holds markup) and a callback ticket is found three ways, the
 * data downloaded and deleted with a reason after confirmation, each step audited without the
 * phone number; bad input changes nothing; only administrators get in.
 */
@SpringBootTest(
        classes = ConsoleTestApplication.class,
        properties = "assistant.admin.password=" + ConsoleTestApplication.ADMIN_PASSWORD)
@AutoConfigureMockMvc
class PrivacyPagesTest {

    private static final String MARKUP = "<script>alert('x')</script> số của tôi";

    @Autowired
    MockMvc mvc;

    @Autowired
    HandoffDesk handoffs;

    @Autowired
    PersonalDataDesk privacy;

    @Autowired
    SharedState state;

    private String session;
    private String conversation;
    private String phone;
    private CallbackTicket ticket;

    @BeforeEach
    void aCitizenTalkedToStaffAndLeftTheirPhone() {
        session = "sess-" + UUID.randomUUID();
        conversation = "web-" + session;
        // a phone of this test only: the context (and its tickets) is shared by the test methods
        phone = "0912" + String.format("%06d", Math.floorMod(session.hashCode(), 1_000_000));
        Instant now = Instant.now();
        // the console ends the session of a login that is not an enabled account
        for (Role role : Role.values()) {
            String login = login(role);
            if (state.accounts().find(login).isEmpty()) {
                state.accounts()
                        .create(new StaffAccount(login, "Cán bộ " + login, "{noop}unused", Set.of(role), true, now));
            }
        }
        handoffs.heartbeat(login(Role.AGENT));
        Handoff handoff = ((HandoffDesk.Opening.Queued) handoffs.request(
                        "web",
                        conversation,
                        Handoff.Reason.REQUESTED,
                        ConsoleTestApplication.TEMPORARY_RESIDENCE,
                        "",
                        List.of(new TranscriptLine("c-" + session, TranscriptLine.Speaker.CITIZEN, "", MARKUP, now))))
                .handoff();
        handoffs.claim(handoff.id(), login(Role.AGENT));
        handoffs.close(handoff.id(), login(Role.AGENT));
        state.queue().poll("test", 1_000, Duration.ZERO).forEach(d -> state.queue()
                .ack(d.id()));
        ticket = handoffs.keep(new CallbackTicket(
                handoffs.newTicketNumber(),
                conversation,
                "web",
                ContactDetails.parse(phone).orElseThrow(),
                now,
                ConsoleTestApplication.TEMPORARY_RESIDENCE,
                "Công dân đề nghị cán bộ liên hệ lại",
                CallbackTicket.Status.OPEN,
                "",
                "",
                now,
                now));
    }

    private static String login(Role role) {
        return role.name().toLowerCase(java.util.Locale.ROOT) + "-privacy";
    }

    private static RequestPostProcessor admin() {
        return user(login(Role.ADMIN)).roles("ADMIN");
    }

    private static MockHttpServletRequestBuilder search(String by, String... params) {
        MockHttpServletRequestBuilder request =
                post("/admin/privacy/search").with(admin()).with(csrf()).param("by", by);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return request;
    }

    private List<AuditEntry> auditOf(String action) {
        String pseudonym = privacy.pseudonym(conversation);
        return state.audit().recent(1_000).stream()
                .filter(e -> e.action().equals(action) && e.target().equals(pseudonym))
                .toList();
    }

    @Test
    void aPhoneNumberFindsTheTranscriptAndTheTicketWithTheirRetentionAllEscaped() throws Exception {
        String spaced = phone.substring(0, 4) + " " + phone.substring(4, 7) + " " + phone.substring(7);
        String page = mvc.perform(search("contact", "contact", spaced))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Kết quả: 1 cuộc trò chuyện"),
                                containsString(conversation),
                                containsString(ticket.number()),
                                containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; số của tôi"),
                                not(containsString("<script>alert")),
                                containsString("Đã đóng"),
                                containsString("Tự động xóa vào khoảng"),
                                containsString("Đang mở: chưa tính thời hạn lưu"),
                                containsString("Tải về"),
                                containsString("Xóa toàn bộ dữ liệu"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("name=\"_csrf\"");
        assertThat(auditOf("privacy.view")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(login(Role.ADMIN));
            assertThat(e.target()).startsWith("web#").doesNotContain(session);
            assertThat(e.detail()).doesNotContain(phone);
        });
    }

    @Test
    void theUserIdOnItsChannelAndTheTicketNumberFindTheSameConversation() throws Exception {
        mvc.perform(search("conversation", "channel", "web", "user", session))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(ticket.number()), containsString(conversation))));
        mvc.perform(search("ticket", "number", ticket.number().toLowerCase(java.util.Locale.ROOT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(conversation)));
        mvc.perform(search("ticket", "number", "HG000000-NONE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không tìm thấy dữ liệu nào đang lưu.")));
        // a Telegram account with nothing kept: shown as such
        mvc.perform(search("conversation", "channel", "telegram", "user", "987654321"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không có dữ liệu nào đang lưu về cuộc trò chuyện này.")));
    }

    @Test
    void badInputGetsAVietnameseMessageAndChangesNothing() throws Exception {
        int before = state.audit().recent(10_000).size();
        mvc.perform(search("contact", "contact", "  "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Hãy nhập số điện thoại hoặc thư điện tử.")));
        mvc.perform(search("contact", "contact", "09x2-abc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Không phải số điện thoại hoặc email hợp lệ.")));
        mvc.perform(search("conversation", "channel", "telegram", "user", "abc<b>"))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("Mã người dùng không đúng dạng"),
                                containsString("abc&lt;b&gt;"),
                                not(containsString("abc<b>")))));
        mvc.perform(search("conversation", "channel", "facebook", "user", "123"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Hãy chọn kênh.")));
        mvc.perform(search("ticket", "number", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Hãy nhập số phiếu hẹn gọi lại.")));
        mvc.perform(post("/admin/privacy/erase")
                        .with(admin())
                        .with(csrf())
                        .param("conversation", "../" + conversation)
                        .param("reason", "x")
                        .param("confirmed", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Không nhận ra cuộc trò chuyện.")));
        assertThat(state.audit().recent(10_000)).hasSize(before);
        assertThat(privacy.kept(conversation).tickets()).hasSize(1);
    }

    @Test
    void theExportIsTheDesksTextFileAsAnAttachmentInUtf8() throws Exception {
        byte[] file = mvc.perform(
                        post("/admin/privacy/export").with(admin()).with(csrf()).param("conversation", conversation))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/plain;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("du-lieu-ca-nhan-web.txt")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("DỮ LIỆU CÁ NHÂN ĐANG LƯU")
                .contains(MARKUP, ticket.number(), phone, "Cuộc trò chuyện: " + conversation);
        assertThat(auditOf("privacy.export")).hasSize(1);
    }

    @Test
    void erasingNeedsAReasonThenAConfirmationAndIsAudited() throws Exception {
        mvc.perform(post("/admin/privacy/erase")
                        .with(admin())
                        .with(csrf())
                        .param("conversation", conversation)
                        .param("reason", "   ")
                        .param("confirmed", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Hãy ghi lý do xóa")));
        assertThat(privacy.kept(conversation).empty()).isFalse();

        String reason = "Công dân đề nghị bằng đơn, gọi lại số " + phone;
        mvc.perform(post("/admin/privacy/erase")
                        .with(admin())
                        .with(csrf())
                        .param("conversation", conversation)
                        .param("reason", reason))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Xác nhận xóa toàn bộ dữ liệu"),
                                containsString("name=\"confirmed\" value=\"true\""),
                                containsString("&lt;script&gt;"),
                                not(containsString("<script>alert")))));
        assertThat(privacy.kept(conversation).empty()).isFalse();
        assertThat(auditOf("privacy.erase")).isEmpty();

        mvc.perform(post("/admin/privacy/erase")
                        .with(admin())
                        .with(csrf())
                        .param("conversation", conversation)
                        .param("reason", reason)
                        .param("confirmed", "true"))
                .andExpect(redirectedUrl("/admin/privacy"))
                .andExpect(flash().attribute(
                                "flashInfo",
                                allOf(
                                        containsString("Đã xóa: 1 phiếu hẹn gọi lại, 1 cuộc chuyển cán bộ"),
                                        containsString("Đã ghi vào nhật ký thao tác."))));
        assertThat(privacy.kept(conversation).empty()).isTrue();
        assertThat(privacy.conversationsWithContact(phone)).isEmpty();
        assertThat(auditOf("privacy.erase")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(login(Role.ADMIN));
            assertThat(e.detail()).contains("phiếu hẹn: 1", "chuyển cán bộ: 1", "lý do: Công dân đề nghị bằng đơn");
            assertThat(e.detail()).doesNotContain(phone);
            assertThat(e.target()).doesNotContain(session);
        });
    }

    @Test
    void onlyAdministratorsGetInAndEveryPostNeedsTheCsrfToken() throws Exception {
        for (Role role : List.of(Role.AGENT, Role.EDITOR)) {
            RequestPostProcessor staff = user(login(role)).roles(role.name());
            mvc.perform(get("/admin/privacy").with(staff)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/privacy/search")
                            .with(staff)
                            .with(csrf())
                            .param("by", "contact")
                            .param("contact", phone))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/privacy/export").with(staff).with(csrf()).param("conversation", conversation))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/privacy/erase")
                            .with(staff)
                            .with(csrf())
                            .param("conversation", conversation)
                            .param("reason", "thử")
                            .param("confirmed", "true"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/admin").with(staff)).andExpect(content().string(not(containsString("/admin/privacy"))));
        }
        mvc.perform(post("/admin/privacy/erase")
                        .with(admin())
                        .param("conversation", conversation)
                        .param("reason", "thử")
                        .param("confirmed", "true"))
                .andExpect(status().isForbidden());
        assertThat(privacy.kept(conversation).empty()).isFalse();
        assertThat(auditOf("privacy.view")).isEmpty();

        mvc.perform(get("/admin").with(admin())).andExpect(content().string(containsString("href=\"/admin/privacy\"")));
        mvc.perform(get("/admin/privacy").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Tìm theo tài khoản"),
                                containsString("Tìm theo liên hệ"),
                                containsString("Tìm theo số phiếu"),
                                containsString("class=\"current\""))));
    }
}
