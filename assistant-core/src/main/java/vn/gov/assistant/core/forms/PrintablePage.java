package vn.gov.assistant.core.forms;

import java.time.LocalDate;
import java.util.Map;

/**
 * A filled declaration as a self-contained, print-ready HTML page (A4, no external assets), with
 * a button "In tờ khai" that opens the browser's print dialog and is hidden on paper. It shows
 * the same content as the PDF ({@link PrintedDeclaration}); every text is HTML-escaped.
 */
public final class PrintablePage {

    private static final String STYLE =
            """
            @page { size: A4; margin: 20mm 20mm 25mm 30mm; }
            * { box-sizing: border-box; }
            html { background: #e5e5e5; }
            body { margin: 0; font-family: "Times New Roman", Times, "DejaVu Serif", serif;
                   font-size: 13pt; line-height: 1.45; color: #000; }
            .toolbar { text-align: center; padding: 12px; }
            .toolbar button { font: inherit; font-size: 12pt; padding: 8px 24px; cursor: pointer; }
            .page { width: 210mm; min-height: 297mm; margin: 0 auto 24px; background: #fff;
                    padding: 20mm 20mm 25mm 30mm; box-shadow: 0 1px 6px rgba(0, 0, 0, .3); }
            .nation { text-align: center; font-weight: bold; margin: 0; }
            .rule { width: 35%; margin: 4px auto 18px; border: 0; border-top: 1px solid #000; }
            h1 { text-align: center; font-size: 14pt; margin: 0; }
            .source { text-align: center; font-size: 10pt; margin: 2px 0 0; }
            .addressee { text-align: center; margin: 14px 0 8px; }
            h2 { font-size: 13pt; margin: 12px 0 2px; break-after: avoid; page-break-after: avoid; }
            .line { display: flex; margin: 0 0 2px 10px; }
            .label { white-space: nowrap; margin-right: .3em; }
            .value { font-weight: bold; }
            .dots { flex: 1; border-bottom: 1px dotted #000; margin-bottom: .35em; }
            .signature { margin: 24px 0 0 40%; text-align: center; min-height: 45mm;
                         break-inside: avoid; page-break-inside: avoid; }
            .signature p { margin: 0; }
            .date { font-style: italic; }
            .signer { font-weight: bold; margin-top: 4px !important; }
            .hint { font-style: italic; font-size: 11pt; }
            .note { font-size: 9pt; text-align: center; margin-top: 12mm; }
            @media print {
              html { background: none; }
              .no-print { display: none !important; }
              .page { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
            }
            """;

    private PrintablePage() {}

    /**
     * The page of {@code form} filled with {@code values} (keyed {@code section.field}), with
     * "{@code place}, ngày dd tháng mm năm yyyy" for {@code date} above the signature.
     */
    public static String html(FormDefinition form, Map<String, String> values, LocalDate date, String place) {
        PrintedDeclaration content = PrintedDeclaration.of(form, values, date, place);
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(escape(content.title()))
                .append("</title>\n<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        h.append("<div class=\"toolbar no-print\">")
                .append("<button type=\"button\" onclick=\"window.print()\">In tờ khai</button></div>\n");
        h.append("<main class=\"page\">\n");
        h.append("<p class=\"nation\">")
                .append(escape(PrintedDeclaration.NATION))
                .append("</p>\n<p class=\"nation\">")
                .append(escape(PrintedDeclaration.MOTTO))
                .append("</p>\n<hr class=\"rule\">\n");
        h.append("<h1>").append(escape(content.title())).append("</h1>\n");
        if (!content.source().isEmpty()) {
            h.append("<p class=\"source\">").append(escape(content.source())).append("</p>\n");
        }
        h.append("<p class=\"addressee\">")
                .append(escape(content.addresseeLine()))
                .append("</p>\n");
        for (PrintedDeclaration.Section section : content.sections()) {
            h.append("<section>\n<h2>").append(escape(section.title())).append("</h2>\n");
            for (PrintedDeclaration.Line line : section.lines()) {
                h.append("<p class=\"line\"><span class=\"label\">")
                        .append(escape(line.label()))
                        .append(":</span>");
                if (line.blank()) {
                    h.append("<span class=\"dots\" title=\"Viết tay\"></span>");
                } else {
                    h.append("<span class=\"value\">")
                            .append(escape(line.value()))
                            .append("</span>");
                }
                h.append("</p>\n");
            }
            h.append("</section>\n");
        }
        h.append("<div class=\"signature\">\n<p class=\"date\">")
                .append(escape(content.dateLine()))
                .append("</p>\n<p class=\"signer\">")
                .append(escape(PrintedDeclaration.SIGNER))
                .append("</p>\n<p class=\"hint\">")
                .append(escape(PrintedDeclaration.SIGNATURE_HINT))
                .append("</p>\n</div>\n");
        h.append("<p class=\"note\">")
                .append(escape(PrintedDeclaration.FOOTER))
                .append("</p>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    /** Text for an element's content or a quoted attribute. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
