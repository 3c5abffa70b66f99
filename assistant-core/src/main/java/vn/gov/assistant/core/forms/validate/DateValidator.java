package vn.gov.assistant.core.forms.validate;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.assistant.core.forms.FormField;

/**
 * A calendar date, stored as {@code dd/MM/yyyy}. Accepted: day, month and year separated by
 * {@code /}, {@code -}, {@code .} or spaces (one or two digits for day and month, "05/03/2024",
 * "5-3-2024", "5.3.2024"); in words, with or without diacritics ("5 tháng 3 năm 2024", "ngày 5
 * tháng 3 năm 2024", "mùng 5 tháng ba năm 2024", "05 thang 3 nam 2024", "5 thg 3 2024"); eight digits
 * "05032024"; and ISO "2024-03-05". A two-digit year is refused (which century is not guessed),
 * so are impossible dates (31/02, with the reason), years before 1900, and dates after today
 * unless the field allows the future.
 */
final class DateValidator {

    static final int FIRST_YEAR = 1900;

    /** How far ahead a date that may lie in the future may lie. */
    static final int MAX_YEARS_AHEAD = 100;

    static final DateTimeFormatter STORED = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private static final String EXAMPLE = "ví dụ: 05/03/2024 hoặc 5 tháng 3 năm 2024";

    private static final String DAY_WORD = "(?:(?:ngay|mung|mong)\\s+)*";

    private static final Pattern NUMERIC = Pattern.compile(DAY_WORD + "(\\d{1,2}) (\\d{1,2}) (\\d+)");
    private static final Pattern IN_WORDS = Pattern.compile(DAY_WORD + "(\\d{1,2}) thang (\\d{1,2}) (?:nam )?(\\d+)");

    /**
     * A month in words needs "năm" before the year: "5 tháng năm 2024" is more likely a missing
     * month than May.
     */
    private static final Pattern MONTH_IN_WORDS = Pattern.compile(DAY_WORD
            + "(\\d{1,2}) thang (muoi mot|muoi hai|mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi)"
            + " nam (\\d+)");

    private static final Pattern EIGHT_DIGITS = Pattern.compile("(\\d{2})(\\d{2})(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?:thang )?\\d{1,2} (?:nam )?\\d{4}|(?:nam )?\\d{4}");

    /**
     * Month words (folded), the month being the index plus one. "Tháng giêng" and "tháng chạp" are
     * left out: they name months of the lunar calendar.
     */
    private static final List<List<String>> MONTHS = List.of(
            List.of("mot"),
            List.of("hai"),
            List.of("ba"),
            List.of("bon", "tu"),
            List.of("nam"),
            List.of("sau"),
            List.of("bay"),
            List.of("tam"),
            List.of("chin"),
            List.of("muoi"),
            List.of("muoi mot"),
            List.of("muoi hai"));

    Checked check(FormField field, String raw, LocalDate today) {
        String value = Answers.clean(raw);
        if (value.endsWith(".")) {
            value = value.substring(0, value.length() - 1).strip();
        }
        if (value.isEmpty()) {
            return Answers.empty(field);
        }
        String day;
        String month;
        String year;
        Matcher m;
        String key =
                (" " + Answers.key(value) + " ").replace(" thg ", " thang ").strip();
        if ((m = ISO.matcher(value)).matches()) {
            year = m.group(1);
            month = m.group(2);
            day = m.group(3);
        } else if ((m = NUMERIC.matcher(key)).matches()
                || (m = IN_WORDS.matcher(key)).matches()
                || (m = MONTH_IN_WORDS.matcher(key)).matches()
                || (m = EIGHT_DIGITS.matcher(key)).matches()) {
            day = m.group(1);
            month = m.group(2);
            year = m.group(3);
        } else if (MONTH_YEAR.matcher(key).matches()) {
            return Checked.invalid("Bạn ghi đủ ngày, tháng và năm giúp tôi (" + EXAMPLE + ").");
        } else {
            return Checked.invalid("Ngày chưa đúng dạng; bạn ghi theo thứ tự ngày/tháng/năm (" + EXAMPLE + ").");
        }
        int monthNumber = monthNumber(month);
        if (monthNumber < 0) {
            return Checked.invalid("Ngày chưa đúng dạng; bạn ghi theo thứ tự ngày/tháng/năm (" + EXAMPLE + ").");
        }
        if (year.length() == 2) {
            return Checked.invalid(
                    "Bạn ghi năm đủ 4 chữ số giúp tôi (ví dụ 2024 chứ không phải 24), để không nhầm thế kỷ.");
        }
        if (year.length() != 4) {
            return Checked.invalid("Năm phải có 4 chữ số (" + EXAMPLE + ").");
        }
        int y = Integer.parseInt(year);
        int d = Integer.parseInt(day);
        if (monthNumber < 1 || monthNumber > 12) {
            return Checked.invalid("Không có tháng " + monthNumber
                    + ": tháng chỉ từ 1 đến 12. Bạn kiểm tra lại giúp tôi" + " (ghi theo thứ tự ngày/tháng/năm).");
        }
        if (d < 1 || d > 31) {
            return Checked.invalid("Không có ngày " + d + ": ngày chỉ từ 1 đến 31. Bạn kiểm tra lại giúp tôi.");
        }
        if (y < FIRST_YEAR) {
            return Checked.invalid("Năm phải từ " + FIRST_YEAR + " trở về sau; bạn kiểm tra lại giúp tôi.");
        }
        int days = Year.of(y).atMonth(monthNumber).lengthOfMonth();
        if (d > days) {
            String leap = monthNumber == 2 && days == 28 ? " (năm " + y + " không phải năm nhuận)" : "";
            return Checked.invalid("Không có ngày " + d + "/" + monthNumber + "/" + y + ": tháng " + monthNumber
                    + " năm " + y + " chỉ có " + days + " ngày" + leap + ". Bạn kiểm tra lại giúp tôi.");
        }
        LocalDate date = LocalDate.of(y, monthNumber, d);
        if (date.isAfter(today) && !field.futureAllowed()) {
            return Checked.invalid("Ngày " + date.format(STORED) + " còn ở tương lai (hôm nay là "
                    + today.format(STORED) + "); bạn kiểm tra lại giúp tôi.");
        }
        if (date.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            return Checked.invalid("Ngày " + date.format(STORED) + " xa quá; bạn kiểm tra lại năm giúp tôi.");
        }
        return Checked.ok(date.format(STORED));
    }

    /** The month written in digits or words, -1 when it is neither. */
    private static int monthNumber(String month) {
        if (month.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(month);
        }
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTHS.get(i).contains(month)) {
                return i + 1;
            }
        }
        return -1;
    }
}
