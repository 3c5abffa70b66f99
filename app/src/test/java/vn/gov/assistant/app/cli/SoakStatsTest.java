package vn.gov.assistant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.app.cli.SoakStats.HeapSample;
import vn.gov.assistant.app.cli.SoakStats.Kind;

class SoakStatsTest {

    @Test
    void percentilesAreNearestRank() {
        double[] sorted = new double[100];
        for (int i = 0; i < 100; i++) {
            sorted[i] = i + 1;
        }
        assertThat(SoakStats.percentile(sorted, 50)).isEqualTo(50);
        assertThat(SoakStats.percentile(sorted, 99)).isEqualTo(99);
        assertThat(SoakStats.percentile(sorted, 100)).isEqualTo(100);
        assertThat(SoakStats.percentile(new double[] {7}, 99)).isEqualTo(7);
        assertThat(SoakStats.percentile(new double[0], 99)).isZero();
    }

    @Test
    void aWindowCountsOnlyItsOwnMessagesWhileTheTotalKeepsThemAll() {
        SoakStats stats = new SoakStats();
        for (int i = 1; i <= 10; i++) {
            stats.answered(Kind.QUESTION, i);
        }
        stats.error(Kind.FORM);
        SoakStats.Window first = stats.closeWindow(5);
        assertThat(first.messagesPerSecond()).isEqualTo(2.0);
        assertThat(first.errors()).isEqualTo(1);
        assertThat(first.percentiles().get(Kind.QUESTION)).containsExactly(10, 5, 10, 10);

        stats.answered(Kind.QUESTION, 100);
        stats.timed(Kind.CONSOLE, 3); // a staff action is timed, not counted as a citizen's message
        SoakStats.Window second = stats.closeWindow(1);
        assertThat(second.messagesPerSecond()).isEqualTo(1.0);
        assertThat(second.errors()).isZero();
        assertThat(second.percentiles().get(Kind.QUESTION)).containsExactly(1, 100, 100, 100);
        assertThat(second.percentiles().get(Kind.FORM)[0]).isZero();

        assertThat(stats.messages()).isEqualTo(11);
        assertThat(stats.errors()).isEqualTo(1);
        assertThat(stats.errors(Kind.FORM)).isEqualTo(1);
        assertThat(stats.total(Kind.QUESTION)).containsExactly(11, 6, 100, 100);
        assertThat(stats.total(Kind.CONSOLE)[0]).isEqualTo(1);
    }

    @Test
    void aSteadyHeapWithNoiseIsBounded() {
        Random random = new Random(42);
        List<HeapSample> samples = new ArrayList<>();
        for (int t = 0; t <= 1800; t += 30) {
            // a warm-up that fills caches in the first half, then a plateau with GC noise
            double mb = t < 600 ? 80 + t / 10.0 : 140 + random.nextGaussian() * 3;
            samples.add(new HeapSample(t, mb));
        }
        SoakStats.Verdict v = SoakStats.heapTrend(samples, 1800, 30);
        assertThat(v.samples()).isEqualTo(31);
        assertThat(Math.abs(v.mbPerHour())).isLessThan(30);
        assertThat(v.bounded()).isTrue();
    }

    @Test
    void aHeapGrowingLinearlyIsMeasuredInMegabytesPerHourAndRefused() {
        List<HeapSample> samples = new ArrayList<>();
        for (int t = 0; t <= 1800; t += 30) {
            samples.add(new HeapSample(t, 100 + t / 36.0)); // 100 MB per hour
        }
        SoakStats.Verdict v = SoakStats.heapTrend(samples, 1800, 30);
        assertThat(v.mbPerHour()).isCloseTo(100, within(0.001));
        assertThat(v.bounded()).isFalse();
    }

    @Test
    void tooFewSamplesGiveNoVerdict() {
        SoakStats.Verdict v = SoakStats.heapTrend(List.of(new HeapSample(10, 100), new HeapSample(100, 500)), 100, 30);
        assertThat(v.mbPerHour()).isNaN();
        assertThat(v.bounded()).isTrue();
    }
}
