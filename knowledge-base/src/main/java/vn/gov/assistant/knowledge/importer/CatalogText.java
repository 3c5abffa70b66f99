package vn.gov.assistant.knowledge.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.assistant.knowledge.procedure.Fee;
import vn.gov.assistant.knowledge.procedure.ProcessingTime;
import vn.gov.assistant.knowledge.procedure.TimeUnit;

/**
 * How the catalog writes times and fees ("3 Ngày làm việc", "7,000 Việt Nam Đồng", "10 USD",
 * "Miễn phí"), read the same way by every importer. Nothing is guessed: what cannot be read is
 * kept as text.
 */
public final class CatalogText {

    public static final String NO_INFORMATION = "Không có thông tin";

    /** A number and an optional unit at the start of a cell. */
    public static final Pattern TIME = Pattern.compile(
            "^(\\d+(?:[.,]\\d+)?)\\s*(Ngày làm việc|Ngày|Giờ làm việc|Giờ|Tháng|Năm)?", Pattern.CASE_INSENSITIVE);

    /** An amount and its currency at the start of a cell. */
    public static final Pattern FEE =
            Pattern.compile("^(\\d[\\d.,]*)\\s*(Việt Nam Đồng|VNĐ|VND|Đồng|USD)", Pattern.CASE_INSENSITIVE);

    private CatalogText() {}

    public static TimeUnit unit(String label) {
        if (label == null) {
            return TimeUnit.UNKNOWN;
        }
        return switch (label.strip().toLowerCase(Locale.ROOT)) {
            case "ngày làm việc" -> TimeUnit.WORKING_DAYS;
            case "ngày" -> TimeUnit.DAYS;
            case "giờ", "giờ làm việc" -> TimeUnit.HOURS;
            case "tháng" -> TimeUnit.MONTHS;
            case "năm" -> TimeUnit.YEARS;
            default -> TimeUnit.UNKNOWN;
        };
    }

    public static String currency(String label) {
        return label.strip().equalsIgnoreCase("USD") ? "USD" : Fee.VND;
    }

    /** "7,000" and "7.000" are seven thousand dong; a dollar amount keeps a decimal point. */
    public static BigDecimal amount(String digits, String currency) {
        if (currency.equals("USD") && digits.matches("\\d+\\.\\d{1,2}")) {
            return new BigDecimal(digits);
        }
        return new BigDecimal(digits.replace(",", "").replace(".", ""));
    }

    /** A time cell such as "7 Ngày làm việc"; unknown (with the text kept) when unreadable. */
    public static ProcessingTime time(String cell) {
        String text = cell == null ? "" : cell.strip();
        Matcher m = TIME.matcher(text);
        if (!m.lookingAt()) {
            return ProcessingTime.unknown(text);
        }
        return new ProcessingTime(new BigDecimal(m.group(1).replace(',', '.')), unit(m.group(2)), text);
    }

    /**
     * A fee cell holding one fee or several ("Phí: 50.000 Đồng (cấp mới) Lệ phí: 25 USD"), or
     * "Miễn phí". Text without any amount becomes one fee of unknown amount with the text as
     * its conditions; an empty cell means no fee information.
     */
    public static List<Fee> fees(String cell) {
        String text = cell == null ? "" : cell.strip();
        if (text.isEmpty() || text.equals(NO_INFORMATION)) {
            return List.of();
        }
        if (text.toLowerCase(Locale.ROOT).startsWith("miễn phí")) {
            return List.of(Fee.free(text.substring("miễn phí".length()).strip()));
        }
        List<Fee> fees = new ArrayList<>();
        Matcher m = Pattern.compile("(\\d[\\d.,]*)\\s*(Việt Nam Đồng|VNĐ|VND|Đồng|USD)", Pattern.CASE_INSENSITIVE)
                .matcher(text);
        int previous = 0;
        while (m.find()) {
            String label = text.substring(previous, m.start()).strip();
            String currency = currency(m.group(2));
            fees.add(new Fee(amount(m.group(1), currency), currency, label));
            previous = m.end();
        }
        if (fees.isEmpty()) {
            return List.of(new Fee(null, Fee.VND, text));
        }
        return fees;
    }
}
