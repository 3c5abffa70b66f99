package vn.gov.assistant.core.knowledge;

import java.util.Objects;

/** A name citizens give a procedure ("làm sổ đỏ"), added by staff; {@code code} is the procedure's. */
public record EverydayName(String name, String code) {

    public EverydayName {
        name = Objects.requireNonNull(name, "name").strip();
        code = Objects.requireNonNull(code, "code").strip();
    }
}
