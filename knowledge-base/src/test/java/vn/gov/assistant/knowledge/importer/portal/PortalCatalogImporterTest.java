package vn.gov.assistant.knowledge.importer.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.assistant.knowledge.importer.ImportIssue;
import vn.gov.assistant.knowledge.procedure.Fee;
import vn.gov.assistant.knowledge.procedure.Level;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;
import vn.gov.assistant.knowledge.procedure.RequiredDocument;
import vn.gov.assistant.knowledge.procedure.SubmissionChannel;
import vn.gov.assistant.knowledge.procedure.SubmissionMethod;
import vn.gov.assistant.knowledge.procedure.TimeUnit;

/** On real records of the national portal, copied to src/test/resources/fixtures/portal. */
class PortalCatalogImporterTest {

    private static final Instant IMPORTED = Instant.parse("2026-07-20T00:00:00Z");

    private static Path fixtures() {
        try {
            return Path.of(PortalCatalogImporterTest.class
                    .getResource("/fixtures/portal")
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final PortalCatalogImporter.Result RESULT = PortalCatalogImporter.importFrom(fixtures(), IMPORTED);

    private static Procedure procedure(String code) {
        return RESULT.procedures().stream()
                .filter(p -> p.code().equals(ProcedureCode.of(code)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " not imported"));
    }

    @Test
    void temporaryResidenceChannelsAreSplitIntoRowsWithTimesAndFees() {
        Procedure p = procedure("1.004194");
        assertThat(p.name()).isEqualTo("Đăng ký tạm trú");
        assertThat(p.levels()).containsExactly(Level.COMMUNE);
        assertThat(p.domain()).isEqualTo("Đăng ký, quản lý cư trú");
        assertThat(p.channels())
                .extracting(SubmissionChannel::method)
                .containsExactly(SubmissionMethod.ONLINE, SubmissionMethod.IN_PERSON);
        SubmissionChannel online = p.channels().getFirst();
        assertThat(online.time().amount()).contains(BigDecimal.valueOf(3));
        assertThat(online.time().unit()).isEqualTo(TimeUnit.WORKING_DAYS);
        assertThat(online.fees()).singleElement().satisfies(fee -> {
            assertThat(fee.amount()).isEqualByComparingTo("7000");
            assertThat(fee.currency()).isEqualTo(Fee.VND);
            assertThat(fee.conditions()).contains("7.000 đồng/lần đăng ký");
        });
        assertThat(p.channels().get(1).fees().getFirst().amount()).isEqualByComparingTo("10000");
        assertThat(p.decisionNumber()).isEqualTo("9354/QĐ-BCA-C06");
        assertThat(p.sourceUrl()).startsWith("https://dichvucong.gov.vn/thu-tuc-hanh-chinh/");
        assertThat(p.importedAt()).isEqualTo(IMPORTED);
        assertThat(p.ministry()).isEqualTo("bo-cong-an");
    }

    @Test
    void documentsKeepTheirCaseGroupsCountsAndFormFiles() {
        Procedure p = procedure("1.004194");
        assertThat(p.documents())
                .extracting(RequiredDocument::caseGroup)
                .contains("Hồ sơ đăng ký tạm trú gồm", "Đăng ký tạm trú theo danh sách, hồ sơ gồm");
        RequiredDocument declaration = p.documents().stream()
                .filter(d -> d.name().startsWith("Tờ khai thay đổi thông tin cư trú"))
                .findFirst()
                .orElseThrow();
        assertThat(declaration.originals()).isEqualTo(1);
        assertThat(declaration.copies()).isZero();
        assertThat(declaration.formName()).endsWith(".doc");
        // "(Mẫu CT01 ... TT-BCA).1.MuCT01banhnhkmtheoThngts53.doc": the numbered attachment is the form
        assertThat(p.documents())
                .filteredOn(d -> d.caseGroup().startsWith("Đăng ký tạm trú theo danh sách")
                        && d.name().startsWith("Tờ khai thay đổi thông tin cư trú"))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.name()).endsWith("(Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA)");
                    assertThat(d.formName()).isEqualTo("1.MuCT01banhnhkmtheoThngts53.doc");
                });
        assertThat(RESULT.procedures())
                .flatMap(Procedure::documents)
                .extracting(RequiredDocument::name)
                .noneMatch(name -> name.matches(".*\\.\\d{1,2}\\.[A-Za-z0-9]{6,}"));

        RequiredDocument converted = procedure("1.000480").documents().getFirst();
        assertThat(converted.name()).isEqualTo("Đơn đề nghị chuyển đổi Giấy phép");
        assertThat(converted.formName()).isEqualTo("Phlc8.docx");
        assertThat(converted.originals()).isZero();
        assertThat(converted.copies()).isEqualTo(2);
    }

    @Test
    void legalBasisRowsHaveNumberAndTitle() {
        assertThat(procedure("1.001193").legalBasis())
                .extracting(l -> l.number())
                .contains("85/2019/TT-BTC", "104/2022/NĐ-CP", "123/2015/NĐ-CP", "08/2025/TT-BTP");
        assertThat(procedure("1.001193").legalBasis().getFirst().title())
                .startsWith("Thông tư Hướng dẫn về phí và lệ phí");
    }

