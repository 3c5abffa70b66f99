package vn.gov.assistant.core.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrintablePageTest {

    private static final LocalDate DATE = LocalDate.of(2026, 3, 5);

    @Test
    void isAVietnameseA4PageWithAPrintButtonHiddenOnPaper() {
        String html = PrintablePage.html(SampleDeclaration.form(), SampleDeclaration.values(), DATE, "Hà Nội");

        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("<html lang=\"vi\">")
                .contains("<meta charset=\"utf-8\">")
                .contains("@page { size: A4;")
                .contains("@media print")
                .contains(".no-print { display: none !important; }")
                .contains("<div class=\"toolbar no-print\"><button type=\"button\" onclick=\"window.print()\">"
                        + "In tờ khai</button></div>");
        // self-contained: nothing is loaded from elsewhere
        assertThat(html)
                .doesNotContain("<link")
                .doesNotContain("src=")
                .doesNotContain("@import")
                .doesNotContain("url(");
    }

    @Test
    void showsTheSameContentAsThePdf() {
        String html = PrintablePage.html(SampleDeclaration.form(), SampleDeclaration.values(), DATE, "Hà Nội");

        assertThat(html)
                .contains("<p class=\"nation\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>")
                .contains("<p class=\"nation\">Độc lập - Tự do - Hạnh phúc</p>")
                .contains("<h1>TỜ KHAI ĐĂNG KÝ KHAI SINH</h1>")
                .contains("<p class=\"source\">Mẫu ban hành kèm theo Thông tư số 04/2020/TT-BTP</p>")
                .contains("<p class=\"addressee\">Kính gửi: Ủy ban nhân dân phường Ba Đình</p>")
                .contains("<h2>I. Người yêu cầu</h2>")
                .contains(line("Họ, chữ đệm, tên", "Nguyễn Thị Ánh Tuyết"))
                .contains(line("Nơi cư trú", "Phường Ba Đình, Thành phố Hà Nội"))
                .contains(line("Quê quán", "Đắk Lắk"))
                .contains(line("Ghi chú", SampleDeclaration.ALL_LETTERS))
                .contains("<p class=\"date\">Hà Nội, ngày 05 tháng 03 năm 2026</p>")
                .contains("<p class=\"signer\">NGƯỜI YÊU CẦU</p>")
                .contains("<p class=\"hint\">(Ký, ghi rõ họ, chữ đệm, tên)</p>")
                .contains("Bản điền sẵn do Trợ lý dịch vụ công tạo; vui lòng kiểm tra lại trước khi ký.");
        // the optional phone number has no answer: a dotted line to write on
        assertThat(html)
                .contains("<span class=\"label\">Số điện thoại:</span><span class=\"dots\" title=\"Viết tay\"></span>");
        assertThat(html.split("class=\"dots\"", -1)).hasSize(2);
    }

    @Test
    void leavesOutTheSectionAndFieldWhoseConditionDoesNotHold() {
        String html = PrintablePage.html(SampleDeclaration.form(), SampleDeclaration.values(), DATE, "Hà Nội");

        assertThat(html)
                .doesNotContain("Người được ủy quyền")
                .doesNotContain(SampleDeclaration.HIDDEN_NAME)
                .doesNotContain(SampleDeclaration.HIDDEN_PID)
                .doesNotContain("Số giấy ủy quyền")
                .doesNotContain("UQ-77");

        Map<String, String> authorised = new HashMap<>(SampleDeclaration.values());
        authorised.put("nguoi-yeu-cau.uy-quyen", "có");
        assertThat(PrintablePage.html(SampleDeclaration.form(), authorised, DATE, "Hà Nội"))
                .contains("<h2>III. Người được ủy quyền</h2>")
                .contains(line("Họ, chữ đệm, tên", SampleDeclaration.HIDDEN_NAME))
                .contains(line("Số giấy ủy quyền", "UQ-77"));
    }

    @Test
    void escapesEveryValue() {
        Map<String, String> values = new HashMap<>(SampleDeclaration.values());
        values.put("nguoi-duoc-khai-sinh.ghi-chu", "<script>alert('x')</script> Bố & mẹ \"đồng ý\"");

        String html = PrintablePage.html(SampleDeclaration.form(), values, DATE, "<b>Hà Nội</b>");

        assertThat(html)
                .contains(line(
                        "Ghi chú", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Bố &amp; mẹ &quot;đồng ý&quot;"))
                .contains("&lt;b&gt;Hà Nội&lt;/b&gt;, ngày 05 tháng 03 năm 2026")
                .doesNotContain("<script>")
                .doesNotContain("<b>")
                .doesNotContain("Bố & mẹ");
    }

    @Test
    void leavesPlaceDateAndAddresseeBlankWhenUnknownAndComposesDecomposedLetters() {
        FormDefinition form = SampleDeclaration.form();
        FormDefinition withoutAddressee = new FormDefinition(
                form.id(), form.title(), "", form.procedures(), form.triggers(), " ", form.sections());
        Map<String, String> values = new HashMap<>(SampleDeclaration.values());
        // "Nguyễn Thị Ánh Tuyết" typed with combining marks (NFD), as some keyboards send it
        values.put(
                "nguoi-yeu-cau.ho-ten",
                java.text.Normalizer.normalize("Nguyễn Thị Ánh Tuyết", java.text.Normalizer.Form.NFD));

        String html = PrintablePage.html(withoutAddressee, values, null, null);

        assertThat(html)
                .contains("<p class=\"date\">…………, ngày ………… tháng ………… năm …………</p>")
                .contains("<p class=\"addressee\">Kính gửi: …………</p>")
                .doesNotContain("class=\"source\"")
                .contains(line("Họ, chữ đệm, tên", "Nguyễn Thị Ánh Tuyết"));
        assertThat(PrintablePage.html(
                        new FormDefinition(
                                "mau",
                                "Tờ khai",
                                "",
                                List.of(),
                                List.of(),
                                "Kính gửi: Công an xã Ea Kao",
                                form.sections()),
                        values,
                        DATE,
                        "Đắk Lắk"))
                .contains("<p class=\"addressee\">Kính gửi: Công an xã Ea Kao</p>");
    }

    private static String line(String label, String value) {
        return "<p class=\"line\"><span class=\"label\">" + label + ":</span><span class=\"value\">" + value
                + "</span></p>";
    }
}
