package vn.gov.assistant.core.knowledge;

import java.util.Objects;

/** A short form or old term citizens write ("cccd", "hộ khẩu") and what it stands for. */
public record Abbreviation(String shortForm, String expansion) {

    public Abbreviation {
        shortForm = Objects.requireNonNull(shortForm, "shortForm").strip();
        expansion = Objects.requireNonNull(expansion, "expansion").strip();
    }
}
