package vn.gov.assistant.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.conversation.InMemoryConversationStore;
import vn.gov.assistant.core.conversation.ReplyRewriter;
import vn.gov.assistant.core.staff.InMemoryAuditLog;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.catalog.CatalogDiff;
import vn.gov.assistant.knowledge.catalog.ProcedureField;
import vn.gov.assistant.knowledge.procedure.Fee;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;
import vn.gov.assistant.knowledge.procedure.SubmissionChannel;

/** A re-import reviewed and published over the real curator, log and live knowledge. */
class CatalogReimportTest {

    private static final Catalog CATALOG = Catalog.of(Catalog.bundled().procedures().stream()
            .filter(p -> p.ministry().equals("bo-cong-an") && p.name().contains("trú"))
            .toList());
    private static final ProcedureCode RESIDENCE = ProcedureCode.of("1.004194");

    private final Instant now = Instant.parse("2026-12-01T03:00:00Z");
    private final Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    private final InMemoryKnowledgeLog changes = new InMemoryKnowledgeLog();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final AtomicInteger builds = new AtomicInteger();
    private final KnowledgeAssembly assembly = new KnowledgeAssembly(
            code -> 0, new InMemoryConversationStore(100, Duration.ofMinutes(30), clock), ReplyRewriter.NONE, null);
    private final LiveKnowledge live = new LiveKnowledge(CATALOG, changes, (revision, catalog, curation) -> {
        builds.incrementAndGet();
        return assembly.assemble(revision, catalog, curation);
    });
    private final KnowledgeCurator curator = new KnowledgeCurator(live, changes, audit, clock).servingAtOnce();
    private final CatalogReimport reimport = new CatalogReimport(curator, clock);

    @AfterEach
    void close() {
        live.close();
    }

    private Procedure served(ProcedureCode code) {
        return live.current().catalog().find(code).orElseThrow();
    }

    /** The record as the portal publishes it now: the fee of its first channel changed, read yesterday. */
    private static Procedure withFee(Procedure p, long amount) {
        List<SubmissionChannel> channels = p.channels().stream()
                .map(c -> c == p.channels().getFirst()
                        ? new SubmissionChannel(
                                c.method(),
                                c.time(),
                                List.of(new Fee(BigDecimal.valueOf(amount), Fee.VND, "")),
                                c.description())
                        : c)
                .toList();
        return new Procedure(
                p.code(),
                p.name(),
                p.domain(),
                p.levels(),
                p.procedureType(),
                p.agencies(),
                p.targetGroups(),
                p.steps(),
                channels,
                p.documents(),
                p.conditions(),
                p.results(),
                p.legalBasis(),
                p.decisionNumber(),
                p.sourceUrl(),
                p.ministry(),
                Instant.parse("2026-11-30T00:00:00Z"));
    }

    private static Procedure asUploaded(Procedure p) {
        return p.imported(Instant.parse("2026-11-30T00:00:00Z"), "");
    }

    @Test
    void aPublishedFeeIsServedAsImportedAndPublishingTheSameReimportAgainChangesNothing() {
        List<Procedure> upload = List.of(withFee(served(RESIDENCE), 8_000));
        CatalogReimport.Review review = reimport.review(upload, Set.of(), Set.of());
        assertThat(review.diff().entries()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(CatalogDiff.Kind.CHANGED);
            assertThat(e.changes()).extracting(CatalogDiff.FieldChange::field).containsExactly(ProcedureField.FEES);
        });
        assertThat(review.mark(RESIDENCE)).isEmpty();

        CatalogReimport.Outcome first = reimport.publish(
                "lan", upload, Set.of(), Set.of(), Set.of(RESIDENCE), review.revision(), "Cổng công bố mức phí mới");

