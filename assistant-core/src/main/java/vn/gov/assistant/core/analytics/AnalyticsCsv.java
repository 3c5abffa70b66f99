package vn.gov.assistant.core.analytics;

import java.nio.charset.StandardCharsets;

/**
 * A report as CSV (RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma,
 * a quote or a line break, quotes doubled), in UTF-8 with a byte order mark so that Excel shows
 * the Vietnamese. Sections, each with its own header row, separated by an empty line: the period,
 * one row per figure (value as a plain number, '.' as the decimal point, empty when undefined), the
 * per-day series, the top procedures, the aspects asked, the intents understood and the ratings per score.
 */
public final class AnalyticsCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private AnalyticsCsv() {}

    /** The CSV's bytes, BOM first. */
    public static byte[] bytes(AnalyticsReport report) {
        byte[] text = text(report).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(text, 0, out, BOM.length, text.length);
        return out;
    }

    /** The CSV's text (without the BOM). */
    public static String text(AnalyticsReport report) {
        StringBuilder out = new StringBuilder();
        AnalyticsQuery q = report.query();
        row(out, "Kỳ báo cáo", "Giá trị");
        row(out, "Từ ngày (tính cả ngày này)", q.from().toString());
        row(out, "Đến ngày (không tính ngày này)", q.to().toString());
        row(out, "Số ngày", Long.toString(q.days()));
        row(out, "Kênh", q.channelLabel());
        row(out, "Múi giờ", AnalyticsStore.ZONE.getId());
        out.append("\r\n");

        row(out, "Chỉ số", "Giá trị", "Đơn vị", "Chi tiết", "Giải thích");
        for (AnalyticsReport.Figure f : report.figures()) {
            row(out, f.label(), f.raw(), f.unit(), f.detail(), f.explanation());
        }
        out.append("\r\n");

        row(
                out,
                "Ngày",
                "Cuộc trò chuyện",
                "Tin nhắn",
                "Câu hỏi về thủ tục",
                "Câu trả lời có trích dẫn",
                "Câu hỏi không trả lời được",
                "Cuộc chuyển cán bộ",
                "Cuộc có phiếu hẹn",
                "Đánh giá");
        for (AnalyticsReport.Day d : report.days()) {
            row(
                    out,
                    d.day().toString(),
                    Long.toString(d.conversations()),
                    Long.toString(d.messages()),
                    Long.toString(d.questions()),
                    Long.toString(d.answers()),
                    Long.toString(d.declined()),
                    Long.toString(d.handedOver()),
                    Long.toString(d.callbacks()),
                    Long.toString(d.ratings()));
        }
        out.append("\r\n");

        row(out, "Mã thủ tục", "Tên thủ tục", "Số câu trả lời");
        for (AnalyticsReport.ProcedureCount p : report.topProcedures()) {
            row(out, p.code(), p.name(), Long.toString(p.answers()));
        }
        out.append("\r\n");

        row(out, "Khía cạnh được hỏi", "Số câu hỏi");
        for (AnalyticsReport.AspectCount a : report.aspects()) {
            row(out, a.label(), Long.toString(a.questions()));
        }
        out.append("\r\n");

        row(out, "Ý định nhận ra", "Số tin nhắn");
        for (AnalyticsReport.IntentCount i : report.intents()) {
            row(out, i.label(), Long.toString(i.messages()));
        }
        out.append("\r\n");

        row(out, "Số sao", "Số đánh giá");
        for (int score = 1; score <= 5; score++) {
            row(out, Integer.toString(score), Long.toString(report.ratingCount(score)));
        }
        return out.toString();
    }

    /** The file name for the period, e.g. {@code thong-ke-2026-11-01-den-2026-11-30-web.csv}. */
    public static String fileName(AnalyticsQuery q) {
        return "thong-ke-" + q.from() + "-den-" + q.last() + "-" + q.channel().orElse("tat-ca") + ".csv";
    }

    private static void row(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields[i]));
        }
        out.append("\r\n");
    }

    /** A field, quoted when needed; a leading =, +, - or @ is kept as text for spreadsheets. */
    static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !isNumber(v)) {
            v = "'" + v;
        }
        boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static boolean isNumber(String v) {
        return v.matches("-?\\d+(\\.\\d+)?");
    }
}
