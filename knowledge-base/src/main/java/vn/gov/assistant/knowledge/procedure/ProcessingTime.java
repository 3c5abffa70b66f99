package vn.gov.assistant.knowledge.procedure;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a submission channel takes. The value or the unit may be unknown when the source lost
 * them: they are never guessed. {@code text} keeps what the source said, for citation.
 */
public record ProcessingTime(BigDecimal value, TimeUnit unit, String text) {

    public ProcessingTime {
        Objects.requireNonNull(unit, "unit");
        text = text == null ? "" : text.strip();
        if (value != null && value.signum() < 0) {
            throw new IllegalArgumentException("processing time must not be negative: " + value);
        }
    }

    public static ProcessingTime unknown(String text) {
        return new ProcessingTime(null, TimeUnit.UNKNOWN, text);
    }

    public Optional<BigDecimal> amount() {
        return Optional.ofNullable(value);
    }

    public boolean isKnown() {
        return value != null && unit != TimeUnit.UNKNOWN;
    }

    /** Vietnamese rendering, e.g. "3 ngày làm việc"; unknown parts are said to be unknown. */
    public String describe() {
        if (value == null) {
            return text.isEmpty() ? "chưa có thông tin" : text;
        }
        String number = value.stripTrailingZeros().toPlainString();
        return unit == TimeUnit.UNKNOWN ? number + " (nguồn không ghi đơn vị thời gian)" : number + " " + unit.label();
    }
}
