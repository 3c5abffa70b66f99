package vn.gov.assistant.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The report's arithmetic and wording, from counters put in the store directly. */
class AnalyticsTest {

    private static final LocalDate D1 = LocalDate.parse("2026-11-01");

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T03:00:00Z"));
    private final InMemoryAnalyticsStore store = new InMemoryAnalyticsStore(AnalyticsStore.DEFAULT_RETENTION, clock);
    private final Analytics analytics = new Analytics(store, code -> code.equals("1.000001") ? "Thủ tục một" : "");

    private AnalyticsReport report(LocalDate from, LocalDate to, String channel) {
        return analytics.report(new AnalyticsQuery(from, to, Optional.ofNullable(channel)));
    }

    @Test
    void countsAreSummedOverTheDaysOfThePeriodAndTheChannelAsked() {
        store.add(D1.minusDays(1), "web", Map.of("conversations", 100L)); // before the period
        store.add(D1, "web", Map.of("conversations", 3L, "messages", 9L));
        store.add(D1, "zalo", Map.of("conversations", 2L, "messages", 4L));
        store.add(D1.plusDays(2), "web", Map.of("conversations", 1L, "messages", 1L));
        store.add(D1.plusDays(3), "web", Map.of("conversations", 100L)); // 'to' is not in the period

        AnalyticsReport all = report(D1, D1.plusDays(3), null);
        assertThat(all.conversations()).isEqualTo(6);
        assertThat(all.messages()).isEqualTo(14);
        assertThat(all.days())
                .extracting(d -> d.day() + ":" + d.conversations() + "/" + d.messages())
                .as("every day of the period, the empty ones too")
                .containsExactly("2026-11-01:5/13", "2026-11-02:0/0", "2026-11-03:1/1");

        AnalyticsReport zalo = report(D1, D1.plusDays(3), "zalo");
        assertThat(zalo.conversations()).isEqualTo(2);
        assertThat(zalo.messages()).isEqualTo(4);
    }

    @Test
    void theMedianWaitIsTheMiddleOneOrTheMeanOfTheTwoMiddleOnes() {
        store.addWait(D1, "web", Duration.ofSeconds(300));
        store.addWait(D1, "web", Duration.ofSeconds(20));
        store.addWait(D1, "zalo", Duration.ofSeconds(60));
        assertThat(report(D1, D1.plusDays(1), null).medianWait()).contains(Duration.ofSeconds(60));

        store.addWait(D1.plusDays(1), "web", Duration.ofSeconds(1000));
        AnalyticsReport four = report(D1, D1.plusDays(2), null);
        assertThat(four.medianWait()).contains(Duration.ofSeconds(180));
        assertThat(four.figures())
                .filteredOn(f -> f.id().equals("medianWait"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.value()).isEqualTo("3 phút");
                    assertThat(f.raw()).isEqualTo("180");
                    assertThat(f.detail()).isEqualTo("4 lượt được cán bộ nhận");
                });
        assertThat(report(D1, D1.plusDays(2), "web").medianWait()).contains(Duration.ofSeconds(300));
    }

    @Test
    void topProceduresByAnswersThenCodeTenAtMostWithTheirNames() {
        Map<String, Long> counts = new HashMap<>();
        for (int i = 1; i <= 12; i++) {
            counts.put(Counter.procedure(String.format("1.%06d", i)), (long) (i <= 3 ? 5 : i));
        }
        store.add(D1, "web", counts);

        List<AnalyticsReport.ProcedureCount> top =
                report(D1, D1.plusDays(1), null).topProcedures();
        assertThat(top).hasSize(10);
        assertThat(top)
                .extracting(p -> p.code() + "=" + p.answers())
                .containsExactly(
                        "1.000012=12",
                        "1.000011=11",
                        "1.000010=10",
                        "1.000009=9",
                        "1.000008=8",
                        "1.000007=7",
                        "1.000006=6",
                        "1.000001=5",
                        "1.000002=5",
                        "1.000003=5");
        assertThat(top.get(7).name()).isEqualTo("Thủ tục một");
        assertThat(top.get(8).name()).isEmpty();
    }

    @Test
    void ratesWithoutADenominatorAreUndefinedAndShownAsADash() {
        AnalyticsReport empty = report(D1, D1.plusDays(7), null);
        assertThat(empty.containment()).isEmpty();
        assertThat(empty.satisfaction()).isEmpty();
        assertThat(empty.medianWait()).isEmpty();
        assertThat(empty.figures())
                .filteredOn(f -> f.unit().equals("%"))
                .hasSize(4)
                .allSatisfy(f -> {
                    assertThat(f.value()).isEqualTo("—");
                    assertThat(f.raw()).isEmpty();
                });
        assertThat(empty.figures())
                .filteredOn(f -> f.id().equals("conversations"))
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("0"));
    }

    @Test
    void figuresAreWrittenTheVietnameseWay() {
        store.add(
                D1,
                "web",
                Map.ofEntries(
                        Map.entry("conversations", 1_234L),
                        Map.entry("messages", 5_678L),
                        Map.entry("withPerson", 411L),
                        Map.entry("handedOver", 400L),
                        Map.entry("questions", 3L),
                        Map.entry("declined", 1L),
                        Map.entry("rating:5", 2L),
                        Map.entry("rating:4", 1L)));

        Map<String, AnalyticsReport.Figure> f = new HashMap<>();
        report(D1, D1.plusDays(1), null).figures().forEach(x -> f.put(x.id(), x));
        assertThat(f.get("conversations").value()).isEqualTo("1.234");
        assertThat(f.get("conversations").raw()).isEqualTo("1234");
        assertThat(f.get("containment").value()).isEqualTo("66,7 %");
        assertThat(f.get("containment").raw()).isEqualTo("66.7");
        assertThat(f.get("containment").detail()).isEqualTo("823 / 1.234 cuộc trò chuyện");
        assertThat(f.get("handoffRate").value()).isEqualTo("32,4 %");
        assertThat(f.get("fallbackRate").value()).isEqualTo("33,3 %");
        assertThat(f.get("satisfaction").value()).isEqualTo("4,67 / 5");
        assertThat(f.get("satisfaction").raw()).isEqualTo("4.67");
        assertThat(f.get("satisfaction").detail()).isEqualTo("3 đánh giá");
        assertThat(f.values()).allSatisfy(x -> assertThat(x.explanation()).isNotBlank());
    }

    @Test
    void durationsReadAsHoursMinutesAndSeconds() {
        assertThat(AnalyticsReport.duration(Duration.ofMillis(44_600))).isEqualTo("45 giây");
        assertThat(AnalyticsReport.duration(Duration.ofSeconds(200))).isEqualTo("3 phút 20 giây");
        assertThat(AnalyticsReport.duration(Duration.ofSeconds(3_900))).isEqualTo("1 giờ 5 phút");
        assertThat(AnalyticsReport.duration(Duration.ZERO)).isEqualTo("0 giây");
    }
}
