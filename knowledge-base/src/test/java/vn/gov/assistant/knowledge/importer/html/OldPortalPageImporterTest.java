package vn.gov.assistant.knowledge.importer.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.knowledge.importer.ImportIssue;
import vn.gov.assistant.knowledge.procedure.Level;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.RequiredDocument;
import vn.gov.assistant.knowledge.procedure.SubmissionMethod;
import vn.gov.assistant.knowledge.procedure.TimeUnit;

/** On the two saved templates of procedure 3.000001 and a page that is not a procedure. */
class OldPortalPageImporterTest {

    static final String URL_A =
            "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=3.000001";
    static final String URL_B =
            "https://dichvucong.gov.vn/p/home/dvc-dich-vu-cong-truc-tuyen-ds.html?ma_thu_tuc=3.000001";
    private static final Instant IMPORTED = Instant.parse("2026-07-20T00:00:00Z");

    static String fixture(String name) {
        try (InputStream in = OldPortalPageImporterTest.class.getResourceAsStream("/fixtures/html/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Procedure templateA() {
        return OldPortalPageImporter.parse(fixture("old-portal-detail-3.000001-template-a.html"), URL_A, IMPORTED)
                .procedure()
                .orElseThrow();
    }

    private static Procedure templateB() {
        return OldPortalPageImporter.parse(fixture("old-portal-detail-3.000001-template-b.html"), URL_B, IMPORTED)
                .procedure()
                .orElseThrow();
    }

    @Test
    void templateWithDetailsPopupGivesTheLabelledFields() {
        Procedure p = templateA();
        assertThat(p.code().value()).isEqualTo("3.000001");
        assertThat(p.name()).isEqualTo("Cấp điện mới từ lưới điện hạ áp");
        assertThat(p.domain()).isEqualTo("Dịch vụ cung cấp điện mới");
        assertThat(p.decisionNumber()).isEqualTo("4221/EVN-KDMBD");
        assertThat(p.levels()).contains(Level.MINISTRY);
        assertThat(p.agencies().implementing()).containsExactly("Tập đoàn Điện lực Việt Nam");
        assertThat(p.results()).containsExactly("Hợp đồng mua bán điện");
        assertThat(p.legalBasis()).extracting(l -> l.number()).containsExactly("61/2024/QH15", "18/2025/NĐ-CP");
        assertThat(p.legalBasis().getFirst().title()).isEqualTo("Luật điện lực");
        assertThat(p.sourceUrl()).isEqualTo(URL_A);
        assertThat(p.importedAt()).isEqualTo(IMPORTED);
    }

    @Test
    void submissionChannelsHaveTimesWithUnits() {
        for (Procedure p : new Procedure[] {templateA(), templateB()}) {
            assertThat(p.channels())
                    .extracting(c -> c.method())
                    .containsExactly(SubmissionMethod.IN_PERSON, SubmissionMethod.ONLINE);
            assertThat(p.channels()).allSatisfy(c -> {
                assertThat(c.time().amount()).contains(BigDecimal.valueOf(7));
                assertThat(c.time().unit()).isEqualTo(TimeUnit.WORKING_DAYS);
                assertThat(c.fees()).isEmpty();
            });
        }
    }

    @Test
    void documentsKeepCaseGroupsCountsAndResolvedFormLinks() {
        Procedure a = templateA();
        assertThat(a.documents())
                .extracting(RequiredDocument::caseGroup)
                .containsOnly(
                        "Khách hàng mua điện sinh hoạt (01 pha, 03 pha)",
                        "Khách hàng mua điện sinh hoạt (01 pha, 03 pha), sử dụng chung công tơ",
                        "Khách hàng tách công tơ dùng chung",
                        "Khách hàng mua điện ngoài sinh hoạt (01 pha, 03 pha), có công suất lớn nhất < 40kW",
                        "Khách hàng mua điện ngoài sinh hoạt (01 pha, 03 pha), có công suất lớn nhất ≥ 40kW");
        RequiredDocument request = a.documents().stream()
                .filter(d -> d.caseGroup().equals("Khách hàng mua điện sinh hoạt (01 pha, 03 pha)"))
                .findFirst()
                .orElseThrow();
        assertThat(request.name()).isEqualTo("Giấy đề nghị mua điện");
        assertThat(request.formName()).isEqualTo("Giay de nghi mua dien.docx");
        // the first template links forms by a hash only; the second shows where they are served
        assertThat(request.formUrl())
                .isEqualTo("https://csdl.dichvucong.gov.vn/web/jsp/download_file.jsp?ma=3feb864dfdb7c754");
        assertThat(request.originals()).isEqualTo(1);
        assertThat(request.copies()).isZero();
        assertThat(a.documents())
                .filteredOn(d -> d.name().startsWith("Sổ hộ khẩu/sổ tạm trú"))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.originals()).isZero();
                    assertThat(d.copies()).isEqualTo(1);
                    assertThat(d.hasForm()).isFalse();
                });
    }

    @Test
    void bothTemplatesAgreeOnTheEssentialFacts() {
        Procedure a = templateA();
        Procedure b = templateB();
        assertThat(b.code()).isEqualTo(a.code());
        assertThat(b.name()).startsWith(a.name());
        assertThat(b.documents())
                .extracting(d -> d.caseGroup() + " | " + d.name() + " | " + d.originals() + "/" + d.copies())
                .containsExactlyInAnyOrderElementsOf(a.documents().stream()
                        .map(d -> d.caseGroup() + " | " + d.name() + " | " + d.originals() + "/" + d.copies())
                        .toList());
        assertThat(b.steps())
                .containsExactly("Tiếp nhận yêu cầu", "Khảo sát", "Lắp đặt nghiệm thu thiết bị đo đếm, ký HĐMBĐ");
    }

    @Test
    void codeMissingFromThePageIsTakenFromItsAddressAndSaidSo() {
        var result =
                OldPortalPageImporter.parse(fixture("old-portal-detail-3.000001-template-b.html"), URL_B, IMPORTED);
        assertThat(result.report().issues())
                .anyMatch(i -> i.severity() == ImportIssue.Severity.WARNING
                        && i.field().equals("code"));
    }

    @Test
    void pagesThatAreNotProcedurePagesAreRejectedWithAReason() {
        for (String html : new String[] {fixture("csdl-decision-115010.html"), "", "<html><p>garbage"}) {
            var result = OldPortalPageImporter.parse(html, "https://example.test/page", IMPORTED);
            assertThat(result.procedure()).isEmpty();
            assertThat(result.report().rejected()).isEqualTo(1);
            assertThat(result.report().issues().getFirst().toString()).contains("https://example.test/page");
        }
    }

    @Test
    void procedurePageWithoutAnyCodeIsRejected() {
        var result = OldPortalPageImporter.parse(
                fixture("old-portal-detail-3.000001-template-b.html"), "https://example.test/no-code", IMPORTED);
        assertThat(result.procedure()).isEmpty();
        assertThat(result.report().issues().getFirst().field()).isEqualTo("code");
    }
}
