package vn.gov.assistant.admin.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.gov.assistant.admin.ConsoleTestApplication;
import vn.gov.assistant.core.analytics.AnalyticsStore;
import vn.gov.assistant.core.analytics.Counter;
import vn.gov.assistant.core.staff.Role;
import vn.gov.assistant.core.staff.StaffAccount;
import vn.gov.assistant.core.staff.StaffAccounts;
import vn.gov.assistant.knowledge.search.Aspect;

/**
 * The analytics page and its CSV over seeded counters: who may see them, the figures and charts
 * shown, every text escaped, and bad parameters refused with a Vietnamese message and no data.
 */
@SpringBootTest(
        classes = ConsoleTestApplication.class,
        properties = "assistant.admin.password=" + ConsoleTestApplication.ADMIN_PASSWORD)
@AutoConfigureMockMvc
class AnalyticsPageTest {

    /** A day of its own, far from the other tests' (they share the context). */
    private static final LocalDate DAY = LocalDate.now(AnalyticsStore.ZONE).minusDays(200);

    private static final RequestPostProcessor EDITOR = user("bien.tap").roles("EDITOR");

    @Autowired
    MockMvc mvc;

    @Autowired
    AnalyticsStore store;

    @Autowired
    StaffAccounts accounts;

    private static boolean seeded;

    @BeforeEach
    void seed() {
        // sessions of accounts that do not exist end at once (ActiveAccountFilter)
        for (var staff : Map.of("bien.tap", Role.EDITOR, "quan.tri", Role.ADMIN, "tiep.dan", Role.AGENT)
                .entrySet()) {
            if (accounts.find(staff.getKey()).isEmpty()) {
                accounts.create(new StaffAccount(
                        staff.getKey(),
                        "Cán bộ " + staff.getKey(),
                        "{noop}unused",
                        Set.of(staff.getValue()),
                        true,
                        Instant.now()));
            }
        }
        synchronized (AnalyticsPageTest.class) {
            if (seeded) {
                return;
            }
            seeded = true;
        }
        store.add(
                DAY,
                "web",
                Map.ofEntries(
                        Map.entry(Counter.CONVERSATIONS, 8L),
                        Map.entry(Counter.MESSAGES, 20L),
                        Map.entry(Counter.QUESTIONS, 16L),
                        Map.entry(Counter.ANSWERS, 12L),
                        Map.entry(Counter.DECLINED, 4L),
                        Map.entry(Counter.WITH_PERSON, 2L),
                        Map.entry(Counter.HANDED_OVER, 2L),
                        Map.entry(Counter.procedure(ConsoleTestApplication.TEMPORARY_RESIDENCE), 9L),
                        Map.entry(Counter.procedure(ConsoleTestApplication.MARKUP_PROCEDURE), 3L),
                        Map.entry(Counter.aspect(Aspect.FEE), 7L),
                        Map.entry(Counter.rating(5), 3L),
                        Map.entry(Counter.rating(2), 1L)));
        store.add(DAY, "zalo", Map.of(Counter.CONVERSATIONS, 2L, Counter.MESSAGES, 5L));
        store.addWait(DAY, "web", Duration.ofSeconds(150));
    }

    private String period(String channel) {
        return "/admin/analytics?from=" + DAY + "&to=" + DAY.plusDays(1) + "&channel=" + channel;
    }

    @Test
    void editorsAndAdministratorsSeeItAgentsDoNotAndVisitorsLogInFirst() throws Exception {
        mvc.perform(get("/admin/analytics").with(EDITOR)).andExpect(status().isOk());
        mvc.perform(get("/admin/analytics").with(user("quan.tri").roles("ADMIN")))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/analytics").with(user("tiep.dan").roles("AGENT")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/analytics.csv").with(user("tiep.dan").roles("AGENT")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/analytics")).andExpect(redirectedUrl("/admin/login"));
        mvc.perform(get("/admin/analytics.csv")).andExpect(redirectedUrl("/admin/login"));
    }

    @Test
    void theNavigationLinksItForEditorsOnly() throws Exception {
        mvc.perform(get("/admin").with(EDITOR))
                .andExpect(content().string(containsString("href=\"/admin/analytics\"")));
        mvc.perform(get("/admin").with(user("tiep.dan").roles("AGENT")))
                .andExpect(content().string(not(containsString("href=\"/admin/analytics\""))));
    }

