package vn.gov.assistant.knowledge.procedure;

import java.util.Objects;
import java.util.regex.Pattern;

/** The catalog's procedure code (mã thủ tục), e.g. {@code 1.004194}. */
public record ProcedureCode(String value) implements Comparable<ProcedureCode> {

    private static final Pattern SHAPE = Pattern.compile("\\d{1,2}\\.\\d{6}");

    public ProcedureCode {
        Objects.requireNonNull(value, "procedure code");
        value = value.strip();
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a procedure code (expected e.g. 1.004194): '" + value + "'");
        }
    }

    public static ProcedureCode of(String value) {
        return new ProcedureCode(value);
    }

    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value.strip()).matches();
    }

    @Override
    public int compareTo(ProcedureCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
