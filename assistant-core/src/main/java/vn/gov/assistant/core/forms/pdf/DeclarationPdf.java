package vn.gov.assistant.core.forms.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.DottedLineSeparator;
import org.openpdf.text.pdf.draw.DrawInterface;
import org.openpdf.text.pdf.draw.LineSeparator;
import vn.gov.assistant.core.forms.FormDefinition;
import vn.gov.assistant.core.forms.PrintedDeclaration;
import vn.gov.assistant.core.forms.PrintedDeclaration.Line;
import vn.gov.assistant.core.forms.PrintedDeclaration.Section;

/**
 * A filled declaration as an A4 PDF for the citizen to print, check and sign (the content is
 * {@link PrintedDeclaration}'s). The text is set in the bundled DejaVu Sans, embedded as a subset
 * with Identity-H encoding, so every Vietnamese letter prints and can be copied or searched.
 *
 * <p>Nothing here logs: the values are personal data.
 */
public final class DeclarationPdf {

    private static final String REGULAR = "forms/fonts/DejaVuSans.ttf";
    private static final String BOLD = "forms/fonts/DejaVuSans-Bold.ttf";

    private static final float MM = 72f / 25.4f;

    /** The font files, read once; each document makes its own font objects from them. */
    private static final class FontFiles {
        static final byte[] REGULAR_TTF = resource(REGULAR);
        static final byte[] BOLD_TTF = resource(BOLD);
    }

    private DeclarationPdf() {}

    /**
     * The PDF of {@code form} filled with {@code values} (keyed {@code section.field}), with
     * "{@code place}, ngày dd tháng mm năm yyyy" for {@code date} above the signature.
     */
    public static byte[] render(FormDefinition form, Map<String, String> values, LocalDate date, String place) {
        PrintedDeclaration content = PrintedDeclaration.of(form, values, date, place);
        try {
            return write(content);
        } catch (DocumentException e) {
            // the message names layout problems only, never a value
            throw new IllegalStateException("could not lay out declaration " + form.id(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write declaration " + form.id(), e);
        }
    }

    private static byte[] write(PrintedDeclaration content) throws IOException {
        BaseFont regular = font(REGULAR, FontFiles.REGULAR_TTF);
        BaseFont bold = font(BOLD, FontFiles.BOLD_TTF);
        Font header = new Font(bold, 12);
        Font title = new Font(bold, 13);
        Font small = new Font(regular, 9);
        Font text = new Font(regular, 11);
        Font strong = new Font(bold, 11);
        Font footer = new Font(regular, 8);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 30 * MM, 20 * MM, 20 * MM, 25 * MM);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(new Footer(new Phrase(PrintedDeclaration.FOOTER, footer)));
        doc.addTitle(content.title());
        doc.addCreator("Trợ lý dịch vụ công");
        doc.setDocumentLanguage("vi");
        doc.open();

        doc.add(centred(PrintedDeclaration.NATION, header, 0));
        doc.add(centred(PrintedDeclaration.MOTTO, header, 0));
        Paragraph rule = new Paragraph("", text);
        rule.add(drawn(new LineSeparator(0.8f, 35, null, Element.ALIGN_CENTER, 0), text));
        rule.setSpacingAfter(14);
        doc.add(rule);

        doc.add(centred(content.title(), title, 0));
        if (!content.source().isEmpty()) {
            doc.add(centred(content.source(), small, 2));
        }

        Paragraph addressee = new Paragraph(content.addresseeLine(), text);
        addressee.setAlignment(Element.ALIGN_CENTER);
        addressee.setSpacingBefore(12);
        addressee.setSpacingAfter(6);
        doc.add(addressee);

        for (Section section : content.sections()) {
            Paragraph heading = new Paragraph(section.title(), strong);
            heading.setSpacingBefore(8);
            heading.setSpacingAfter(2);
            doc.add(heading);
            for (Line line : section.lines()) {
                doc.add(line(line, text, strong));
            }
        }

        doc.add(signature(content.dateLine(), text, strong, small));
        doc.close();
        return out.toByteArray();
    }

    /** "Label: value", or "Label:" followed by dots to the margin when there is no value. */
    private static Paragraph line(Line line, Font text, Font strong) {
        Paragraph p = new Paragraph(16, "", text);
        p.setSpacingAfter(2);
        p.setIndentationLeft(8);
        p.add(new Chunk(line.label() + ": ", text));
        if (line.blank()) {
            DottedLineSeparator dots = new DottedLineSeparator();
            dots.setGap(3);
            dots.setOffset(-2);
            p.add(drawn(dots, text));
        } else {
            p.add(new Chunk(line.value(), strong));
        }
        return p;
    }

    /** Place and date, the signer and the hint, centred in the right half of the page. */
    private static PdfPTable signature(String dateLine, Font text, Font strong, Font small) {
        PdfPTable table = new PdfPTable(new float[] {4, 6});
        table.setWidthPercentage(100);
        table.setSpacingBefore(18);
        table.setKeepTogether(true);
        table.addCell(empty());
        PdfPCell right = empty();
        right.addElement(centred(dateLine, text, 0));
        right.addElement(centred(PrintedDeclaration.SIGNER, strong, 6));
        right.addElement(centred(PrintedDeclaration.SIGNATURE_HINT, small, 0));
        right.setPaddingBottom(70);
        table.addCell(right);
        return table;
    }

    /** A line drawn across the rest of the text line, in the document's font (not a default one). */
    private static Chunk drawn(DrawInterface line, Font font) {
        Chunk chunk = new Chunk(line);
        chunk.setFont(font);
        return chunk;
    }

    private static PdfPCell empty() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static Paragraph centred(String s, Font font, float spacingBefore) {
        Paragraph p = new Paragraph(s, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(spacingBefore);
        return p;
    }

    /** The note at the foot of every page. */
    private static final class Footer extends PdfPageEventHelper {
        private final Phrase note;

        Footer(Phrase note) {
            this.note = note;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            float x = (document.left() + document.right()) / 2;
            ColumnText.showTextAligned(
                    writer.getDirectContent(), Element.ALIGN_CENTER, note, x, document.bottom() - 12 * MM, 0);
        }
    }

    /** A TrueType font from the bundled bytes, embedded (as a subset) with Identity-H encoding. */
    private static BaseFont font(String name, byte[] ttf) throws IOException {
        return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
    }

    private static byte[] resource(String path) {
        try (InputStream in = DeclarationPdf.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
