package vn.gov.assistant.knowledge.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.knowledge.importer.html.OldPortalPageImporter;
import vn.gov.assistant.knowledge.importer.portal.PortalCatalogImporter;

/** Every issue the importers raise on real and broken records reads in Vietnamese for staff. */
class IssueWordingTest {

    private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

    private static PortalCatalogImporter.RawRecord record(String ministry, String name, String json) {
        return new PortalCatalogImporter.RawRecord(ministry, name, json.getBytes(StandardCharsets.UTF_8));
    }

    private static String page(String name) {
        return new String(CatalogUploadTest.fixture("html/" + name), StandardCharsets.UTF_8);
    }

    @Test
    void everyIssueOfRealAndBrokenRecordsHasVietnameseWording() {
        List<PortalCatalogImporter.RawRecord> raw = new ArrayList<>();
        for (String path : List.of(
                "bo-cong-an/1.000771.json",
                "bo-cong-an/1.001456.json",
                "bo-cong-an/1.004194.json",
                "bo-cong-an/2.001428.json",
                "bo-cong-an/3.000226.json",
                "bo-cong-an/3.000243.json",
                "bo-cong-an/3.000348.json",
                "bo-cong-an/3.000379.json",
                "bo-nong-nghiep-mt/1.014130.json",
                "bo-tai-chinh/1.000020.json",
                "bo-tu-phap/1.000894.json",
                "bo-tu-phap/1.001193.json",
                "bo-tu-phap/1.002010.json",
                "bo-xay-dung/1.002046.json",
                "ngan-hang-nha-nuoc/1.000480.json")) {
            String[] parts = path.split("/");
            raw.add(new PortalCatalogImporter.RawRecord(
                    parts[0], parts[1], CatalogUploadTest.fixture("portal/" + path)));
        }
        raw.add(record("x", "broken.json", "{\"ma_thu_tuc\": \"1.0"));
        raw.add(record("x", "list.json", "[1, 2]"));
        raw.add(record("x", "nocode.json", "{\"ten_thu_tuc\": \"Thủ tục X\"}"));
        raw.add(record("x", "badcode.json", "{\"ma_thu_tuc\": \"abc\", \"ten_thu_tuc\": \"Thủ tục Y\"}"));
        raw.add(record("x", "noname.json", "{\"ma_thu_tuc\": \"1.999999\"}"));
        raw.add(record(
                "x",
                "renamed.json",
                "{\"ma_thu_tuc\": \"1.999998\", \"ten_thu_tuc\": \"Thủ tục Z\", \"cach_thuc_thuc_hien\": \"Nộp tại chỗ\","
                        + " \"thanh_phan_ho_so\": \"Đơn đề nghị\", \"can_cu_phap_ly\": \"Luật cư trú\"}"));
        raw.add(record("x", "1.999998.json", "{\"ma_thu_tuc\": \"1.999998\", \"ten_thu_tuc\": \"Thủ tục Z2\"}"));
        List<ImportIssue> issues = new ArrayList<>(
                PortalCatalogImporter.importRecords(raw, NOW).report().issues());
        for (String html : List.of(
                page("old-portal-detail-3.000001-template-a.html"),
                page("old-portal-detail-3.000001-template-b.html"),
                page("csdl-decision-115010.html"),
                "",
                "<html><h1 class=main-title>Thủ tục</h1></html>")) {
            issues.addAll(OldPortalPageImporter.parse(html, "https://example.test/p?ma_thu_tuc=3.000001", NOW)
                    .report()
                    .issues());
            issues.addAll(OldPortalPageImporter.parse(html, "https://example.test/p", NOW)
                    .report()
                    .issues());
        }

        assertThat(issues)
                .extracting(ImportIssue::field)
                .contains("json", "ma_thu_tuc", "ten_thu_tuc", "content", "code");
        assertThat(issues.size()).isGreaterThan(20);
        for (ImportIssue issue : issues) {
            assertThat(IssueWording.known(issue.reason())).as(issue.toString()).isTrue();
            assertThat(issue.forStaff()).as(issue.toString()).doesNotContain("not ", "missing ", "no ");
        }
    }

    @Test
    void excerptsOfTheSourceAreKeptAsTheyAre() {
        ImportIssue issue = new ImportIssue(
                "bo-cong-an/1.004194.json",
                "cach_thuc_thuc_hien",
                ImportIssue.Severity.WARNING,
                "no submission channel recognised in 'Nộp $1 tại \\ chỗ'");
        assertThat(issue.forStaff())
                .isEqualTo("cách thức thực hiện: không nhận ra cách nộp nào trong 'Nộp $1 tại \\ chỗ'");
    }

    @Test
    void anUnknownReasonIsShownAfterAVietnameseLeadIn() {
        ImportIssue issue =
                new ImportIssue("a.json", "record", ImportIssue.Severity.REJECTED, "procedure 1.000001 has no name");
        assertThat(issue.forStaff()).isEqualTo("bản ghi: bản ghi không dùng được (procedure 1.000001 has no name)");
    }
}
