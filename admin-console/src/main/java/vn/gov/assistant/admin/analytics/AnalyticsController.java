package vn.gov.assistant.admin.analytics;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.assistant.core.analytics.Analytics;
import vn.gov.assistant.core.analytics.AnalyticsCsv;
import vn.gov.assistant.core.analytics.AnalyticsQuery;
import vn.gov.assistant.core.analytics.AnalyticsReport;
import vn.gov.assistant.core.analytics.AnalyticsStore;
import vn.gov.assistant.core.state.StateUnavailableException;

/**
 * The analytics page (editors and administrators): a period and a channel, the figures with what
 * each means, charts as inline SVG, and the same report as CSV. Parameters that make no period (a
 * malformed date, the end not after the start, more than 400 days, an unknown channel) get a
 * Vietnamese message and no figures.
 */
@Controller
class AnalyticsController {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Analytics analytics;
    private final Clock clock;
    private final Duration retention;

    AnalyticsController(
            Analytics analytics,
            ObjectProvider<Clock> clock,
            @Value("${assistant.analytics.retention:P400D}") Duration retention) {
        this.analytics = analytics;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.retention = retention;
    }

    @GetMapping("/admin/analytics")
    String page(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String channel,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("channels", Analytics.CHANNELS);
        AnalyticsQuery query;
        try {
            query = AnalyticsQuery.parse(from, to, channel, today());
        } catch (AnalyticsQuery.Invalid e) {
            // the form shows what was typed, the reason, and no figures
            model.addAttribute("form", new Form(text(from), text(to), text(channel)));
            model.addAttribute("problem", e.getMessage());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "admin/analytics";
        }
        model.addAttribute(
                "form",
                new Form(
                        query.from().toString(),
                        query.to().toString(),
                        query.channel().orElse("")));
        AnalyticsReport report;
        try {
            report = analytics.report(query);
        } catch (StateUnavailableException e) {
            model.addAttribute(
                    "problem",
                    "Chưa đọc được số liệu do hệ thống lưu trữ tạm thời gián đoạn. Vui lòng thử" + " lại sau ít phút.");
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            return "admin/analytics";
        }
        model.addAttribute("report", report);
        model.addAttribute(
                "period",
                "Từ " + SHOWN.format(query.from()) + " đến hết " + SHOWN.format(query.last()) + " (" + query.days()
                        + " ngày), " + query.channelLabel().toLowerCase(java.util.Locale.ROOT));
        model.addAttribute("figures", report.figures());
        model.addAttribute("perDay", Charts.perDay(report.days()));
        model.addAttribute("satisfaction", satisfaction(report));
        model.addAttribute("procedures", procedures(report));
        model.addAttribute("aspects", aspects(report));
        model.addAttribute("empty", report.messages() == 0 && report.ratingsTotal() == 0);
        // days older than the retention have no figures any more: say so rather than show zeros
        LocalDate kept = today().minusDays(retention.toDays());
        if (query.from().isBefore(kept)) {
            model.addAttribute(
                    "retentionNote",
                    "Số liệu chỉ được lưu " + retention.toDays() + " ngày: các ngày trước " + SHOWN.format(kept)
                            + " không còn số liệu.");
        }
        return "admin/analytics";
    }

    @GetMapping("/admin/analytics.csv")
    ResponseEntity<byte[]> csv(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String channel) {
        AnalyticsQuery query;
        try {
            query = AnalyticsQuery.parse(from, to, channel, today());
        } catch (AnalyticsQuery.Invalid e) {
            return plain(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        AnalyticsReport report;
        try {
            report = analytics.report(query);
        } catch (StateUnavailableException e) {
            return plain(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "Chưa đọc được số liệu do hệ thống lưu trữ tạm thời gián đoạn. Vui lòng thử lại sau ít phút.");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(AnalyticsCsv.fileName(query))
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(AnalyticsCsv.bytes(report));
    }

    private static ResponseEntity<byte[]> plain(HttpStatus status, String message) {
        return ResponseEntity.status(status)
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(message.getBytes(StandardCharsets.UTF_8));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), AnalyticsStore.ZONE);
    }

    private static Charts.Chart satisfaction(AnalyticsReport report) {
        List<String> names = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (int score = 5; score >= 1; score--) {
            names.add(score + " sao");
            values.add(report.ratingCount(score));
        }
        return Charts.horizontal("Số đánh giá theo số sao", names, values, "đánh giá");
    }

    private static Charts.Chart procedures(AnalyticsReport report) {
        List<String> names = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (AnalyticsReport.ProcedureCount p : report.topProcedures()) {
            names.add(p.code() + " — " + (p.name().isEmpty() ? "(không còn trong danh mục)" : p.name()));
            values.add(p.answers());
        }
        return Charts.horizontal("Thủ tục được hỏi nhiều nhất", names, values, "câu trả lời");
    }

    private static Charts.Chart aspects(AnalyticsReport report) {
        List<String> names = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (AnalyticsReport.AspectCount a : report.aspects()) {
            names.add(a.label());
            values.add(a.questions());
        }
        return Charts.horizontal("Khía cạnh được hỏi", names, values, "câu hỏi");
    }

    private static String text(String s) {
        return s == null ? "" : s.length() > 100 ? s.substring(0, 100) : s;
    }

    /** What the form shows. */
    record Form(String from, String to, String channel) {}
}
