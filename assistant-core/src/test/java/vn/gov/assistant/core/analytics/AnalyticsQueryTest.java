package vn.gov.assistant.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The period and channel staff ask for: defaults, both date formats, and every refusal. */
class AnalyticsQueryTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");

    @Test
    void nothingAskedMeansTheLastThirtyDaysTodayIncludedOnEveryChannel() {
        AnalyticsQuery q = AnalyticsQuery.parse(null, "", " ", TODAY);
        assertThat(q.from()).isEqualTo(LocalDate.parse("2026-11-02"));
        assertThat(q.to()).isEqualTo(LocalDate.parse("2026-12-02"));
        assertThat(q.last()).isEqualTo(TODAY);
        assertThat(q.days()).isEqualTo(30);
        assertThat(q.channel()).isEmpty();
        assertThat(q.channelLabel()).isEqualTo("Tất cả các kênh");
    }

    @Test
    void datesAsADateInputSendsThemOrAsVietnameseWriteThem() {
        AnalyticsQuery q = AnalyticsQuery.parse("2026-11-01", "01/12/2026", "zalo", TODAY);
        assertThat(q.from()).isEqualTo(LocalDate.parse("2026-11-01"));
        assertThat(q.to()).isEqualTo(LocalDate.parse("2026-12-01"));
        assertThat(q.channel()).contains("zalo");
        assertThat(q.channelLabel()).isEqualTo("Zalo");
        assertThat(AnalyticsQuery.parse("2026-11-01", "2026-12-01", "all", TODAY)
                        .channel())
                .isEmpty();
        assertThat(AnalyticsQuery.parse("", "2026-12-01", "", TODAY).from()).isEqualTo(LocalDate.parse("2026-11-01"));
    }

    @Test
    void aPeriodOfOneToFourHundredDays() {
        assertThat(AnalyticsQuery.parse("2026-12-01", "2026-12-02", "", TODAY).days())
                .isEqualTo(1);
        assertThat(AnalyticsQuery.parse("2025-10-27", "2026-12-01", "", TODAY).days())
                .isEqualTo(400);
        assertThatThrownBy(() -> AnalyticsQuery.parse("2025-10-26", "2026-12-01", "", TODAY))
                .isInstanceOf(AnalyticsQuery.Invalid.class)
                .hasMessage("Kỳ báo cáo dài tối đa 400 ngày; bạn đã chọn 401 ngày.");
    }

    @Test
    void badParametersAreRefusedInVietnamese() {
        assertThatThrownBy(() -> AnalyticsQuery.parse("2026-12-01", "2026-11-01", "", TODAY))
                .isInstanceOf(AnalyticsQuery.Invalid.class)
                .hasMessageStartingWith("«Đến ngày» phải sau «Từ ngày»");
        assertThatThrownBy(() -> AnalyticsQuery.parse("2026-12-01", "2026-12-01", "", TODAY))
                .hasMessageStartingWith("«Đến ngày» phải sau «Từ ngày»");
        assertThatThrownBy(() -> AnalyticsQuery.parse("2026-02-30", "2026-12-01", "", TODAY))
                .isInstanceOf(AnalyticsQuery.Invalid.class)
                .hasMessageStartingWith("«Từ ngày» không phải là ngày hợp lệ: «2026-02-30».");
        assertThatThrownBy(() -> AnalyticsQuery.parse("hôm qua", "2026-12-01", "", TODAY))
                .hasMessageStartingWith("«Từ ngày» không phải là ngày hợp lệ: «hôm qua».");
        assertThatThrownBy(() -> AnalyticsQuery.parse("2026-11-01", "<script>", "", TODAY))
                .hasMessageStartingWith("«Đến ngày» không phải là ngày hợp lệ: «<script>».");
        assertThatThrownBy(() -> AnalyticsQuery.parse("2026-11-01", "2026-12-01", "facebook", TODAY))
                .isInstanceOf(AnalyticsQuery.Invalid.class)
                .hasMessage("Kênh không hợp lệ: «facebook». Chọn một trong: web, telegram, zalo, api, hoặc để"
                        + " trống để xem tất cả các kênh.");
        assertThatThrownBy(() -> AnalyticsQuery.parse("2026-11-01", "2026-12-01", "x".repeat(500), TODAY))
                .hasMessageContaining("«" + "x".repeat(40) + "…»");
        assertThatThrownBy(() -> new AnalyticsQuery(TODAY, TODAY.minusDays(1), Optional.empty()))
                .isInstanceOf(AnalyticsQuery.Invalid.class);
    }
}
