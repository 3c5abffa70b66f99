package vn.gov.assistant.knowledge.procedure;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The tier of government that carries out a procedure (cấp thực hiện). Since 1 July 2025 there is
 * no district tier; old records that name it keep {@link #DISTRICT} so answers can explain it.
 */
public enum Level {
    MINISTRY("Cấp bộ"),
    PROVINCE("Cấp tỉnh"),
    DISTRICT("Cấp huyện"),
    COMMUNE("Cấp xã"),
    OTHER("Cơ quan khác");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    /** The Vietnamese label shown to citizens and staff. */
    public String label() {
        return label;
    }

    /** Reads a catalog label such as "Cấp xã" or "Cấp Tỉnh"; anything unknown is {@link #OTHER}. */
    public static Level fromLabel(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC)
                .strip()
                .toLowerCase(Locale.ROOT);
        if (s.contains("bộ") || s.contains("trung ương")) {
            return MINISTRY;
        }
        if (s.contains("tỉnh")) {
            return PROVINCE;
        }
        if (s.contains("huyện")) {
            return DISTRICT;
        }
        if (s.contains("xã")) {
            return COMMUNE;
        }
        return OTHER;
    }
}
