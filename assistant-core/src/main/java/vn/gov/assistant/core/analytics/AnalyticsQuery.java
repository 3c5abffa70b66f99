package vn.gov.assistant.core.analytics;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A period and a channel to report on: the days from {@code from} (included) to {@code to}
 * (excluded), i.e. from midnight of {@code from} to midnight of {@code to} in the city's zone, at
 * least one day and at most {@link #MAX_DAYS}; one channel of {@link Analytics#CHANNELS}, or all
 * when empty. A query that breaks these rules cannot be made: {@link Invalid} says why, in
 * Vietnamese, for staff.
 */
public record AnalyticsQuery(LocalDate from, LocalDate to, Optional<String> channel) {

    /** The longest period, in days. */
    public static final int MAX_DAYS = 400;

    /** The period shown when none is asked for: the last 30 days, today included. */
    public static final int DEFAULT_DAYS = 30;

    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter VIETNAMESE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    public AnalyticsQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(channel, "channel");
        if (!to.isAfter(from)) {
            throw new Invalid("«Đến ngày» phải sau «Từ ngày» (kỳ báo cáo tính từ «Từ ngày» đến trước «Đến ngày»).");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new Invalid("Kỳ báo cáo dài tối đa " + MAX_DAYS + " ngày; bạn đã chọn "
                    + ChronoUnit.DAYS.between(from, to) + " ngày.");
        }
        if (channel.isPresent() && !Analytics.CHANNELS.containsKey(channel.get())) {
            throw new Invalid("Kênh không hợp lệ: «" + clip(channel.get()) + "». Chọn một trong: "
                    + String.join(", ", Analytics.CHANNELS.keySet()) + ", hoặc để trống để xem tất cả các kênh.");
        }
    }

    /**
     * The query of the console's form and CSV link: dates as {@code yyyy-MM-dd} (what a date input
     * sends) or {@code dd/MM/yyyy}; {@code to} left empty means tomorrow (today included),
     * {@code from} left empty means {@value #DEFAULT_DAYS} days before {@code to}; a channel left
     * empty or {@code all} means every channel. Throws {@link Invalid} for anything else.
     */
    public static AnalyticsQuery parse(String from, String to, String channel, LocalDate today) {
        LocalDate end = blank(to) ? today.plusDays(1) : date(to, "Đến ngày");
        LocalDate start = blank(from) ? end.minusDays(DEFAULT_DAYS) : date(from, "Từ ngày");
        String c = blank(channel) ? "" : channel.strip();
        return new AnalyticsQuery(start, end, c.isEmpty() || c.equals("all") ? Optional.empty() : Optional.of(c));
    }

    /** How many days the period has. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to);
    }

    /** The last day included. */
    public LocalDate last() {
        return to.minusDays(1);
    }

    /** The channel's name for staff, or "Tất cả các kênh". */
    public String channelLabel() {
        return channel.map(Analytics.CHANNELS::get).orElse("Tất cả các kênh");
    }

    private static LocalDate date(String text, String field) {
        String t = text.strip();
        for (DateTimeFormatter format : new DateTimeFormatter[] {ISO, VIETNAMESE}) {
            try {
                return LocalDate.parse(t, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        throw new Invalid("«" + field + "» không phải là ngày hợp lệ: «" + clip(t)
                + "». Nhập theo dạng năm-tháng-ngày (ví dụ 2026-11-30) hoặc ngày/tháng/năm (30/11/2026).");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    /** A query that cannot be made; the message says why, in Vietnamese. */
    public static final class Invalid extends IllegalArgumentException {
        public Invalid(String message) {
            super(message);
        }
    }
}
