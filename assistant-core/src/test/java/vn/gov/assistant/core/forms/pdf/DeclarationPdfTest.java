package vn.gov.assistant.core.forms.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import vn.gov.assistant.core.forms.SampleDeclaration;

/** Renders the sample declaration and reads the PDF back with OpenPDF's own text extractor. */
class DeclarationPdfTest {

    private static final LocalDate DATE = LocalDate.of(2026, 3, 5);

    /** A dash pattern being set: how the dotted line of a blank field is drawn. */
    private static final Pattern DASH = Pattern.compile("\\[[^\\]]*\\]\\s+[0-9.]+\\s+d\\b");

    @Test
    void isAPdfWhoseTextReadsBackWithEveryVietnameseLetter() throws IOException {
        byte[] pdf = DeclarationPdf.render(SampleDeclaration.form(), SampleDeclaration.values(), DATE, "Hà Nội");

        assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text)
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("Độc lập - Tự do - Hạnh phúc")
                .contains("TỜ KHAI ĐĂNG KÝ KHAI SINH")
                .contains("Mẫu ban hành kèm theo Thông tư số 04/2020/TT-BTP")
                .contains("Kính gửi: Ủy ban nhân dân phường Ba Đình")
                .contains("I. Người yêu cầu")
                .contains("Họ, chữ đệm, tên: Nguyễn Thị Ánh Tuyết")
                .contains("Ngày, tháng, năm sinh: 05/03/1990")
                .contains("Nơi cư trú: Phường Ba Đình, Thành phố Hà Nội")
                .contains("Có ủy quyền cho người khác nộp hồ sơ: không")
                .contains("II. Người được khai sinh")
                .contains("Họ, chữ đệm, tên: Lê Đức Hưởng")
                .contains("Quê quán: Đắk Lắk")
                .contains("Ghi chú: " + SampleDeclaration.ALL_LETTERS)
                .contains("Hà Nội, ngày 05 tháng 03 năm 2026")
                .contains("NGƯỜI YÊU CẦU")
                .contains("(Ký, ghi rõ họ, chữ đệm, tên)")
                .contains("Bản điền sẵn do Trợ lý dịch vụ công tạo; vui lòng kiểm tra lại trước khi ký.");
        // reading order: header, title, sections in order, then the signature
        assertThat(text.indexOf("CỘNG HÒA"))
                .isLessThan(text.indexOf("TỜ KHAI"))
                .isLessThan(text.indexOf("I. Người yêu cầu"))
                .isLessThan(text.indexOf("Nguyễn Thị Ánh Tuyết"))
                .isLessThan(text.indexOf("II. Người được khai sinh"))
                .isLessThan(text.indexOf("Đắk Lắk"))
                .isLessThan(text.indexOf("ngày 05 tháng 03 năm 2026"));
    }

    @Test
    void leavesOutWhatDoesNotApplyAndDotsTheBlankField() throws IOException {
        byte[] pdf = DeclarationPdf.render(SampleDeclaration.form(), SampleDeclaration.values(), DATE, "Hà Nội");

        String text = text(pdf);
        assertThat(text)
                .doesNotContain("III. Người được ủy quyền")
                .doesNotContain(SampleDeclaration.HIDDEN_NAME)
                .doesNotContain(SampleDeclaration.HIDDEN_PID)
                .doesNotContain("Số giấy ủy quyền")
                .doesNotContain("UQ-77");
        // the optional phone number has no answer: its label and nothing after it but a dotted line
        assertThat(text).contains("Số điện thoại: Có ủy quyền");
        assertThat(dashedLines(pdf)).isEqualTo(1);
    }

    @Test
    void showsTheConditionalSectionWhenItsConditionHolds() throws IOException {
        Map<String, String> values = new HashMap<>(SampleDeclaration.values());
        values.put("nguoi-yeu-cau.uy-quyen", "có");
        values.put("nguoi-yeu-cau.dien-thoai", "0912345678");
        values.remove("nguoi-duoc-khai-sinh.ghi-chu");

        byte[] pdf = DeclarationPdf.render(SampleDeclaration.form(), values, DATE, "Buôn Ma Thuột");

        assertThat(text(pdf))
                .contains("Số điện thoại: 0912345678")
                .contains("Số giấy ủy quyền: UQ-77")
                .contains("III. Người được ủy quyền")
                .contains("Họ, chữ đệm, tên: " + SampleDeclaration.HIDDEN_NAME)
                .contains("Số định danh cá nhân: " + SampleDeclaration.HIDDEN_PID)
                .contains("Ghi chú: Số giấy ủy quyền")
                .contains("Buôn Ma Thuột, ngày 05 tháng 03 năm 2026");
        assertThat(dashedLines(pdf)).isEqualTo(1);
    }

    @Test
    void embedsOnlyTheBundledFontAsAnIdentityHSubsetWithAToUnicodeMap() throws IOException {
        byte[] pdf = DeclarationPdf.render(SampleDeclaration.form(), SampleDeclaration.values(), DATE, "Hà Nội");

        try (PdfReader reader = new PdfReader(pdf)) {
            PdfDictionary fonts =
                    reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
            assertThat(fonts.getKeys()).hasSize(2);
            for (PdfName key : fonts.getKeys()) {
                PdfDictionary font = fonts.getAsDict(key);
                assertThat(font.getAsName(PdfName.SUBTYPE)).isEqualTo(PdfName.TYPE0);
                assertThat(font.getAsName(PdfName.ENCODING)).isEqualTo(new PdfName("Identity-H"));
                assertThat(font.getAsName(PdfName.BASEFONT).toString()).matches("/[A-Z]{6}\\+DejaVuSans(-Bold)?");
                assertThat(font.get(PdfName.TOUNICODE)).isNotNull();
                PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
                PdfDictionary descriptor = descendants.getAsDict(0).getAsDict(PdfName.FONTDESCRIPTOR);
                assertThat(descriptor.get(PdfName.FONTFILE2)).isNotNull();
            }
        }
    }

    /** The text of every page, runs of white space made one space. */
    private static String text(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            return all.toString().replaceAll("\\s+", " ");
        }
    }

    private static long dashedLines(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            long count = 0;
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                String content = new String(reader.getPageContent(page), StandardCharsets.ISO_8859_1);
                count += DASH.matcher(content).results().count();
            }
            return count;
        }
    }
}
