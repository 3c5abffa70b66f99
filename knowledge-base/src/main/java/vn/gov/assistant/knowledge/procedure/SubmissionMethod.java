package vn.gov.assistant.knowledge.procedure;

import java.text.Normalizer;
import java.util.Locale;

/** How a file can be submitted (hình thức nộp). */
public enum SubmissionMethod {
    ONLINE("Trực tuyến"),
    IN_PERSON("Trực tiếp"),
    POSTAL("Dịch vụ bưu chính"),
    OTHER("Khác");

    private final String label;

    SubmissionMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static SubmissionMethod fromLabel(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC)
                .strip()
                .toLowerCase(Locale.ROOT);
        if (s.startsWith("trực tuyến")) {
            return ONLINE;
        }
        if (s.startsWith("trực tiếp")) {
            return IN_PERSON;
        }
        if (s.contains("bưu chính")) {
            return POSTAL;
        }
        return OTHER;
    }
}