    @Test
    void theFiguresOfThePeriodWithTheirExplanationsAndTheCharts() throws Exception {
        String page = mvc.perform(get(period("")).with(EDITOR))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(figure(page, "conversations")).isEqualTo("10");
        assertThat(figure(page, "messages")).isEqualTo("25");
        assertThat(figure(page, "containment")).isEqualTo("80,0 %");
        assertThat(figure(page, "handoffRate")).isEqualTo("20,0 %");
        assertThat(figure(page, "fallbackRate")).isEqualTo("25,0 %");
        assertThat(figure(page, "declined")).isEqualTo("4");
        assertThat(figure(page, "clarificationSuccess")).isEqualTo("—");
        assertThat(figure(page, "satisfaction")).isEqualTo("4,25 / 5");
        assertThat(figure(page, "medianWait")).isEqualTo("2 phút 30 giây");
        assertThat(page)
                .contains("Phần trăm cuộc trò chuyện trợ lý ảo xử lý xong mà không cần người")
                .contains("data-chart=\"per-day\"", "data-chart=\"satisfaction\"", "data-chart=\"procedures\"")
                .contains("data-chart=\"aspects\"")
                .contains("<title>5 sao: 3 đánh giá</title>")
                .contains("Lệ phí")
                .contains("Tải về tệp CSV")
                .doesNotContain("<script>alert")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Thủ tục &lt;b&gt;đậm&lt;/b&gt;");

        assertThat(page).doesNotContain("Số liệu chỉ được lưu");
        LocalDate longAgo = LocalDate.now(AnalyticsStore.ZONE).minusDays(405);
        assertThat(mvc.perform(get("/admin/analytics?from=" + longAgo + "&to=" + longAgo.plusDays(30))
                                .with(EDITOR))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Số liệu chỉ được lưu 400 ngày: các ngày trước ")
                .contains("Chưa có số liệu trong kỳ này.");

        String zalo = mvc.perform(get(period("zalo")).with(EDITOR))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(figure(zalo, "conversations")).isEqualTo("2");
        assertThat(figure(zalo, "satisfaction")).isEqualTo("—");
    }

    @Test
    void badParametersGetAVietnameseMessageAndNoFigures() throws Exception {
        for (String[] bad : new String[][] {
            {"from=" + DAY + "&to=" + DAY.minusDays(3), "«Đến ngày» phải sau «Từ ngày»"},
            {"from=2024-01-01&to=2026-01-01", "Kỳ báo cáo dài tối đa 400 ngày"},
            {"from=31/02/2026", "«Từ ngày» không phải là ngày hợp lệ"},
            {"channel=facebook", "Kênh không hợp lệ: «facebook»"},
        }) {
            String page = mvc.perform(get("/admin/analytics?" + bad[0]).with(EDITOR))
                    .andExpect(status().isBadRequest())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page)
                    .as(bad[0])
                    .contains(bad[1])
                    .doesNotContain("data-figure")
                    .contains("Xem thống kê");
            mvc.perform(get("/admin/analytics.csv?" + bad[0]).with(EDITOR))
                    .andExpect(status().isBadRequest())
                    .andExpect(header().string("Content-Type", "text/plain;charset=UTF-8"))
                    .andExpect(content().string(containsString(bad[1])));
        }
        String markup = mvc.perform(get("/admin/analytics")
                        .param("channel", "<img src=x onerror=alert(1)>")
                        .with(EDITOR))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(markup).doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void theCsvIsUtf8WithABomAndNamedAfterThePeriod() throws Exception {
        MvcResult csv = mvc.perform(get("/admin/analytics.csv?from=" + DAY + "&to=" + DAY.plusDays(1) + "&channel=web")
                        .with(EDITOR))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string(
                                "Content-Disposition",
                                allOf(
                                        containsString("attachment"),
                                        containsString("thong-ke-" + DAY + "-den-" + DAY + "-web.csv"))))
                .andReturn();
        byte[] bytes = csv.getResponse().getContentAsByteArray();
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xFF).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xFF).isEqualTo(0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text)
                .contains("Kênh,Web chat\r\n")
                .contains("Cuộc trò chuyện,8,cuộc,,")
                .contains("Tỷ lệ tự xử lý,75.0,%,6 / 8 cuộc trò chuyện,")
                .contains(DAY + ",8,20,16,12,4,2,0,4\r\n")
                .contains(ConsoleTestApplication.TEMPORARY_RESIDENCE + ",Đăng ký tạm trú,9\r\n")
                .contains("\"<script>alert('x')</script> Thủ tục <b>đậm</b>\"".replace("\"", ""));
    }

    /** The value shown for a figure. */
    private static String figure(String page, String id) {
        int at = page.indexOf("data-figure=\"" + id + "\"");
        assertThat(at).as("figure %s shown", id).isPositive();
        int value = page.indexOf("class=\"value\">", at) + "class=\"value\">".length();
        return page.substring(value, page.indexOf("</p>", value));
    }
}
