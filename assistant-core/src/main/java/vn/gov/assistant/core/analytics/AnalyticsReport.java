package vn.gov.assistant.core.analytics;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import vn.gov.assistant.core.intent.Intent;
import vn.gov.assistant.knowledge.search.Aspect;

/**
 * The figures of one period and channel. Counts are sums of the day counters (see {@link Counter});
 * a conversation is one conversation id with at least one message on one day, so a period's
 * conversations are the sum of its days'. The derived figures:
 *
 * <ul>
 *   <li>containment = (conversations − conversations with a hand-off opened or a callback ticket
 *       made) / conversations;
 *   <li>hand-off rate = conversations with a hand-off opened / conversations;
 *   <li>fallback rate = declined turns / question turns;
 *   <li>clarification success = clarifications whose conversation's next message got an answer /
 *       clarifications;
 *   <li>satisfaction = mean of the ratings (1-5), each conversation's last rating of a day;
 *   <li>median wait for staff = the median of the waits from a hand-off's opening to its claim, over
 *       the hand-offs opened in the period and claimed (the mean of the two middle ones when their
 *       number is even); hand-offs never claimed are not in it.
 * </ul>
 *
 * A rate whose denominator is 0 is undefined (empty), shown as "—".
 */
public record AnalyticsReport(
        AnalyticsQuery query,
        long conversations,
        long messages,
        long questions,
        long answers,
        long declined,
        long clarifications,
        long clarified,
        long askedForPerson,
        long handedOver,
        long callbacks,
        long withPerson,
        long handoffs,
        long tickets,
        List<Long> ratings,
        List<Duration> waits,
        List<ProcedureCount> topProcedures,
        List<AspectCount> aspects,
        List<IntentCount> intents,
        List<Day> days) {

    /** A procedure and how many answers cited it first; {@code name} empty when no longer in the catalog. */
    public record ProcedureCount(String code, String name, long answers) {}

    /** An aspect and how many question turns asked about it. */
    public record AspectCount(Aspect aspect, long questions) {

        public String label() {
            return AnalyticsReport.label(aspect);
        }
    }

    /** An intent and how many messages the bot replied to understanding it. */
    public record IntentCount(Intent intent, long messages) {

        public String label() {
            return AnalyticsReport.label(intent);
        }
    }

    /** One day of the period (in the city's zone). */
    public record Day(
            LocalDate day,
            long conversations,
            long messages,
            long questions,
            long answers,
            long declined,
            long handedOver,
            long callbacks,
            long ratings) {}

    /**
     * A figure as staff read it: {@code value} for the page (Vietnamese number format), {@code raw}
     * for the CSV (plain number, '.' as the decimal point; empty when undefined), its {@code unit},
     * how it was computed here ({@code detail}) and what it means ({@code explanation}).
     */
    public record Figure(
            String id, String label, String value, String raw, String unit, String detail, String explanation) {}

    public AnalyticsReport {
        Objects.requireNonNull(query, "query");
        ratings = List.copyOf(ratings);
        if (ratings.size() != 5) {
            throw new IllegalArgumentException("five rating counts, for 1 to 5");
        }
        waits = waits.stream().sorted().toList();
        topProcedures = List.copyOf(topProcedures);
        aspects = List.copyOf(aspects);
        intents = List.copyOf(intents);
        days = List.copyOf(days);
    }

    /** Conversations with no hand-off opened and no callback ticket made. */
    public long contained() {
        return Math.max(0, conversations - withPerson);
    }

    public OptionalDouble containment() {
        return ratio(contained(), conversations);
    }

    public OptionalDouble handoffRate() {
        return ratio(handedOver, conversations);
    }

    public OptionalDouble fallbackRate() {
        return ratio(declined, questions);
    }

    public OptionalDouble clarificationSuccess() {
        return ratio(clarified, clarifications);
    }

    /** How many ratings of this score (1-5). */
    public long ratingCount(int score) {
        return ratings.get(score - 1);
    }

    public long ratingsTotal() {
        return ratings.stream().mapToLong(Long::longValue).sum();
    }

    public OptionalDouble satisfaction() {
        long total = ratingsTotal();
        if (total == 0) {
            return OptionalDouble.empty();
        }
        long sum = 0;
        for (int score = 1; score <= 5; score++) {
            sum += score * ratingCount(score);
        }
        return OptionalDouble.of((double) sum / total);
    }

    /** The median wait for staff, empty when no hand-off of the period was claimed. */
    public Optional<Duration> medianWait() {
        int n = waits.size();
        if (n == 0) {
            return Optional.empty();
        }
        if (n % 2 == 1) {
            return Optional.of(waits.get(n / 2));
        }
        return Optional.of(waits.get(n / 2 - 1).plus(waits.get(n / 2)).dividedBy(2));
    }

    /** The figures, in the order the page and the CSV show them. */
    public List<Figure> figures() {
        List<Figure> f = new ArrayList<>();
        f.add(count(
                "conversations",
                "Cuộc trò chuyện",
                conversations,
                "cuộc",
                "Mỗi người dân (một mã hội thoại trên một kênh) nhắn ít nhất một tin trong một ngày được tính là"
                        + " một cuộc trò chuyện của ngày đó; người nhắn vào ba ngày khác nhau được tính ba cuộc."));
        f.add(count(
                "messages",
                "Tin nhắn của người dân",
                messages,
                "tin",
                "Số lần người dân gõ tin nhắn, bấm chọn một phương án hoặc bấm nút gặp cán bộ. Việc mở khung"
                        + " trò chuyện không được tính."));
        f.add(count(
                "questions",
                "Câu hỏi về thủ tục",
                questions,
                "câu",
                "Tin nhắn được trợ lý ảo trả lời theo danh mục thủ tục, hỏi lại cho rõ, hoặc trả lời là không"
                        + " giúp được."));
        f.add(count(
                "answers",
                "Câu trả lời có trích dẫn thủ tục",
                answers,
                "câu",
                "Câu trả lời nêu nguồn là một thủ tục trong danh mục."));
        f.add(rate(
                "containment",
                "Tỷ lệ tự xử lý",
                containment(),
                contained(),
                conversations,
                "cuộc trò chuyện",
                "Phần trăm cuộc trò chuyện trợ lý ảo xử lý xong mà không cần người: không chuyển vào hàng chờ"
                        + " cán bộ và không tạo phiếu hẹn gọi lại."));
        f.add(rate(
                "handoffRate",
                "Tỷ lệ chuyển cán bộ",
                handoffRate(),
                handedOver,
                conversations,
                "cuộc trò chuyện",
                "Phần trăm cuộc trò chuyện được chuyển vào hàng chờ cán bộ (trong giờ làm việc, khi có cán bộ"
                        + " trực tuyến)."));
        f.add(count(
                "askedForPerson",
                "Cuộc trò chuyện cần gặp cán bộ",
                askedForPerson,
                "cuộc",
                "Cuộc trò chuyện trong đó người dân xin gặp cán bộ hoặc trợ lý ảo tự đề nghị chuyển cán bộ, kể"
                        + " cả khi ngoài giờ làm việc chỉ có thể hẹn gọi lại."));
        f.add(count(
                "callbacks",
                "Cuộc trò chuyện có phiếu hẹn gọi lại",
                callbacks,
                "cuộc",
                "Cuộc trò chuyện trong đó người dân để lại số điện thoại hoặc thư điện tử và đồng ý được liên"
                        + " hệ lại."));
        f.add(rate(
                "fallbackRate",
                "Tỷ lệ không trả lời được",
                fallbackRate(),
                declined,
                questions,
                "câu hỏi",
                "Phần trăm câu hỏi về thủ tục mà trợ lý ảo trả lời là không giúp được (không tìm thấy thủ tục"
                        + " phù hợp, ngoài phạm vi, hoặc người dân chọn «Không phải các thủ tục trên»)."));
        f.add(count(
                "declined",
                "Câu hỏi không trả lời được",
                declined,
                "câu",
                "Số câu hỏi trợ lý ảo trả lời là không giúp được; cán bộ xem lại các câu này để bổ sung tri"
                        + " thức."));
        f.add(rate(
                "clarificationSuccess",
                "Tỷ lệ hỏi lại thành công",
                clarificationSuccess(),
                clarified,
                clarifications,
                "lần hỏi lại",
                "Trong các lần trợ lý ảo hỏi lại người dân muốn hỏi thủ tục nào, phần trăm lần mà tin nhắn kế"
                        + " tiếp của người dân (trong cùng ngày) nhận được câu trả lời có trích dẫn thủ tục."));
        OptionalDouble mean = satisfaction();
        f.add(new Figure(
                "satisfaction",
                "Mức hài lòng",
                mean.isPresent() ? decimal(mean.getAsDouble(), 2) + " / 5" : "—",
                mean.isPresent() ? String.format(Locale.ROOT, "%.2f", mean.getAsDouble()) : "",
                "sao (1-5)",
                integer(ratingsTotal()) + " đánh giá",
                "Điểm trung bình người dân chấm từ 1 đến 5 sao; mỗi cuộc trò chuyện chỉ tính lần đánh giá cuối"
                        + " cùng trong ngày."));
        Optional<Duration> median = medianWait();
        f.add(new Figure(
                "medianWait",
                "Thời gian chờ cán bộ (trung vị)",
                median.map(AnalyticsReport::duration).orElse("—"),
                median.map(d -> Long.toString(Math.round(d.toMillis() / 1000.0)))
                        .orElse(""),
                "giây",
                integer(waits.size()) + " lượt được cán bộ nhận",
                "Thời gian từ lúc được chuyển vào hàng chờ đến lúc cán bộ nhận xử lý; một nửa số lượt chờ ngắn"
                        + " hơn, một nửa dài hơn. Lượt chưa được nhận hoặc đã chuyển thành phiếu hẹn không tính."));
        return f;
    }

    private static Figure count(String id, String label, long n, String unit, String explanation) {
        return new Figure(id, label, integer(n), Long.toString(n), unit, "", explanation);
    }

    private static Figure rate(
            String id, String label, OptionalDouble rate, long part, long whole, String of, String explanation) {
        return new Figure(
                id,
                label,
                rate.isPresent() ? decimal(rate.getAsDouble() * 100, 1) + " %" : "—",
                rate.isPresent() ? String.format(Locale.ROOT, "%.1f", rate.getAsDouble() * 100) : "",
                "%",
                integer(part) + " / " + integer(whole) + " " + of,
                explanation);
    }

    private static OptionalDouble ratio(long part, long whole) {
        return whole <= 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
    }

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    /** 12345 as "12.345". */
    public static String integer(long n) {
        NumberFormat format = NumberFormat.getIntegerInstance(VIETNAMESE);
        format.setGroupingUsed(true);
        return format.format(n);
    }

    /** 4.3333 with 2 places as "4,33". */
    static String decimal(double x, int places) {
        NumberFormat format = NumberFormat.getNumberInstance(VIETNAMESE);
        format.setMinimumFractionDigits(places);
        format.setMaximumFractionDigits(places);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(x);
    }

    /** "45 giây", "3 phút 20 giây", "1 giờ 5 phút". */
    static String duration(Duration d) {
        long seconds = Math.round(d.toMillis() / 1000.0);
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        if (hours > 0) {
            return hours + " giờ" + (minutes > 0 ? " " + minutes + " phút" : "");
        }
        if (minutes > 0) {
            return minutes + " phút" + (rest > 0 ? " " + rest + " giây" : "");
        }
        return rest + " giây";
    }

    /** An intent's name for staff. */
    public static String label(Intent intent) {
        return switch (intent) {
            case PROCEDURE -> "Hỏi về thủ tục";
            case GREETING -> "Chào hỏi";
            case THANKS -> "Cảm ơn";
            case GOODBYE -> "Chào tạm biệt";
            case FEEDBACK -> "Phản ánh, kiến nghị";
            case ABUSE -> "Lời lẽ thiếu lịch sự";
            case HUMAN -> "Xin gặp cán bộ";
            case CAPABILITIES -> "Hỏi trợ lý ảo làm được gì";
            case OTHER -> "Ngoài phạm vi";
            case ACTION -> "Chọn phương án, điền tờ khai";
        };
    }

    /** An aspect's name for staff. */
    public static String label(Aspect aspect) {
        return switch (aspect) {
            case DOCUMENTS -> "Giấy tờ cần chuẩn bị";
            case FEE -> "Lệ phí";
            case TIME -> "Thời gian giải quyết";
            case AGENCY -> "Nơi nộp";
            case STEPS -> "Các bước thực hiện";
            case METHOD -> "Cách nộp";
            case LEGAL -> "Căn cứ pháp lý";
            case FORM -> "Mẫu đơn, tờ khai";
            case ELIGIBILITY -> "Điều kiện";
            case RESULT -> "Kết quả nhận được";
            case GENERAL -> "Chung (không hỏi khía cạnh cụ thể)";
            case OTHER -> "Khác";
        };
    }
}
