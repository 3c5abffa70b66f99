package vn.gov.assistant.knowledge.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.knowledge.catalog.CatalogDiff.Kind;
import vn.gov.assistant.knowledge.catalog.CatalogDiff.Line;
import vn.gov.assistant.knowledge.catalog.CatalogDiff.Segment;
import vn.gov.assistant.knowledge.importer.portal.PortalCatalogImporter;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;

/** A re-import compared with the served catalog, on real records of the portal. */
class CatalogDiffTest {

    private static final Instant CRAWLED = Instant.parse("2026-07-20T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

    private static String fixture(String path) {
        try (InputStream in = CatalogDiffTest.class.getResourceAsStream("/fixtures/portal/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records read as the importer reads them: {@code ministry/code} to its JSON text. */
    private static List<Procedure> imported(Instant at, Map<String, String> records) {
        List<PortalCatalogImporter.RawRecord> raw = new ArrayList<>();
        records.forEach((path, json) -> {
            String[] parts = path.split("/");
            raw.add(new PortalCatalogImporter.RawRecord(
                    parts[0], parts[1] + ".json", json.getBytes(StandardCharsets.UTF_8)));
        });
        return PortalCatalogImporter.importRecords(raw, at).procedures();
    }

    private static final String RESIDENCE = fixture("bo-cong-an/1.004194.json");
    private static final String PASSPORT = fixture("bo-cong-an/1.001456.json");
    private static final String ID_CARD = fixture("bo-cong-an/1.000771.json");
    private static final String BIRTH = fixture("bo-tu-phap/1.000894.json");

    private static final Catalog SERVED = Catalog.of(imported(
            CRAWLED,
            Map.of(
                    "bo-cong-an/1.004194", RESIDENCE,
                    "bo-cong-an/1.001456", PASSPORT,
                    "bo-cong-an/1.000771", ID_CARD,
                    "bo-tu-phap/1.000894", BIRTH)));

    /** The portal raised the online fee of temporary residence from 7,000 to 8,000 đồng. */
    private static final String RESIDENCE_NEW_FEE = RESIDENCE
            .replace("7,000 Việt Nam Đồng", "8,000 Việt Nam Đồng")
            .replace("thu 7.000 đồng/lần", "thu 8.000 đồng/lần");

    @Test
    void aChangedFeeIsTheOnlyFieldThatDiffersWithItsLinesBeforeAndAfter() {
        CatalogDiff diff = CatalogDiff.compare(
                SERVED, imported(NOW, Map.of("bo-cong-an/1.004194", RESIDENCE_NEW_FEE)), Set.of(), Set.of());

        CatalogDiff.Entry entry = diff.entry(ProcedureCode.of("1.004194")).orElseThrow();
        assertThat(entry.kind()).isEqualTo(Kind.CHANGED);
        assertThat(entry.changes()).extracting(CatalogDiff.FieldChange::field).containsExactly(ProcedureField.FEES);
        CatalogDiff.FieldChange fee = entry.changes().getFirst();
        assertThat(fee.field().label()).isEqualTo("Phí, lệ phí");
        assertThat(fee.before())
                .containsExactly(
                        "Trực tuyến: 7.000 đồng (- Đăng ký tạm trú (cá nhân, hộ gia đình): + Trường hợp công dân nộp hồ sơ"
                                + " qua cổng dịch vụ công trực tuyến thu 7.000 đồng/lần đăng ký.)",
                        "Trực tiếp: 10.000 đồng (- Đăng ký tạm trú theo danh sách: + Trường hợp công dân nộp hồ sơ trực"
                                + " tiếp thu 10.000 đồng/người/lần đăng ký;)");
        assertThat(fee.after().getFirst())
                .startsWith("Trực tuyến: 8.000 đồng (")
                .endsWith("thu 8.000 đồng/lần đăng ký.)");
        assertThat(fee.after().get(1)).isEqualTo(fee.before().get(1));

        List<Line> lines = fee.lines();
        assertThat(lines)
                .extracting(Line::change)
                .containsExactly(Line.Change.REMOVED, Line.Change.ADDED, Line.Change.KEPT);
        assertThat(lines.get(0).segments())
                .filteredOn(Segment::changed)
                .extracting(Segment::text)
                .containsExactly("7.000", "7.000");
        assertThat(lines.get(1).segments())
                .filteredOn(Segment::changed)
                .extracting(Segment::text)
                .containsExactly("8.000", "8.000");
        assertThat(lines.get(1).text()).isEqualTo(fee.after().getFirst());
        assertThat(diff.counts()).containsEntry(Kind.CHANGED, 1).containsEntry(Kind.UNCHANGED, 0);
    }

    @Test
    void addedChangedUnchangedAndRemovedOnlyForTheMinistryDeclaredComplete() {
        String newProcedure =
                RESIDENCE.replace("1.004194", "1.099999").replace("Đăng ký tạm trú", "Đăng ký lưu trú mới");
        String passportRenamed = PASSPORT.replace("\"ten_thu_tuc\": \"", "\"ten_thu_tuc\": \"(Mới) ");
        List<Procedure> upload = imported(
                NOW,
                Map.of(
                        "bo-cong-an/1.004194", RESIDENCE,
                        "bo-cong-an/1.099999", newProcedure,
                        "bo-cong-an/1.001456", passportRenamed));

        CatalogDiff partial = CatalogDiff.compare(SERVED, upload, Set.of(), Set.of());
        assertThat(partial.entries())
                .extracting(e -> e.kind() + " " + e.code())
                .containsExactly("ADDED 1.099999", "CHANGED 1.001456", "UNCHANGED 1.004194");

        CatalogDiff complete = CatalogDiff.compare(SERVED, upload, Set.of("bo-cong-an"), Set.of());
        assertThat(complete.entries())
                .extracting(e -> e.kind() + " " + e.code())
                .containsExactly("ADDED 1.099999", "CHANGED 1.001456", "REMOVED 1.000771", "UNCHANGED 1.004194");
        CatalogDiff.Entry removed = complete.entry(ProcedureCode.of("1.000771")).orElseThrow();
        assertThat(removed.imported()).isNull();
        assertThat(removed.record()).isSameAs(removed.served());
        assertThat(complete.entry(ProcedureCode.of("1.099999")).orElseThrow().served())
                .isNull();
        assertThat(complete.entry(ProcedureCode.of("1.001456")).orElseThrow().changes())
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.field()).isEqualTo(ProcedureField.NAME);
                    assertThat(c.after().getFirst()).startsWith("(Mới) ");
                });
        assertThat(complete.counts())
                .isEqualTo(Map.of(Kind.ADDED, 1, Kind.CHANGED, 1, Kind.REMOVED, 1, Kind.UNCHANGED, 1));
    }

    @Test
    void aRecordTheUploadHadButCouldNotReadIsNotRemoved() {
        List<Procedure> upload = imported(NOW, Map.of("bo-cong-an/1.004194", RESIDENCE));
        CatalogDiff diff =
                CatalogDiff.compare(SERVED, upload, Set.of("bo-cong-an"), Set.of(ProcedureCode.of("1.000771")));
        assertThat(diff.entries(Kind.REMOVED))
                .extracting(CatalogDiff.Entry::code)
                .containsExactly(ProcedureCode.of("1.001456"));
    }

    @Test
    void staffNoteDatesAndWhatALoneRecordCannotKnowAreNotChanges() {
        Procedure served = SERVED.find(ProcedureCode.of("1.004194"))
                .orElseThrow()
                .revised("Mang theo căn cước.", Instant.parse("2026-09-01T00:00:00Z"));
        Catalog catalog = Catalog.of(List.of(served));
        // one file uploaded alone: no ministry folder
        List<Procedure> upload = imported(NOW, Map.of("/1.004194", RESIDENCE));
        assertThat(upload.getFirst().ministry()).isEmpty();

        CatalogDiff diff = CatalogDiff.compare(catalog, upload, Set.of(), Set.of());

        CatalogDiff.Entry entry = diff.entries().getFirst();
        assertThat(entry.kind()).isEqualTo(Kind.UNCHANGED);
        assertThat(entry.imported().ministry()).isEqualTo("bo-cong-an");
    }

    @Test
    void aChangedStepKeepsTheOtherStepsAsContext() {
        String oneStepMore = RESIDENCE.replace(
                "Bước 2: Cá nhân, tổ chức nộp hồ sơ đến Công an cấp xã.",
                "Bước 2: Cá nhân, tổ chức nộp hồ sơ đến Công an cấp xã hoặc qua VNeID.");
        CatalogDiff diff = CatalogDiff.compare(
                SERVED, imported(NOW, Map.of("bo-cong-an/1.004194", oneStepMore)), Set.of(), Set.of());
        CatalogDiff.FieldChange steps = diff.entries().getFirst().changes().getFirst();
        assertThat(steps.field()).isEqualTo(ProcedureField.STEPS);
        assertThat(steps.lines())
                .extracting(Line::change)
                .containsExactly(
                        Line.Change.KEPT,
                        Line.Change.REMOVED,
                        Line.Change.ADDED,
                        Line.Change.KEPT,
                        Line.Change.KEPT,
                        Line.Change.KEPT,
                        Line.Change.KEPT,
                        Line.Change.KEPT);
        assertThat(steps.lines().get(2).segments())
                .filteredOn(Segment::changed)
                .extracting(Segment::text)
                .containsExactly("xã hoặc qua VNeID.");
    }

    @Test
    void everyFieldIsNamedInStaffWords() {
        assertThat(ProcedureField.values())
                .extracting(ProcedureField::label)
                .contains(
                        "Tên thủ tục",
                        "Lĩnh vực",
                        "Cấp thực hiện",
                        "Phí, lệ phí",
                        "Thời hạn giải quyết",
                        "Thành phần hồ sơ",
                        "Trình tự thực hiện",
                        "Yêu cầu, điều kiện",
                        "Kết quả thực hiện",
                        "Căn cứ pháp lý",
                        "Cơ quan thực hiện");
        Procedure residence = SERVED.find(ProcedureCode.of("1.004194")).orElseThrow();
        assertThat(ProcedureField.PROCESSING_TIME.lines(residence))
                .containsExactly("Trực tuyến: 3 ngày làm việc", "Trực tiếp: 3 ngày làm việc");
        assertThat(ProcedureField.LEVELS.lines(residence)).containsExactly("Cấp xã");
        assertThat(ProcedureField.MINISTRY.lines(residence)).containsExactly("Bộ Công an");
    }
}
