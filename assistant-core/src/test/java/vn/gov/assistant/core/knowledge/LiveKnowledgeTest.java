package vn.gov.assistant.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.conversation.InMemoryConversationStore;
import vn.gov.assistant.core.conversation.ReplyRewriter;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.core.message.ReplyPart;
import vn.gov.assistant.core.staff.InMemoryAuditLog;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.procedure.Fee;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;
import vn.gov.assistant.knowledge.procedure.SubmissionChannel;

/** Staff's changes served by the live knowledge: published, versioned, restorable. */
class LiveKnowledgeTest {

    private static final Catalog CATALOG = Catalog.of(Catalog.bundled().procedures().stream()
            .filter(p -> p.domain().contains("Hộ tịch") || p.name().contains("tạm trú"))
            .toList());
    private static final String QUESTION = "đăng ký khai sinh lệ phí bao nhiêu";

    private final Instant now = Instant.parse("2026-11-30T02:00:00Z");
    private final Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    private final InMemoryKnowledgeLog changes = new InMemoryKnowledgeLog();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final AtomicInteger builds = new AtomicInteger();
    private final KnowledgeAssembly assembly = new KnowledgeAssembly(
            code -> 0,
            new InMemoryConversationStore(1000, java.time.Duration.ofMinutes(30), clock),
            ReplyRewriter.NONE,
            null);
    private final LiveKnowledge live = new LiveKnowledge(CATALOG, changes, (revision, catalog, curation) -> {
        builds.incrementAndGet();
        return assembly.assemble(revision, catalog, curation);
    });
    private final KnowledgeCurator curator = new KnowledgeCurator(live, changes, audit, clock);
    /** The procedure the fee question is answered from. */
    private final ProcedureCode birth =
            live.current().search().search(QUESTION, 1).hits().get(0).code();

    @AfterEach
    void close() {
        live.close();
    }

