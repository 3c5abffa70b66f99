package vn.gov.assistant.app.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the soak test measured: reply latencies and errors by kind of exchange, counted both for the
 * current reporting window and for the whole run, and the heap-growth verdict (a least-squares line
 * through the heap samples of the second half of the run).
 */
final class SoakStats {

    /** The shortest second half of a run that gives a heap verdict. */
    static final double MIN_TREND_SECONDS = 300;

    /** The exchanges the soak times. */
    enum Kind {
        /** a citizen's question (text or option) to its reply */
        QUESTION("question"),
        /** one answer while filling a declaration to the next question (and the PDF download) */
        FORM("form"),
        /** a citizen's staff request to the reply that places them in the queue */
        HANDOFF("handoff"),
        /** a citizen's staff request to the first line a staff member wrote, pushed to the chat */
        STAFF_WAIT("staff_wait"),
        /** one staff action in the console (inbox poll, claim, reply, close), over HTTP */
        CONSOLE("console");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** One heap sample of one instance, {@code seconds} after the start. */
    record HeapSample(double seconds, double megabytes) {}

    /** A slope of the heap over time and whether it stays under the threshold. */
    record Verdict(double mbPerHour, int samples, boolean bounded) {}

    private final Map<Kind, Latencies> window = new EnumMap<>(Kind.class);
    private final Map<Kind, Latencies> total = new EnumMap<>(Kind.class);
    private final Map<Kind, long[]> errors = new EnumMap<>(Kind.class);
    private final Map<String, Long> reasons = new java.util.HashMap<>();
    private long windowErrors;
    private long windowMessages;
    private long totalMessages;

    SoakStats() {
        for (Kind k : Kind.values()) {
            window.put(k, new Latencies());
            total.put(k, new Latencies());
            errors.put(k, new long[1]);
        }
    }

    /** A citizen message answered in {@code ms} (counts as a message sent by a citizen). */
    synchronized void answered(Kind kind, double ms) {
        timed(kind, ms);
        windowMessages++;
        totalMessages++;
    }

    /** An exchange timed that is not a citizen message (the staff's wait, a console action). */
    synchronized void timed(Kind kind, double ms) {
        window.get(kind).add(ms);
        total.get(kind).add(ms);
    }

    synchronized void error(Kind kind) {
        errors.get(kind)[0]++;
        windowErrors++;
    }

    /** An error and what it was (never what a citizen typed: the soak's own words or the service's). */
    synchronized void error(Kind kind, String what) {
        error(kind);
        reasons.merge(kind.label + ": " + what, 1L, Long::sum);
    }

    /** The errors by what they were, most frequent first. */
    synchronized List<Map.Entry<String, Long>> reasons() {
        List<Map.Entry<String, Long>> all = new ArrayList<>(reasons.entrySet());
        all.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        return all;
    }

    /** The current window's figures; starts the next window. */
    synchronized Window closeWindow(double seconds) {
        Map<Kind, double[]> p = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            p.put(k, window.get(k).percentiles());
            window.put(k, new Latencies());
        }
        Window w = new Window(windowMessages / seconds, windowErrors, p);
        windowMessages = 0;
        windowErrors = 0;
        return w;
    }

    /** Messages per second, errors and {count, p50, p99, max} by kind, over one window or the run. */
    record Window(double messagesPerSecond, long errors, Map<Kind, double[]> percentiles) {}

    synchronized long messages() {
        return totalMessages;
    }

    synchronized long errors(Kind kind) {
        return errors.get(kind)[0];
    }

    synchronized long errors() {
        return Arrays.stream(Kind.values()).mapToLong(k -> errors.get(k)[0]).sum();
    }

    /** {count, p50, p99, max} over the whole run. */
    synchronized double[] total(Kind kind) {
        return total.get(kind).percentiles();
    }

    /** The nearest-rank percentile {@code p} (0-100) of {@code sorted}, ascending; 0 when empty. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /**
     * The heap's slope in MB per hour through the samples of the second half of a run of
     * {@code runSeconds} (the first half is the warm-up: caches fill, code is compiled), and whether
     * it is at most {@code maxMbPerHour}. Fewer than three samples, or a second half shorter than
     * {@link #MIN_TREND_SECONDS}, give no verdict (NaN, bounded): a short run says nothing of a leak.
     */
    static Verdict heapTrend(List<HeapSample> samples, double runSeconds, double maxMbPerHour) {
        List<HeapSample> late = new ArrayList<>();
        for (HeapSample s : samples) {
            if (s.seconds() >= runSeconds / 2) {
                late.add(s);
            }
        }
        if (late.size() < 3 || runSeconds / 2 < MIN_TREND_SECONDS) {
            return new Verdict(Double.NaN, late.size(), true);
        }
        double meanT = late.stream().mapToDouble(HeapSample::seconds).average().orElseThrow();
        double meanM =
                late.stream().mapToDouble(HeapSample::megabytes).average().orElseThrow();
        double num = 0;
        double den = 0;
        for (HeapSample s : late) {
            num += (s.seconds() - meanT) * (s.megabytes() - meanM);
            den += (s.seconds() - meanT) * (s.seconds() - meanT);
        }
        double perHour = den == 0 ? 0 : num / den * 3600;
        return new Verdict(perHour, late.size(), perHour <= maxMbPerHour);
    }

    /** A growable array of latencies in milliseconds. */
    private static final class Latencies {
        private double[] values = new double[256];
        private int size;

        void add(double ms) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = ms;
        }

        double[] percentiles() {
            double[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            return new double[] {size, percentile(sorted, 50), percentile(sorted, 99), size == 0 ? 0 : sorted[size - 1]
            };
        }
    }
}