    @Test
    void lostTimeUnitStaysUnknownAndIsReported() {
        Procedure p = procedure("1.014130");
        assertThat(p.channels()).allSatisfy(c -> {
            assertThat(c.time().amount()).contains(BigDecimal.ONE);
            assertThat(c.time().unit()).isEqualTo(TimeUnit.UNKNOWN);
            assertThat(c.fees()).singleElement().satisfies(f -> assertThat(f.isFree())
                    .isTrue());
        });
        assertThat(warnings("1.014130")).anyMatch(w -> w.field().equals("cach_thuc_thuc_hien"));
    }

    @Test
    void timeRunIntoFeeIsNotGuessed() {
        // "Trực tuyến120 VNĐ(20.000 vnđ /tờ khai)": 1 + 20 or 12 + 0? The source cannot tell.
        SubmissionChannel online = procedure("1.000020").channels().getFirst();
        assertThat(online.time().isKnown()).isFalse();
        assertThat(online.fees()).singleElement().satisfies(f -> assertThat(f.amount())
                .isNull());
        assertThat(warnings("1.000020")).anyMatch(w -> w.reason().contains("run together"));
    }

    @Test
    void dollarFeesKeepTheirCurrency() {
        assertThat(procedure("1.000771").channels().getFirst().fees())
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.amount()).isEqualByComparingTo("10");
                    assertThat(f.currency()).isEqualTo("USD");
                });
    }

    @Test
    void garbledDuplicatesAreSetAsideWithTheirTwins() {
        assertThat(RESULT.procedures())
                .extracting(p -> p.code().value())
                .doesNotContain("2.001428", "3.000226", "3.000243");
        assertThat(RESULT.report().issues())
                .filteredOn(i -> i.severity() == ImportIssue.Severity.REJECTED)
                .extracting(ImportIssue::record)
                .contains("bo-cong-an/2.001428.json", "bo-cong-an/3.000226.json", "bo-cong-an/3.000243.json");
    }

    @Test
    void reportCountsAddUp() {
        var report = RESULT.report();
        assertThat(report.read()).isEqualTo(15);
        assertThat(report.rejected()).isEqualTo(3);
        assertThat(report.fullyParsed() + report.withWarnings())
                .isEqualTo(RESULT.procedures().size());
        assertThat(RESULT.procedures()).hasSize(12);
        assertThat(RESULT.procedures()).isSortedAccordingTo((a, b) -> a.code().compareTo(b.code()));
    }

    @Test
    void badRecordsAreRejectedByNameWhileTheOthersImport(@TempDir Path dir) throws IOException {
        Path ministry = Files.createDirectories(dir.resolve("bo-tu-phap"));
        Files.copy(fixtures().resolve("bo-tu-phap/1.000894.json"), ministry.resolve("1.000894.json"));
        Files.writeString(ministry.resolve("broken.json"), "{\"ma_thu_tuc\": \"1.0", StandardCharsets.UTF_8);
        Files.writeString(ministry.resolve("nocode.json"), "{\"ten_thu_tuc\": \"Thủ tục X\"}", StandardCharsets.UTF_8);
        Files.writeString(
                ministry.resolve("badcode.json"),
                "{\"ma_thu_tuc\": \"abc\", \"ten_thu_tuc\": \"Thủ tục Y\"}",
                StandardCharsets.UTF_8);
        Files.writeString(ministry.resolve("noname.json"), "{\"ma_thu_tuc\": \"1.999999\"}", StandardCharsets.UTF_8);

        PortalCatalogImporter.Result result = PortalCatalogImporter.importFrom(dir, IMPORTED);

        assertThat(result.procedures()).extracting(p -> p.code().value()).containsExactly("1.000894");
        assertThat(result.report().issues())
                .filteredOn(i -> i.severity() == ImportIssue.Severity.REJECTED)
                .extracting(i -> i.record() + " " + i.field())
                .containsExactlyInAnyOrder(
                        "bo-tu-phap/broken.json json",
                        "bo-tu-phap/nocode.json ma_thu_tuc",
                        "bo-tu-phap/badcode.json ma_thu_tuc",
                        "bo-tu-phap/noname.json ten_thu_tuc");
    }

    @Test
    void zipAndDirectoryGiveTheSameCatalog(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("catalog.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
                Stream<Path> files = Files.walk(fixtures())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(
                        new ZipEntry(fixtures().relativize(f).toString().replace('\\', '/')));
                Files.copy(f, (OutputStream) out);
                out.closeEntry();
            }
        }
        PortalCatalogImporter.Result fromZip = PortalCatalogImporter.importFrom(zip, IMPORTED);
        assertThat(fromZip.procedures()).isEqualTo(RESULT.procedures());
    }

    @Test
    void missingSourceIsAClearError() {
        assertThatThrownBy(() -> PortalCatalogImporter.importFrom(Path.of("no/such/dir"), IMPORTED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no/such/dir");
    }

    private static List<ImportIssue> warnings(String code) {
        return RESULT.report().issues().stream()
                .filter(i -> i.severity() == ImportIssue.Severity.WARNING)
                .filter(i -> i.record().endsWith(code + ".json"))
                .toList();
    }
}
