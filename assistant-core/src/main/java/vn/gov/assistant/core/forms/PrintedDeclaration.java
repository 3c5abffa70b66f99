package vn.gov.assistant.core.forms;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.gov.assistant.knowledge.text.VietnameseText;

/**
 * What a filled declaration shows, in reading order, whatever it is printed with (the PDF and the
 * print-ready page lay out the same content): the national header, the form's title in capitals,
 * its source, the addressee line, the sections and fields that apply to these answers, the place
 * and date line, the signature block and a footer note.
 *
 * <p>A section or field whose condition does not hold is left out. A field without an answer keeps
 * its label and a {@code null} value, which is printed as a dotted line for the citizen to write
 * by hand.
 *
 * @param sections only the sections that apply, each with only the fields that apply
 */
public record PrintedDeclaration(
        String title, String source, String addresseeLine, List<Section> sections, String dateLine) {

    public static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    public static final String SIGNER = "NGƯỜI YÊU CẦU";
    public static final String SIGNATURE_HINT = "(Ký, ghi rõ họ, chữ đệm, tên)";
    public static final String FOOTER = "Bản điền sẵn do Trợ lý dịch vụ công tạo; vui lòng kiểm tra lại trước khi ký.";
    /** Stands for a blank to be written by hand where a line cannot be drawn (place, date). */
    public static final String BLANK = "…………";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    /** One printed section: its title and its lines. */
    public record Section(String title, List<Line> lines) {
        public Section {
            lines = List.copyOf(lines);
        }
    }

    /** One "Label: value" line; {@code value} is {@code null} when the citizen writes it by hand. */
    public record Line(String label, String value) {
        public boolean blank() {
            return value == null;
        }
    }

    public PrintedDeclaration {
        sections = List.copyOf(sections);
    }

    /**
     * The content of {@code form} filled with {@code values} (keyed {@code section.field}), signed
     * at {@code place} on {@code date}; a missing place or date is left blank to write by hand.
     */
    public static PrintedDeclaration of(FormDefinition form, Map<String, String> values, LocalDate date, String place) {
        Map<String, String> answers = values == null ? Map.of() : values;
        List<Section> sections = new ArrayList<>();
        for (FormSection s : form.sections()) {
            if (!applies(s.condition(), answers)) {
                continue;
            }
            List<Line> lines = new ArrayList<>();
            for (FormField f : s.fields()) {
                if (applies(f.condition(), answers)) {
                    lines.add(new Line(label(f.label()), text(answers.get(s.key(f)))));
                }
            }
            if (!lines.isEmpty()) {
                sections.add(new Section(clean(s.title()), lines));
            }
        }
        return new PrintedDeclaration(
                clean(form.title()).toUpperCase(VIETNAMESE),
                clean(form.source()),
                addresseeLine(form.addressee()),
                sections,
                dateLine(date, place));
    }

    /** "Hà Nội, ngày 05 tháng 03 năm 2026"; blanks for what is not known. */
    static String dateLine(LocalDate date, String place) {
        String where = text(place);
        String head = where == null ? BLANK : where;
        if (date == null) {
            return head + ", ngày " + BLANK + " tháng " + BLANK + " năm " + BLANK;
        }
        return "%s, ngày %02d tháng %02d năm %d"
                .formatted(head, date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** "Kính gửi: …", whether or not the definition already starts with it. */
    static String addresseeLine(String addressee) {
        String a = text(addressee);
        if (a == null) {
            return "Kính gửi: " + BLANK;
        }
        return VietnameseText.fold(a).startsWith("kinh gui") ? a : "Kính gửi: " + a;
    }

    private static boolean applies(FieldCondition condition, Map<String, String> values) {
        return condition == null || condition.holds(values);
    }

    /** The label without a trailing colon, which the line adds. */
    private static String label(String label) {
        String l = clean(label);
        while (l.endsWith(":")) {
            l = l.substring(0, l.length() - 1).strip();
        }
        return l;
    }

    /** A printable answer, or null when there is none. */
    private static String text(String value) {
        if (value == null) {
            return null;
        }
        String v = clean(value);
        return v.isEmpty() ? null : v;
    }

    /** Composed (NFC) so every letter has its precomposed glyph; one space between words. */
    private static String clean(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC)
                .replaceAll("\\s+", " ")
                .strip();
    }
}
