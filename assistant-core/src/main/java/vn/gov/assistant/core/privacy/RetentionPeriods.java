package vn.gov.assistant.core.privacy;

import java.time.Duration;
import java.util.Objects;

/**
 * How long hand-off transcripts and done callback tickets are kept after they end: {@code
 * anonymous} for a web chat conversation that left no contact, {@code identified} for one that
 * can be linked to a person (a Telegram or Zalo account, or a callback ticket with a phone number
 * or email). See decision 20.
 */
public record RetentionPeriods(Duration anonymous, Duration identified) {

    public static final RetentionPeriods DEFAULT = new RetentionPeriods(Duration.ofDays(30), Duration.ofDays(90));

    public RetentionPeriods {
        Objects.requireNonNull(anonymous, "anonymous");
        Objects.requireNonNull(identified, "identified");
        if (anonymous.isNegative() || anonymous.isZero() || identified.isNegative() || identified.isZero()) {
            throw new IllegalArgumentException("retention periods must be positive");
        }
    }

    public Duration of(boolean isIdentified) {
        return isIdentified ? identified : anonymous;
    }

    /** The longer period: the most any of it is kept. */
    public Duration longest() {
        return anonymous.compareTo(identified) >= 0 ? anonymous : identified;
    }

    /** "30 ngày" (whole days), "12 giờ" below two days. */
    public static String vietnamese(Duration d) {
        return d.toHours() >= 48 ? d.toDays() + " ngày" : Math.max(1, d.toHours()) + " giờ";
    }
}
