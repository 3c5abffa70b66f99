package vn.gov.assistant.core.forms.validate;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gov.assistant.core.forms.FormField;

/**
 * A personal identification number (số định danh cá nhân, printed on the citizen identity card):
 * 12 digits, which may be grouped by spaces, dots or hyphens, stored as the 12 digits. Its parts
 * are checked as Thông tư 07/2016/TT-BCA sets them: the first three are the code of the province
 * where the birth was registered, the fourth gives the century of birth and the sex (0 male, 1
 * female born 1900-1999; 2 and 3 for 2000-2099; 4 and 5 for 2100-2199; and so on), the fifth
 * and sixth the last two digits of the year of birth, which may not lie in the future.
 *
 * <p>The number itself never goes into a message, an exception or a log.
 */
public final class PidValidator {

    /** The sex the fourth digit gives. */
    public enum Sex {
        MALE,
        FEMALE;

        /** "Nam"/"nam" is male, "Nữ"/"nu" female (the stored answers of a sex field), anything else empty. */
        public static Optional<Sex> fromAnswer(String answer) {
            if (answer == null) {
                return Optional.empty();
            }
            String a = Answers.clean(answer);
            if (Answers.loosely(a, "nam") || Answers.loosely(a, "giới tính nam")) {
                return Optional.of(MALE);
            }
            if (Answers.loosely(a, "nữ") || Answers.loosely(a, "giới tính nữ")) {
                return Optional.of(FEMALE);
            }
            return Optional.empty();
        }

        String vietnamese() {
            return this == MALE ? "nam" : "nữ";
        }
    }

    /**
     * What a well-formed number says about its holder.
     *
     * @param provinceCode the three-digit code of the province of birth registration
     * @param province that province's name (as in 2016)
     */
    public record Decoded(String provinceCode, String province, int birthYear, Sex sex) {}

    public static final int DIGITS = 12;

    private static final Map<String, String> PROVINCE_CODES = load();

    private static Map<String, String> load() {
        Map<String, String> codes = new LinkedHashMap<>();
        for (List<String> row : Tsv.read("places/pid-province-codes.tsv", 2)) {
            codes.put(row.get(0), row.get(1));
        }
        return Map.copyOf(codes);
    }

    Checked check(FormField field, String raw, LocalDate today) {
        String value = Answers.clean(raw);
        if (value.isEmpty()) {
            return Answers.empty(field);
        }
        String digits = value.replaceAll("[\\s.\\-]", "");
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Checked.invalid("Số định danh cá nhân chỉ gồm 12 chữ số (có thể cách nhau bằng dấu cách hoặc dấu"
                    + " chấm); bạn ghi lại giúp tôi nhé.");
        }
        if (digits.length() == 9) {
            return Checked.invalid("Đây có vẻ là số chứng minh nhân dân cũ (9 số). Bạn ghi số định danh cá nhân 12 số"
                    + " (in trên thẻ căn cước hoặc căn cước công dân) giúp tôi nhé.");
        }
        if (digits.length() != DIGITS) {
            return Checked.invalid("Số định danh cá nhân có đúng 12 chữ số, bạn đã ghi " + digits.length()
                    + " chữ số; bạn kiểm tra lại giúp tôi nhé.");
        }
        String code = digits.substring(0, 3);
        if (!PROVINCE_CODES.containsKey(code)) {
            return Checked.invalid("3 số đầu phải là mã tỉnh nơi đăng ký khai sinh, " + code
                    + " không phải mã tỉnh; bạn kiểm tra lại giúp tôi nhé.");
        }
        int year = birthYear(digits);
        if (year > today.getYear()) {
            return Checked.invalid("Số thứ 4 (thế kỷ sinh và giới tính) cùng hai số thứ 5 và 6 (năm sinh) cho năm sinh "
                    + year + ", là năm chưa tới; bạn kiểm tra lại giúp tôi nhé.");
        }
        return Checked.ok(digits);
    }

    /**
     * What a number says (province, year of birth, sex), empty when it is not 12 digits (spaces,
     * dots and hyphens ignored) with a known province code.
     */
    public static Optional<Decoded> decode(String pid) {
        if (pid == null) {
            return Optional.empty();
        }
        String digits = pid.replaceAll("[\\s.\\-]", "");
        if (!digits.matches("\\d{12}") || !PROVINCE_CODES.containsKey(digits.substring(0, 3))) {
            return Optional.empty();
        }
        String code = digits.substring(0, 3);
        Sex sex = (digits.charAt(3) - '0') % 2 == 0 ? Sex.MALE : Sex.FEMALE;
        return Optional.of(new Decoded(code, PROVINCE_CODES.get(code), birthYear(digits), sex));
    }

    /**
     * Why a number does not fit what else is known of its holder, in Vietnamese, or empty when it
     * fits: the year of birth it gives against {@code birthDate}, the sex against {@code sex}.
     * Either may be {@code null} when not known; a malformed number is reported as such.
     */
    public static Optional<String> inconsistency(String pid, LocalDate birthDate, Sex sex) {
        Optional<Decoded> decoded = decode(pid);
        if (decoded.isEmpty()) {
            return Optional.of("Số định danh cá nhân chưa đúng (phải có 12 chữ số, 3 số đầu là mã tỉnh nơi đăng ký"
                    + " khai sinh).");
        }
        Decoded d = decoded.get();
        if (birthDate != null && birthDate.getYear() != d.birthYear()) {
            return Optional.of("Số định danh cá nhân cho biết năm sinh " + d.birthYear()
                    + " nhưng ngày sinh đã khai là " + birthDate.format(DateValidator.STORED)
                    + "; bạn kiểm tra lại một trong hai giúp tôi nhé.");
        }
        if (sex != null && sex != d.sex()) {
            return Optional.of("Số thứ 4 của số định danh cá nhân cho biết giới tính "
                    + d.sex().vietnamese() + " nhưng giới tính đã khai là " + sex.vietnamese()
                    + "; bạn kiểm tra lại một trong hai giúp tôi nhé.");
        }
        return Optional.empty();
    }

    /** The year of birth of a 12-digit number: the fourth digit gives the century, the next two the year. */
    private static int birthYear(String digits) {
        int century = (digits.charAt(3) - '0') / 2;
        return 1900 + century * 100 + Integer.parseInt(digits.substring(4, 6));
    }
}
