package vn.gov.assistant.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The CSV export: BOM, sections, one row per figure, quoting, and a file name with the period. */
class AnalyticsCsvTest {

    private static final LocalDate D1 = LocalDate.parse("2026-11-29");

    private AnalyticsReport report() {
        InMemoryAnalyticsStore store = new InMemoryAnalyticsStore(
                AnalyticsStore.DEFAULT_RETENTION, new TestClock(Instant.parse("2026-12-01T03:00:00Z")));
        store.add(
                D1,
                "web",
                Map.of(
                        "conversations",
                        4L,
                        "messages",
                        10L,
                        "questions",
                        8L,
                        "answers",
                        6L,
                        "declined",
                        2L,
                        "withPerson",
                        1L,
                        "handedOver",
                        1L,
                        Counter.procedure("1.004194"),
                        6L,
                        Counter.aspect(vn.gov.assistant.knowledge.search.Aspect.FEE),
                        5L,
                        Counter.rating(5),
                        1L));
        store.addWait(D1, "web", Duration.ofSeconds(125));
        Analytics analytics = new Analytics(store, code -> "Đăng ký tạm trú, \"thường trú\"\ncho công dân");
        return analytics.report(new AnalyticsQuery(D1, D1.plusDays(2), Optional.of("web")));
    }

    @Test
    void utf8WithAByteOrderMarkAndCrlfLines() {
        byte[] bytes = AnalyticsCsv.bytes(report());
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(AnalyticsCsv.text(report()));
        assertThat(text).contains("Cuộc trò chuyện").doesNotContain("\uFFFD");
        assertThat(text).endsWith("5,1\r\n");
    }

    @Test
    void sectionsWithOneRowPerFigureTheDaysTheTopListsAndTheRatings() {
        List<String> lines = List.of(AnalyticsCsv.text(report()).split("\r\n", -1));
        assertThat(lines.subList(0, 6))
                .containsExactly(
                        "Kỳ báo cáo,Giá trị",
                        "Từ ngày (tính cả ngày này),2026-11-29",
                        "Đến ngày (không tính ngày này),2026-12-01",
                        "Số ngày,2",
                        "Kênh,Web chat",
                        "Múi giờ,Asia/Ho_Chi_Minh");
        assertThat(lines).contains("Chỉ số,Giá trị,Đơn vị,Chi tiết,Giải thích");
        assertThat(lines)
                .anySatisfy(l -> assertThat(l).startsWith("Cuộc trò chuyện,4,cuộc,,"))
                .anySatisfy(l -> assertThat(l).startsWith("Tỷ lệ tự xử lý,75.0,%,3 / 4 cuộc trò chuyện,"))
                .anySatisfy(l -> assertThat(l).startsWith("Tỷ lệ không trả lời được,25.0,%,2 / 8 câu hỏi,"))
                .anySatisfy(l -> assertThat(l).startsWith("Tỷ lệ hỏi lại thành công,,%,0 / 0 lần hỏi lại,"))
                .anySatisfy(l -> assertThat(l).startsWith("Mức hài lòng,5.00,sao (1-5),1 đánh giá,"))
                .anySatisfy(l -> assertThat(l).startsWith("Thời gian chờ cán bộ (trung vị),125,giây,1 lượt"));
        int figures = lines.indexOf("Chỉ số,Giá trị,Đơn vị,Chi tiết,Giải thích");
        assertThat(lines.get(figures + report().figures().size() + 1))
                .as("a blank line after the figures")
                .isEmpty();
        assertThat(lines)
                .containsSubsequence(
                        "Ngày,Cuộc trò chuyện,Tin nhắn,Câu hỏi về thủ tục,Câu trả lời có trích dẫn,"
                                + "Câu hỏi không trả lời được,Cuộc chuyển cán bộ,Cuộc có phiếu hẹn,Đánh giá",
                        "2026-11-29,4,10,8,6,2,1,0,1",
                        "2026-11-30,0,0,0,0,0,0,0,0",
                        "",
                        "Mã thủ tục,Tên thủ tục,Số câu trả lời")
                .containsSubsequence("Khía cạnh được hỏi,Số câu hỏi", "Lệ phí,5", "")
                .containsSubsequence("Số sao,Số đánh giá", "1,0", "2,0", "3,0", "4,0", "5,1");
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuoted() {
        String text = AnalyticsCsv.text(report());
        assertThat(text).contains("1.004194,\"Đăng ký tạm trú, \"\"thường trú\"\"\ncho công dân\",6\r\n");
        assertThat(AnalyticsCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(AnalyticsCsv.field("plain")).isEqualTo("plain");
        assertThat(AnalyticsCsv.field("-12")).isEqualTo("-12");
        assertThat(AnalyticsCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    }

    @Test
    void theFileNameSaysThePeriodAndChannel() {
        assertThat(AnalyticsCsv.fileName(new AnalyticsQuery(D1, D1.plusDays(2), Optional.of("web"))))
                .isEqualTo("thong-ke-2026-11-29-den-2026-11-30-web.csv");
        assertThat(AnalyticsCsv.fileName(new AnalyticsQuery(D1, D1.plusDays(1), Optional.empty())))
                .isEqualTo("thong-ke-2026-11-29-den-2026-11-29-tat-ca.csv");
    }
}
