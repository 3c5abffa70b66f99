package vn.gov.assistant.admin.analytics;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.gov.assistant.core.analytics.AnalyticsReport;

/**
 * The analytics page's charts as geometry for inline SVG drawn by the template: bars, labels and
 * grid lines with their coordinates, computed here; every text is given to the template as text
 * (it escapes it). No script, no external style: the page works under the console's strict
 * content security policy.
 */
final class Charts {

    private Charts() {}

    /** A bar (a rect), its CSS class and the tooltip it shows (its SVG title). */
    record Bar(String x, String y, String width, String height, String css, String title) {}

    /** A text at a place; {@code anchor} is start, middle or end. */
    record Label(String x, String y, String text, String anchor, String css) {}

    /** A horizontal grid line. */
    record Grid(String x1, String x2, String y) {}

    /** A chart: its size, what it draws, and its accessible name. */
    record Chart(int width, int height, String name, List<Bar> bars, List<Label> labels, List<Grid> grid) {}

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    /** Conversations and messages per day: two bars a day on one scale. */
    static Chart perDay(List<AnalyticsReport.Day> days) {
        int width = 760;
        int height = 240;
        double left = 52;
        double right = 8;
        double top = 14;
        double bottom = 34;
        double plotWidth = width - left - right;
        double plotHeight = height - top - bottom;
        long max = 1;
        for (AnalyticsReport.Day d : days) {
            max = Math.max(max, Math.max(d.conversations(), d.messages()));
        }
        long scale = niceCeiling(max);
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        List<Grid> grid = new ArrayList<>();
        for (int i = 0; i <= 2; i++) {
            long value = scale * i / 2;
            double y = top + plotHeight - plotHeight * value / scale;
            grid.add(new Grid(n(left), n(width - right), n(y)));
            labels.add(new Label(n(left - 6), n(y + 4), Long.toString(value), "end", "axis"));
        }
        int count = Math.max(1, days.size());
        double slot = plotWidth / count;
        double bar = Math.max(0.5, Math.min(36, slot * 0.38));
        int every = (int) Math.ceil(count / 10.0);
        for (int i = 0; i < days.size(); i++) {
            AnalyticsReport.Day d = days.get(i);
            double x = left + i * slot + (slot - 2 * bar) / 2; // the pair centred in its day
            String day = DAY.format(d.day());
            bars.add(bar(
                    x,
                    top,
                    plotHeight,
                    bar,
                    d.conversations(),
                    scale,
                    "conversations",
                    day + ": " + d.conversations() + " cuộc trò chuyện"));
            bars.add(bar(
                    x + bar,
                    top,
                    plotHeight,
                    bar,
                    d.messages(),
                    scale,
                    "messages",
                    day + ": " + d.messages() + " tin nhắn"));
            if (i % every == 0 || i == days.size() - 1 && days.size() <= 10) {
                labels.add(new Label(n(left + i * slot + slot / 2), n(height - bottom + 16), day, "middle", "axis"));
            }
        }
        return new Chart(width, height, "Cuộc trò chuyện và tin nhắn theo ngày", bars, labels, grid);
    }

    /** One horizontal bar per row, its label above it and its value after it. */
    static Chart horizontal(String name, List<String> names, List<Long> values, String unit) {
        int width = 760;
        double left = 8;
        double valueSpace = 120;
        double row = 38;
        double top = 4;
        int height = (int) Math.ceil(top + row * Math.max(1, names.size()) + 4);
        long max = 1;
        for (long v : values) {
            max = Math.max(max, v);
        }
        double plotWidth = width - left - valueSpace;
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            long v = values.get(i);
            double y = top + i * row;
            double w = v == 0 ? 0 : Math.max(2, plotWidth * v / max);
            labels.add(new Label(n(left), n(y + 13), clip(names.get(i), 110), "start", "name"));
            bars.add(new Bar(n(left), n(y + 18), n(w), "14", "bar", names.get(i) + ": " + v + " " + unit));
            labels.add(new Label(n(left + w + 6), n(y + 30), v + " " + unit, "start", "value"));
        }
        return new Chart(width, height, name, bars, labels, List.of());
    }

    private static Bar bar(
            double x, double top, double plotHeight, double width, long value, long scale, String css, String title) {
        double h = plotHeight * value / scale;
        return new Bar(n(x), n(top + plotHeight - h), n(width), n(h), css, title);
    }

    /** The smallest of 1, 2, 5 × 10^k at least {@code max}. */
    static long niceCeiling(long max) {
        long power = 1;
        while (true) {
            for (long step : new long[] {1, 2, 5}) {
                if (step * power >= max) {
                    return step * power;
                }
            }
            power *= 10;
        }
    }

    private static String n(double x) {
        return String.format(Locale.ROOT, "%.1f", x);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
