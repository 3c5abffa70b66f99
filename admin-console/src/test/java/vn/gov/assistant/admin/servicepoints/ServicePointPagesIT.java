package vn.gov.assistant.admin.servicepoints;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.gov.assistant.admin.ConsoleTestApplication;
import vn.gov.assistant.core.knowledge.ChangeKind;
import vn.gov.assistant.core.knowledge.KnowledgeCurator;
import vn.gov.assistant.core.servicepoint.ServicePoint;
import vn.gov.assistant.core.staff.AuditEntry;
import vn.gov.assistant.core.staff.AuditLog;
import vn.gov.assistant.core.staff.Role;
import vn.gov.assistant.core.staff.StaffAccount;
import vn.gov.assistant.core.staff.StaffAccounts;

/**
 * The service point pages over the real curator (in-memory log): an editor adds a point (bad input
 * first: Vietnamese messages, nothing published), edits it, meets a colleague's change, deletes it,
 * reads its history and compares versions, restores it; every change audited; staff text escaped;
 * an agent refused. The point is made up for the test.
 */
@SpringBootTest(
        classes = ConsoleTestApplication.class,
        properties = "assistant.admin.password=" + ConsoleTestApplication.ADMIN_PASSWORD)
@AutoConfigureMockMvc
class ServicePointPagesIT {

    private static final String PAGES = "/admin/knowledge/service-points";
    private static final String NAME = "<script>alert(1)</script> Một cửa phường Ba Đình (ví dụ)";

    @Autowired
    MockMvc mvc;

    @Autowired
    KnowledgeCurator curator;

    @Autowired
    AuditLog audit;

    @Autowired
    StaffAccounts accounts;

    private final RequestPostProcessor editor = user("bien-tap").roles("EDITOR");

    /** The console ends the session of a login that is not a staff account. */
    @BeforeEach
    void staff() {
        for (var account : List.of(
                new StaffAccount("bien-tap", "Biên tập viên", "{noop}unused", Set.of(Role.EDITOR), true, Instant.now()),
                new StaffAccount(
                        "tra-loi", "Cán bộ trả lời", "{noop}unused", Set.of(Role.AGENT), true, Instant.now()))) {
            if (accounts.find(account.username()).isEmpty()) {
                accounts.create(account);
            }
        }
    }

    private static MockHttpServletRequestBuilder point(String url, String name, String communes, String reason) {
        return post(url)
                .with(csrf())
                .param("name", name)
                .param("address", "Số 1 đường Ví Dụ")
                .param("openingHours", "Thứ Hai đến Thứ Sáu, 7:30-11:30")
                .param("phone", "024 3825 1234")
                .param("communes", communes)
                .param("domains", "dang ky quan ly cu tru") // as the form posts "Đăng ký, quản lý cư trú"
                .param("levels", "COMMUNE")
                .param("reason", reason);
    }

    private List<ServicePoint> published() {
        return curator.latest().servicePoints();
    }

    @Test
    void anEditorAddsEditsDeletesComparesAndRestoresAPoint() throws Exception {
        mvc.perform(get(PAGES).with(editor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chưa có điểm tiếp nhận nào")));

        // bad input: every message at once, in Vietnamese, and nothing published
        mvc.perform(point(PAGES, " ", "phường Tây Hồ\nthôn 3, xã Tân Lập, Đắk Lắk", "")
                        .with(editor))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Nhập tên điểm tiếp nhận."),
                                containsString("Dòng 1 (phường Tây Hồ)"),
                                containsString("Dòng 2 (thôn 3, xã Tân Lập, Đắk Lắk)"),
                                containsString("Ghi lý do của thay đổi."))));
        assertThat(published()).isEmpty();

