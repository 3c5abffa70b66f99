package vn.gov.assistant.knowledge.procedure;

import java.math.BigDecimal;

/**
 * A fee or charge (phí, lệ phí). {@code amount} is null when the source gives none; a free
 * procedure has amount zero. {@code conditions} is the source's own wording of when it applies.
 */
public record Fee(BigDecimal amount, String currency, String conditions) {

    public static final String VND = "VND";

    public Fee {
        currency = currency == null || currency.isBlank() ? VND : currency.strip();
        conditions = conditions == null ? "" : conditions.strip();
        if (amount != null && amount.signum() < 0) {
            throw new IllegalArgumentException("fee must not be negative: " + amount);
        }
    }

    public static Fee free(String conditions) {
        return new Fee(BigDecimal.ZERO, VND, conditions);
    }

    public boolean isFree() {
        return amount != null && amount.signum() == 0;
    }

    /** Vietnamese rendering, e.g. "7.000 đồng" or "Miễn phí". */
    public String describe() {
        if (amount == null) {
            return conditions.isEmpty() ? "chưa có thông tin" : conditions;
        }
        if (isFree()) {
            return "Miễn phí";
        }
        String number =
                String.format(java.util.Locale.ROOT, "%,d", amount.longValue()).replace(',', '.');
        if (amount.stripTrailingZeros().scale() > 0) {
            number = amount.stripTrailingZeros().toPlainString();
        }
        return VND.equals(currency) ? number + " đồng" : number + " " + currency;
    }
}
