package vn.gov.assistant.admin.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.analytics.AnalyticsReport;

/** The charts' geometry: bars in proportion to their values on a round scale, labels in place. */
class ChartsTest {

    private static AnalyticsReport.Day day(String date, long conversations, long messages) {
        return new AnalyticsReport.Day(LocalDate.parse(date), conversations, messages, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void theScaleIsTheNextOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(List.of(1L, 2L, 3L, 6L, 10L, 11L, 101L, 4_999L))
                .extracting(Charts::niceCeiling)
                .containsExactly(1L, 2L, 5L, 10L, 10L, 20L, 200L, 5_000L);
    }

    @Test
    void perDayBarsAreInProportionOnOneScale() {
        Charts.Chart chart = Charts.perDay(List.of(day("2026-11-29", 5, 8), day("2026-11-30", 0, 0)));

        // plot height 192 (240 less 14 above and 34 below), scale 10
        assertThat(chart.bars())
                .extracting(Charts.Bar::height, Charts.Bar::css, Charts.Bar::title)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("96.0", "conversations", "29/11: 5 cuộc trò chuyện"),
                        org.assertj.core.groups.Tuple.tuple("153.6", "messages", "29/11: 8 tin nhắn"),
                        org.assertj.core.groups.Tuple.tuple("0.0", "conversations", "30/11: 0 cuộc trò chuyện"),
                        org.assertj.core.groups.Tuple.tuple("0.0", "messages", "30/11: 0 tin nhắn"));
        assertThat(chart.bars().get(0).y()).isEqualTo("110.0"); // 14 + 192 - 96
        assertThat(chart.labels()).extracting(Charts.Label::text).containsExactly("0", "5", "10", "29/11", "30/11");
    }

    @Test
    void aLongPeriodLabelsAboutTenDays() {
        List<AnalyticsReport.Day> days = new ArrayList<>();
        LocalDate first = LocalDate.parse("2026-01-01");
        for (int i = 0; i < 400; i++) {
            days.add(new AnalyticsReport.Day(first.plusDays(i), i, 2L * i, 0, 0, 0, 0, 0, 0));
        }
        Charts.Chart chart = Charts.perDay(days);
        assertThat(chart.bars()).hasSize(800);
        assertThat(chart.labels().stream().filter(l -> l.text().contains("/"))).hasSize(10);
        assertThat(chart.labels()).extracting(Charts.Label::text).contains("1000");
    }

    @Test
    void horizontalBarsAreInProportionToTheLargest() {
        Charts.Chart chart =
                Charts.horizontal("Số đánh giá", List.of("5 sao", "4 sao", "1 sao"), List.of(4L, 1L, 0L), "đánh giá");
        // 760 wide, 8 on the left, 120 kept for the value
        assertThat(chart.bars()).extracting(Charts.Bar::width).containsExactly("632.0", "158.0", "0.0");
        assertThat(chart.labels())
                .extracting(Charts.Label::text)
                .containsExactly("5 sao", "4 đánh giá", "4 sao", "1 đánh giá", "1 sao", "0 đánh giá");
        assertThat(chart.height()).isEqualTo(122);
    }
}