        mvc.perform(point(PAGES, NAME, "phuong ba dinh, ha noi\nHà Giang", "Điểm mới mở")
                        .with(editor))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(PAGES))
                .andExpect(flash().attribute("flashInfo", containsString("Đã thêm điểm tiếp nhận")));
        ServicePoint added = published().getFirst();
        assertThat(added.id()).isEqualTo("script-alert-1-script-mot-cua-phuong-ba-dinh-vi-du");
        assertThat(added.communes()).containsExactly("Phường Ba Dinh, Thành phố Hà Nội", "Tỉnh Tuyên Quang");
        assertThat(added.phone()).isEqualTo("02438251234");
        String page = PAGES + "/" + added.id();
        long first = curator.head(ChangeKind.SERVICE_POINT, added.id());

        mvc.perform(get(PAGES).param("q", "ba dinh").with(editor))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("&lt;script&gt;alert(1)&lt;/script&gt; Một cửa phường Ba Đình"),
                                not(containsString("<script>alert(1)</script>")),
                                containsString("Điện thoại: 024 3825 1234"))));
        mvc.perform(get(PAGES).param("q", "hoàn kiếm").with(editor))
                .andExpect(content().string(containsString("Không có điểm nào khớp.")));

        mvc.perform(get(page).with(editor))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("value=\"024 3825 1234\""),
                                containsString("name=\"head\" value=\"" + first + "\""))));

        // the point as the editor saw it, changed by a colleague meanwhile: nothing overwritten
        mvc.perform(point(page, "Một cửa phường Ba Đình", "Phường Ba Đình, Hà Nội", "Sửa tên")
                        .param("head", String.valueOf(first))
                        .with(editor))
                .andExpect(status().is3xxRedirection());
        mvc.perform(point(page, "Tên khác", "Phường Ba Đình, Hà Nội", "Sửa lần nữa")
                        .param("head", String.valueOf(first))
                        .with(editor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("vừa được người khác thay đổi")));
        assertThat(published().getFirst().name()).isEqualTo("Một cửa phường Ba Đình");
        long second = curator.head(ChangeKind.SERVICE_POINT, added.id());

        mvc.perform(post(page + "/delete")
                        .with(csrf())
                        .param("head", String.valueOf(second))
                        .with(editor))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("flashError", "Hãy ghi lý do của thay đổi."));
        mvc.perform(post(page + "/delete")
                        .with(csrf())
                        .param("head", String.valueOf(second))
                        .param("reason", "Điểm đã chuyển đi")
                        .with(editor))
                .andExpect(redirectedUrl(PAGES));
        assertThat(published()).isEmpty();
        mvc.perform(get(PAGES).with(editor))
                .andExpect(content().string(allOf(containsString("Đã xóa"), containsString("Điểm đã chuyển đi"))));
        mvc.perform(get(page).with(editor)).andExpect(status().isNotFound());

        mvc.perform(get(page + "/history")
                        .param("from", String.valueOf(first))
                        .param("to", String.valueOf(second))
                        .with(editor))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Tạo mới"),
                                containsString("Điểm mới mở"),
                                containsString("Sửa tên"),
                                containsString("Xóa"),
                                containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
                                not(containsString("<script>alert(1)</script>")),
                                containsString("class=\"changed\""))));

        mvc.perform(post(page + "/restore")
                        .with(csrf())
                        .param("revision", String.valueOf(second))
                        .param("reason", "Xóa nhầm")
                        .with(editor))
                .andExpect(redirectedUrl(page + "/history"))
                .andExpect(flash().attribute("flashInfo", containsString("Đã khôi phục phiên bản " + second)));
        assertThat(published()).extracting(ServicePoint::name).containsExactly("Một cửa phường Ba Đình");
        assertThat(published().getFirst().communes()).containsExactly("Phường Ba Đình, Thành phố Hà Nội");

        assertThat(audit.recent(20))
                .extracting(AuditEntry::action)
                .contains("knowledge.service_point.change", "knowledge.service_point.remove");
        assertThat(audit.recent(20))
                .anyMatch(e -> e.actor().equals("bien-tap") && e.detail().contains("Xóa nhầm"));
    }

    @Test
    void eachLineOfAreasIsReadBackWhileTyped() throws Exception {
        mvc.perform(post(PAGES + "/communes/check")
                        .with(csrf())
                        .with(editor)
                        .param("communes", "phường Hoàn Kiếm, Hà Nội\n\nphường Cửa Nam\nTP HCM"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Dòng 1: Phường Hoàn Kiếm, Thành phố Hà Nội"),
                                containsString("Dòng 3 (phường Cửa Nam)"),
                                containsString("Dòng 4: Thành phố Hồ Chí Minh"))));
    }

    @Test
    void anAgentCannotSeeOrChangeServicePoints() throws Exception {
        RequestPostProcessor agent = user("tra-loi").roles("AGENT");
        mvc.perform(get(PAGES).with(agent)).andExpect(status().isForbidden());
        mvc.perform(point(PAGES, "Điểm của cán bộ trả lời", "", "thử").with(agent))
                .andExpect(status().isForbidden());
        assertThat(published()).noneMatch(p -> p.name().equals("Điểm của cán bộ trả lời"));
    }
}