        assertThat(first.published())
                .extracting(CatalogReimport.Published::code)
                .containsExactly(RESIDENCE);
        Procedure now = served(RESIDENCE);
        assertThat(now.channels().getFirst().fees().getFirst().describe()).isEqualTo("8.000 đồng");
        assertThat(now.isRevised()).as("an import is not a staff correction").isFalse();
        assertThat(now.importedAt()).isEqualTo(this.now);
        KnowledgeChange change =
                curator.history(ChangeKind.PROCEDURE, RESIDENCE.value()).getFirst();
        assertThat(change.reason()).isEqualTo("Nhập lại từ Cổng dịch vụ công: Cổng công bố mức phí mới");
        assertThat(change.author()).isEqualTo("lan");
        assertThat(audit.recent(1).getFirst().action()).isEqualTo("knowledge.procedure.change");

        long revision = live.current().revision();
        CatalogReimport.Outcome again =
                reimport.publish("lan", upload, Set.of(), Set.of(), Set.of(RESIDENCE), revision, "Đăng lại");
        assertThat(again.published()).isEmpty();
        assertThat(again.unchanged()).containsExactly(RESIDENCE);
        assertThat(changes.latest()).isEqualTo(revision);
        assertThat(reimport.review(upload, Set.of(), Set.of())
                        .diff()
                        .entries()
                        .getFirst()
                        .kind())
                .isEqualTo(CatalogDiff.Kind.UNCHANGED);
    }

    @Test
    void aProcedureStaffCorrectedIsMarkedAndReimportingItKeepsTheirNote() {
        Instant corrected = now;
        curator.publishProcedure(
                "minh",
                withFee(served(RESIDENCE), 5_000).revised("Mang theo căn cước.", corrected),
                false,
                "Phí giảm theo thông tư mới",
                0);
        Procedure portal = asUploaded(CATALOG.find(RESIDENCE).orElseThrow());

        CatalogReimport.Review review = reimport.review(List.of(portal), Set.of(), Set.of());

        CatalogReimport.StaffMark mark = review.mark(RESIDENCE).orElseThrow();
        assertThat(mark.edited()).isTrue();
        assertThat(mark.editedAt()).isEqualTo(corrected);
        assertThat(mark.note()).isEqualTo("Mang theo căn cước.");
        assertThat(review.diff().entries().getFirst().kind()).isEqualTo(CatalogDiff.Kind.CHANGED);

        reimport.publish("lan", List.of(portal), Set.of(), Set.of(), Set.of(RESIDENCE), review.revision(), "Theo cổng");

        Procedure after = served(RESIDENCE);
        assertThat(after.channels().getFirst().fees().getFirst().describe()).isEqualTo("7.000 đồng");
        assertThat(after.note()).isEqualTo("Mang theo căn cước.");
        assertThat(after.isRevised()).isFalse();
        CatalogReimport.StaffMark kept = reimport.review(List.of(portal), Set.of(), Set.of())
                .mark(RESIDENCE)
                .orElseThrow();
        assertThat(kept.edited())
                .as("no longer corrected since the last import")
                .isFalse();
        assertThat(kept.note()).isEqualTo("Mang theo căn cước.");
    }

    @Test
    void aProcedureMissingFromTheCompleteCatalogIsHiddenAndCanBeRestored() {
        List<Procedure> upload = CATALOG.procedures().stream()
                .filter(p -> !p.code().equals(RESIDENCE))
                .map(CatalogReimportTest::asUploaded)
                .toList();
        assertThat(reimport.review(upload, Set.of(), Set.of()).diff().entries(CatalogDiff.Kind.REMOVED))
                .isEmpty();
        CatalogReimport.Review review = reimport.review(upload, Set.of("bo-cong-an"), Set.of());
        assertThat(review.diff().entries(CatalogDiff.Kind.REMOVED))
                .extracting(CatalogDiff.Entry::code)
                .containsExactly(RESIDENCE);
        assertThat(review.diff().entries(CatalogDiff.Kind.UNCHANGED)).hasSize(CATALOG.size() - 1);

        CatalogReimport.Outcome outcome = reimport.publish(
                "lan", upload, Set.of("bo-cong-an"), Set.of(), Set.of(RESIDENCE), review.revision(), "Đã bãi bỏ");

        assertThat(outcome.count(CatalogDiff.Kind.REMOVED)).isEqualTo(1);
        assertThat(live.current().catalog().find(RESIDENCE)).isEmpty();
        // shown again as added, marked as hidden
        CatalogReimport.Review later =
                reimport.review(List.of(asUploaded(CATALOG.find(RESIDENCE).orElseThrow())), Set.of(), Set.of());
        assertThat(later.diff().entries().getFirst().kind()).isEqualTo(CatalogDiff.Kind.ADDED);
        assertThat(later.mark(RESIDENCE).orElseThrow().hiddenAt()).isEqualTo(now);

        curator.restore("lan", ChangeKind.PROCEDURE, RESIDENCE.value(), 0, "Ẩn nhầm");
        assertThat(live.current().catalog().find(RESIDENCE))
                .contains(CATALOG.find(RESIDENCE).orElseThrow());
    }

    @Test
    void aProcedureChangedAfterTheReviewIsRefusedAndTheOthersArePublishedWithOneRebuild() {
        List<Procedure> upload = CATALOG.procedures().stream()
                .limit(3)
                .map(p -> withFee(p, 9_000))
                .toList();
        CatalogReimport.Review review = reimport.review(upload, Set.of(), Set.of());
        ProcedureCode busy = upload.get(1).code();
        curator.publishProcedure("minh", served(busy).revised("Sửa tay", now), false, "Sửa tay", 0);
        int before = builds.get();

        CatalogReimport.Outcome outcome = reimport.publish(
                "lan",
                upload,
                Set.of(),
                Set.of(),
                upload.stream().map(Procedure::code).collect(java.util.stream.Collectors.toSet()),
                review.revision(),
                "Phí mới");

        assertThat(outcome.published())
                .extracting(CatalogReimport.Published::code)
                .containsExactly(upload.get(0).code(), upload.get(2).code());
        assertThat(outcome.refused()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(busy);
            assertThat(r.reason()).contains("vừa được thay đổi").contains("sau khi bạn xem so sánh");
        });
        assertThat(builds.get() - before)
                .as("one rebuild for the whole re-import")
                .isEqualTo(1);
        assertThat(served(busy).note()).isEqualTo("Sửa tay");
    }

    @Test
    void nothingSelectedOrNoReasonChangesNothing() {
        List<Procedure> upload = List.of(withFee(served(RESIDENCE), 8_000));
        assertThatThrownBy(() -> reimport.publish("lan", upload, Set.of(), Set.of(), Set.of(), 0, "Phí mới"))
                .isInstanceOf(CurationException.class)
                .hasMessage("Hãy chọn ít nhất một thủ tục để đăng.");
        assertThatThrownBy(() -> reimport.publish("lan", upload, Set.of(), Set.of(), Set.of(RESIDENCE), 0, "  "))
                .isInstanceOf(CurationException.class)
                .hasMessage("Hãy ghi lý do của lần nhập lại này.");
        assertThat(changes.latest()).isZero();
    }

    @Test
    void aBatchStopsWhenTheLogCannotBeReachedAndSaysSo() {
        KnowledgeLog down = new KnowledgeLog() {
            @Override
            public KnowledgeChange append(KnowledgeChange change, long expectedHead) {
                throw new vn.gov.assistant.core.state.StateUnavailableException("down", null);
            }

            @Override
            public List<KnowledgeChange> since(long revision) {
                return List.of();
            }

            @Override
            public long latest() {
                return 0;
            }
        };
        KnowledgeCurator offline = new KnowledgeCurator(live, down, audit, clock).servingAtOnce();
        List<KnowledgeCurator.Outcome> outcomes = offline.publishAll(
                "lan",
                List.of(
                        new KnowledgeCurator.Change(
                                ChangeKind.ABBREVIATION, "cccd", new Abbreviation("cccd", "căn cước"), 0),
                        new KnowledgeCurator.Change(
                                ChangeKind.ABBREVIATION, "gks", new Abbreviation("gks", "giấy khai sinh"), 0)),
                "Từ viết tắt");
        assertThat(outcomes).noneMatch(KnowledgeCurator.Outcome::published);
        assertThat(outcomes).allSatisfy(o -> assertThat(o.refusal()).startsWith("Chưa lưu được"));
    }
}
