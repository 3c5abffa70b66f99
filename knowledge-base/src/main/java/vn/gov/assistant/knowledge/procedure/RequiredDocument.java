package vn.gov.assistant.knowledge.procedure;

import java.util.Objects;

/**
 * A document in the file (thành phần hồ sơ). {@code caseGroup} names the case it belongs to when
 * the source groups documents by case ("Trường hợp ..."); counts are null when the source has none.
 */
public record RequiredDocument(
        String name, String formName, String formUrl, Integer originals, Integer copies, String caseGroup) {

    public RequiredDocument {
        Objects.requireNonNull(name, "document name");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("document name must not be blank");
        }
        formName = blankToEmpty(formName);
        formUrl = blankToEmpty(formUrl);
        caseGroup = blankToEmpty(caseGroup);
        if ((originals != null && originals < 0) || (copies != null && copies < 0)) {
            throw new IllegalArgumentException("document counts must not be negative: " + name);
        }
    }

    public boolean hasForm() {
        return !formName.isEmpty() || !formUrl.isEmpty();
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