    /** Waits for the change to be served: publishing builds the index aside, on the refresh thread. */
    private void served(KnowledgeChange change) {
        try {
            assertThat(live.awaitServed(change.revision(), java.time.Duration.ofSeconds(60)))
                    .isTrue();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aPublishedChangeIsInTheHistoryAndTheLatestValuesAtOnceBeforeItsIndexIsBuilt() {
        KnowledgeChange name = curator.publish(
                "lan.nguyen",
                ChangeKind.EVERYDAY_NAME,
                "giay khai sinh cho be",
                new EverydayName("giấy khai sinh cho bé", birth.value()),
                "hỏi nhiều",
                0);

        assertThat(curator.history(ChangeKind.EVERYDAY_NAME, "giay khai sinh cho be"))
                .containsExactly(name);
        assertThat(curator.latest().everydayNames())
                .containsExactly(new EverydayName("giấy khai sinh cho bé", birth.value()));
        assertThat(curator.head(ChangeKind.EVERYDAY_NAME, "giay khai sinh cho be"))
                .isEqualTo(name.revision());
        served(name);
        assertThat(curator.served(name.revision())).isTrue();
    }

    private static Procedure withFee(Procedure p, long amount) {
        List<SubmissionChannel> channels = p.channels().stream()
                .map(c -> new SubmissionChannel(
                        c.method(),
                        c.time(),
                        List.of(new Fee(BigDecimal.valueOf(amount), Fee.VND, "")),
                        c.description()))
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
                p.importedAt(),
                "Mức phí mới từ 01/12/2026.",
                null);
    }

    private String feeAnswer(String conversation) {
        Reply reply = live.handle(conversation, new Inbound.Text(QUESTION));
        return reply.parts().stream()
                .filter(ReplyPart.Text.class::isInstance)
                .map(p -> ((ReplyPart.Text) p).text())
                .findFirst()
                .orElse("");
    }

    @Test
    void aPublishedFeeIsAnsweredAtOnceWithItsDateAndARestoreBringsTheOldOneBack() {
        Procedure original = live.current().catalog().find(birth).orElseThrow();
        String before = feeAnswer("c1");

        KnowledgeChange edit =
                curator.publishProcedure("lan.nguyen", withFee(original, 123_000), false, "Sửa theo Thông tư mới", 0);
        served(edit);

        assertThat(live.current().revision()).isEqualTo(edit.revision());
        assertThat(live.current().catalog().find(birth).orElseThrow().revisedAt())
                .isEqualTo(now);
        String after = feeAnswer("c2");
        assertThat(after).contains("123.000 đồng").contains("30/11/2026").contains("Mức phí mới từ 01/12/2026.");
        assertThat(audit.recent(1).get(0).action()).isEqualTo("knowledge.procedure.change");
        assertThat(audit.recent(1).get(0).detail()).contains("Sửa theo Thông tư mới");

        served(curator.restore("minh.tran", ChangeKind.PROCEDURE, birth.value(), 0, "Nhập nhầm"));

        assertThat(feeAnswer("c3")).isEqualTo(before);
        assertThat(curator.history(ChangeKind.PROCEDURE, birth.value()))
                .extracting(KnowledgeChange::author)
                .containsExactly("minh.tran", "lan.nguyen");
        assertThat(curator.history(ChangeKind.PROCEDURE, birth.value()).get(0).reason())
                .isEqualTo("Khôi phục bản gốc: Nhập nhầm");
    }

    @Test
    void aHiddenProcedureIsNoLongerServed() {
        Procedure original = live.current().catalog().find(birth).orElseThrow();

        served(curator.publishProcedure("lan.nguyen", original, true, "Thủ tục đã bãi bỏ", 0));

        assertThat(live.current().catalog().find(birth)).isEmpty();
        assertThat(live.current().search().search("đăng ký khai sinh", 5).hits())
                .noneMatch(h -> h.code().equals(birth));
    }

    @Test
    void aChangeWithoutReasonOrOnAStaleVersionIsRefusedAndChangesNothing() {
        Procedure original = live.current().catalog().find(birth).orElseThrow();
        assertThatThrownBy(() -> curator.publishProcedure("lan.nguyen", withFee(original, 1), false, "  ", 0))
                .isInstanceOf(CurationException.class)
                .hasMessage("Hãy ghi lý do của thay đổi.");
        curator.publishProcedure("lan.nguyen", withFee(original, 2), false, "lần một", 0);

        assertThatThrownBy(() -> curator.publishProcedure("minh.tran", withFee(original, 3), false, "lần hai", 0))
                .isInstanceOf(CurationException.class)
                .hasMessageContaining("vừa được người khác thay đổi");
        assertThat(changes.latest()).isEqualTo(1);
        assertThat(audit.recent(10)).hasSize(1);
    }

    @Test
    void anotherInstancePicksUpTheChangesOnItsNextRefreshAndBuildsOnlyWhenThereAreSome() {
        LiveKnowledge other = new LiveKnowledge(CATALOG, changes, assembly);
        try {
            assertThat(other.refresh()).isFalse();
            curator.publish(
                    "lan.nguyen",
                    ChangeKind.EVERYDAY_NAME,
                    "giay khai sinh cho be",
                    new EverydayName("giấy khai sinh cho bé", birth.value()),
                    "hỏi nhiều",
                    0);

            assertThat(other.refresh()).isTrue();
            assertThat(other.current().revision()).isEqualTo(1);
            assertThat(other.current().search().everydayNames().namesOf(birth)).contains("giấy khai sinh cho bé");
            assertThat(other.refresh()).isFalse();
        } finally {
            other.close();
        }
    }

    @Test
    void aRevisionThatCannotBeBuiltLeavesThePreviousOneServing() {
        int[] fail = {0};
        LiveKnowledge fragile = new LiveKnowledge(CATALOG, changes, (revision, catalog, curation) -> {
            if (fail[0]++ > 0) {
                throw new IllegalStateException("broken");
            }
            return assembly.assemble(revision, catalog, curation);
        });
        try {
            curator.publish(
                    "lan.nguyen",
                    ChangeKind.ABBREVIATION,
                    "gks",
                    new Abbreviation("gks", "giấy khai sinh"),
                    "viết tắt",
                    0);
            assertThat(fragile.refresh()).isFalse();
            assertThat(fragile.current().revision()).isZero();
            assertThat(fragile.changes()).hasSize(1);
        } finally {
            fragile.close();
        }
    }
}
