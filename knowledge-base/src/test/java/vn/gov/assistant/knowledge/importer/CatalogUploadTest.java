package vn.gov.assistant.knowledge.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;

/** Uploads as staff make them, on real records of the portal (src/test/resources/fixtures). */
class CatalogUploadTest {

    private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");
    private static final CatalogUpload.Limits LIMITS = CatalogUpload.DEFAULT_LIMITS;

    static byte[] fixture(String path) {
        try (InputStream in = CatalogUploadTest.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static CatalogUpload.File file(String name, byte[] bytes) {
        return new CatalogUpload.File(name, bytes);
    }

    private static CatalogUpload.File file(String name, String text) {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> codes(CatalogUpload.Result result) {
        return result.procedures().stream().map(p -> p.code().value()).toList();
    }

    @Test
    void aZipOfMinistryFoldersIsReadWithItsMinistryAndTheFilesThatAreNoRecordsAreSkipped() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("catalog/bo-cong-an/1.004194.json", fixture("portal/bo-cong-an/1.004194.json"));
        entries.put("catalog/bo-cong-an/1.001456.json", fixture("portal/bo-cong-an/1.001456.json"));
        entries.put("catalog/bo-tu-phap/1.000894.json", fixture("portal/bo-tu-phap/1.000894.json"));
        entries.put("catalog/INDEX.csv", "ma_thu_tuc,ten_thu_tuc\n".getBytes(StandardCharsets.UTF_8));
        entries.put("__MACOSX/catalog/bo-cong-an/._1.004194.json", new byte[] {0, 5, 22});

        CatalogUpload.Result result = CatalogUpload.read(List.of(file("catalog.zip", zip(entries))), NOW, LIMITS);

        assertThat(codes(result)).containsExactly("1.000894", "1.001456", "1.004194");
        assertThat(result.procedures())
                .extracting(Procedure::ministry)
                .containsExactly("bo-tu-phap", "bo-cong-an", "bo-cong-an");
        assertThat(result.procedures()).allMatch(p -> p.importedAt().equals(NOW));
        assertThat(result.ministries()).containsExactlyInAnyOrder("bo-cong-an", "bo-tu-phap");
        assertThat(result.read()).isEqualTo(3);
        assertThat(result.skippedFiles()).isEqualTo(1);
        assertThat(result.rejected()).isZero();
    }

    @Test
    void severalJsonFilesAreReadWithoutAMinistryAndAPageBesideThem() throws Exception {
        CatalogUpload.Result result = CatalogUpload.read(
                List.of(
                        file("1.004194.json", fixture("portal/bo-cong-an/1.004194.json")),
                        file("C:\\Users\\lan\\Downloads\\1.000894.json", fixture("portal/bo-tu-phap/1.000894.json")),
                        file("chi-tiet.html", fixture("html/old-portal-detail-3.000001-template-a.html"))),
                NOW,
                LIMITS);

        assertThat(codes(result)).containsExactly("1.000894", "1.004194", "3.000001");
        assertThat(result.procedures()).extracting(Procedure::ministry).containsOnly("");
        assertThat(result.ministries()).isEmpty();
        assertThat(result.issues()).extracting(ImportIssue::record).doesNotContain("(page without URL)");
    }

    @Test
    void oneBadJsonFileIsAClearErrorAndNothingIsRead() {
        assertThatThrownBy(() -> CatalogUpload.read(
                        List.of(file("1.004194.json", "{\"ma_thu_tuc\": \"1.004194\", \"ten_thu_tuc\": ")),
                        NOW,
                        LIMITS))
                .isInstanceOf(CatalogUpload.UploadException.class)
                .hasMessageStartingWith("Không đọc được thủ tục nào, không có gì thay đổi.")
                .hasMessageContaining("1.004194.json: định dạng: không phải JSON hợp lệ");
    }

    @Test
    void aBadRecordBesideGoodOnesIsAnIssueAndItsCodeIsStillMentioned() throws Exception {
        CatalogUpload.Result result = CatalogUpload.read(
                List.of(
                        file("1.004194.json", fixture("portal/bo-cong-an/1.004194.json")),
                        file("1.001456.json", "không phải JSON")),
                NOW,
                LIMITS);

        assertThat(codes(result)).containsExactly("1.004194");
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(result.issues())
                .filteredOn(ImportIssue::rejected)
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.record()).isEqualTo("1.001456.json");
                    assertThat(i.forStaff()).startsWith("định dạng: không phải JSON hợp lệ");
                });
        assertThat(result.mentioned())
                .containsExactlyInAnyOrder(ProcedureCode.of("1.004194"), ProcedureCode.of("1.001456"));
    }

    @Test
    void garbledDuplicatesAreSetAsideAndNamedInStaffWords() throws Exception {
        byte[] garbled = fixture("portal/bo-cong-an/2.001428.json");
        String other = new String(garbled, StandardCharsets.UTF_8).replace("2.001428", "3.000226");
        CatalogUpload.Result result = CatalogUpload.read(
                List.of(
                        file("2.001428.json", garbled),
                        file("3.000226.json", other),
                        file("1.004194.json", fixture("portal/bo-cong-an/1.004194.json"))),
                NOW,
                LIMITS);

        assertThat(codes(result)).containsExactly("1.004194");
        assertThat(result.issues())
                .filteredOn(i -> i.field().equals("content"))
                .extracting(ImportIssue::forStaff)
                .containsExactlyInAnyOrder(
                        "nội dung: bản ghi lỗi của lần thu thập: cùng tên và nội dung với 3.000226,"
                                + " không biết nội dung thuộc mã nào",
                        "nội dung: bản ghi lỗi của lần thu thập: cùng tên và nội dung với 2.001428,"
                                + " không biết nội dung thuộc mã nào");
        assertThat(result.mentioned()).contains(ProcedureCode.of("2.001428"), ProcedureCode.of("3.000226"));
    }

    @Test
    void theSameCodeTwiceInOneUploadKeepsTheFirst() throws Exception {
        CatalogUpload.Result result = CatalogUpload.read(
                List.of(
                        file("1.004194.json", fixture("portal/bo-cong-an/1.004194.json")),
                        file(
                                "ban-sao.zip",
                                zip(Map.of("bo-cong-an/1.004194.json", fixture("portal/bo-cong-an/1.004194.json"))))),
                NOW,
                LIMITS);
        // the same record twice is not a garbled duplicate: the first is read, the second set aside
        assertThat(codes(result)).containsExactly("1.004194");
        assertThat(result.issues())
                .filteredOn(ImportIssue::rejected)
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.record()).isEqualTo("bo-cong-an/1.004194.json");
                    assertThat(i.forStaff()).isEqualTo("mã thủ tục: mã 1.004194 đã có trong 1.004194.json");
                });
    }

    @Test
    void anUploadThatIsNoCatalogIsRefusedWithWhatToDo() {
        assertRefused(List.of(), "Hãy chọn ít nhất một tệp");
        assertRefused(List.of(file("danh-sach.xlsx", new byte[] {1, 2, 3})), "\"danh-sach.xlsx\" không đọc được");
        assertRefused(List.of(file("hong.zip", "không phải zip")), "\"hong.zip\" trống hoặc không phải tệp .zip");
        assertRefused(
                List.of(file("chi-co-bang.zip", zip(Map.of("INDEX.csv", new byte[] {1})))),
                "Không có bản ghi thủ tục nào");
        assertRefused(
                List.of(file("trang.html", "<html><body><p>Xin chào</p></body></html>")),
                "không phải trang chi tiết thủ tục");
    }

    @Test
    void sizeRecordsAndUnpackedBytesAreBounded() {
        byte[] record = fixture("portal/bo-cong-an/1.004194.json");
        CatalogUpload.Limits small =
                new CatalogUpload.Limits(record.length * 3L, 2, record.length + 10L, record.length * 2L + 10);

        assertThatThrownBy(() -> CatalogUpload.read(
                        List.of(
                                file("a.json", record),
                                file("b.json", record),
                                file("c.json", record),
                                file("d.json", new byte[1])),
                        NOW,
                        small))
                .hasMessageContaining("Tệp tải lên lớn quá");
        assertThatThrownBy(() -> CatalogUpload.read(
                        List.of(file("a.json", record), file("b.json", "{}"), file("c.json", "{}")), NOW, small))
                .hasMessageContaining("hơn 2 bản ghi");
        // a small zip that unpacks into much more than it weighs
        byte[] zeros = new byte[(int) small.maxRecordBytes() - 1];
        byte[] bomb = zip(Map.of("x/1.json", zeros, "x/2.json", zeros, "x/3.json", zeros));
        assertThat((long) bomb.length).isLessThan(small.maxBytes());
        assertThatThrownBy(() -> CatalogUpload.read(List.of(file("bom.zip", bomb)), NOW, small))
                .isInstanceOf(CatalogUpload.UploadException.class)
                .hasMessageContaining("giải nén ra hơn");
        byte[] big = zip(Map.of("x/1.json", new byte[(int) small.maxRecordBytes() + 1]));
        assertThatThrownBy(() -> CatalogUpload.read(List.of(file("to.zip", big)), NOW, small))
                .hasMessageContaining("\"1.json\" trong \"to.zip\" lớn quá");
    }

    private static void assertRefused(List<CatalogUpload.File> files, String message) {
        assertThatThrownBy(() -> CatalogUpload.read(files, NOW, LIMITS))
                .isInstanceOf(CatalogUpload.UploadException.class)
                .hasMessageContaining(message);
    }
}
