package vn.gov.assistant.core.unanswered;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.conversation.InMemoryConversationStore;
import vn.gov.assistant.core.conversation.ReplyRewriter;
import vn.gov.assistant.core.knowledge.CannedAnswer;
import vn.gov.assistant.core.knowledge.ChangeKind;
import vn.gov.assistant.core.knowledge.CurationException;
import vn.gov.assistant.core.knowledge.EverydayName;
import vn.gov.assistant.core.knowledge.InMemoryKnowledgeLog;
import vn.gov.assistant.core.knowledge.KnowledgeAssembly;
import vn.gov.assistant.core.knowledge.KnowledgeChange;
import vn.gov.assistant.core.knowledge.KnowledgeCurator;
import vn.gov.assistant.core.knowledge.LiveKnowledge;
import vn.gov.assistant.core.knowledge.UnansweredResolution;
import vn.gov.assistant.core.knowledge.UnansweredResolution.Outcome;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.core.staff.InMemoryAuditLog;
import vn.gov.assistant.core.unanswered.UnansweredQuestion.Reason;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.text.VietnameseText;

/**
 * Staff's side over a real live knowledge (residence, civil status and driving licence procedures):
 * the groups of a period, the three resolutions published through the curator and checked, and
 * the measure of a resolution against the knowledge served after it.
 */
class UnansweredDeskTest {

    private static final Catalog CATALOG = Catalog.of(Catalog.bundled().procedures().stream()
            .filter(p -> p.domain().equals("Đăng ký, quản lý cư trú")
                    || p.domain().equals("Hộ tịch")
                    || p.domain().equals("Sát hạch, cấp giấy phép lái xe"))
            .toList());

    private static final String LODGING = UnansweredCaptureTest.LODGING;
    private static final String LODGING_PLAIN = VietnameseText.stripDiacritics(LODGING);
    private static final String TEMPORARY_RESIDENCE = "1.004194";

    private final Instant now = Instant.parse("2026-11-30T02:00:00Z");
    private final Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    private final InMemoryKnowledgeLog changes = new InMemoryKnowledgeLog();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final LiveKnowledge live = new LiveKnowledge(
            CATALOG,
            changes,
            new KnowledgeAssembly(
                    code -> 0,
                    new InMemoryConversationStore(1000, Duration.ofMinutes(30), clock),
                    ReplyRewriter.NONE,
                    null));
    private final KnowledgeCurator curator = new KnowledgeCurator(live, changes, audit, clock).servingAtOnce();
    private final InMemoryUnansweredQuestions questions = new InMemoryUnansweredQuestions(10_000);
    private final UnansweredDesk desk = new UnansweredDesk(questions, curator, UnansweredDesk.Settings.DEFAULT, clock);

    @AfterEach
    void close() {
        live.close();
    }

    private void asked(String text, String channel, Duration ago, Reason reason) {
        questions.add(new UnansweredQuestion(UUID.randomUUID().toString(), text, channel, now.minus(ago), reason));
    }

    private void asked(String text, Duration ago) {
        asked(text, "web", ago, Reason.DECLINED);
    }

    /** The open group of a question. */
    private UnansweredGroup open(String question) {
        String key = ChangeKind.keyOf(question);
        return desk.overview(Duration.ofDays(30)).open().stream()
                .filter(g -> g.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no open group " + key));
    }

    private Reply ask(String text) {
        return live.current().engine().handle("desk-test-" + UUID.randomUUID(), new Inbound.Text(text));
    }

    @Test
    void theOpenGroupsOfAPeriodComeMostAskedFirstWithTheirCountsChannelsAndExamples() {
        asked(LODGING, Duration.ofDays(3));
        asked(LODGING_PLAIN, "telegram", Duration.ofDays(2), Reason.DECLINED);
        asked(LODGING, "zalo", Duration.ofDays(1), Reason.CLARIFICATION_FAILED);
        asked("em ở trọ thì có cần báo công an phường không ạ", "web", Duration.ofHours(5), Reason.RATED_BADLY);
        asked("thời tiết hôm nay thế nào", Duration.ofDays(40)); // before the period
        asked("hôm nay thời tiết ra sao", Duration.ofDays(4));
        asked("giá vàng hôm nay bao nhiêu", Duration.ofDays(200)); // before the retention: forgotten

        UnansweredDesk.Overview overview = desk.overview(Duration.ofDays(30));

        assertThat(overview.from()).isEqualTo(now.minus(Duration.ofDays(30)));
        assertThat(overview.resolved()).isEmpty();
        assertThat(overview.open())
                .extracting(UnansweredGroup::typical, UnansweredGroup::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LODGING, 4),
                        org.assertj.core.groups.Tuple.tuple("hôm nay thời tiết ra sao", 1));
        UnansweredGroup lodging = overview.open().getFirst();
        assertThat(lodging.key()).isEqualTo(ChangeKind.keyOf(LODGING));
        assertThat(lodging.total()).isEqualTo(4);
        assertThat(lodging.channels()).isEqualTo(Map.of("web", 2, "telegram", 1, "zalo", 1));
        assertThat(lodging.reasons())
                .isEqualTo(Map.of(Reason.DECLINED, 2, Reason.CLARIFICATION_FAILED, 1, Reason.RATED_BADLY, 1));
        assertThat(lodging.firstSeen()).isEqualTo(now.minus(Duration.ofDays(3)));
        assertThat(lodging.lastSeen()).isEqualTo(now.minus(Duration.ofHours(5)));
        // distinct phrasings, newest first; the one typed without diacritics is the same phrasing
        assertThat(lodging.examples()).containsExactly("em ở trọ thì có cần báo công an phường không ạ", LODGING);
        assertThat(lodging.phrasings()).containsExactly(LODGING, "em ở trọ thì có cần báo công an phường không ạ");
        assertThat(lodging.head()).isZero();
        assertThat(UnansweredDesk.suggestedName(lodging))
                .isEqualTo("vợ chồng em từ nghệ an ra hn làm công nhân, ở trọ thì có cần báo công an phường k");

        assertThat(desk.overview(Duration.ofDays(365)).open())
                .extracting(UnansweredGroup::count)
                .containsExactly(4, 2);
    }

    @Test
    void linkingAGroupTeachesTheSearchItsWordsAndTheSameQuestionsAreThenAnswered() throws InterruptedException {
        assertThat(ask(LODGING).metadata().declined()).isTrue();
        asked(LODGING, Duration.ofDays(2));
        asked(LODGING_PLAIN, Duration.ofDays(1));
        UnansweredGroup group = open(LODGING);

        String name = UnansweredDesk.suggestedName(group); // the citizens' own words, as offered to staff
        KnowledgeChange linked = desk.link(
                "lan.nguyen",
                group.key(),
                group.head(),
                TEMPORARY_RESIDENCE,
                name,
                "Công dân ở trọ hỏi về đăng ký tạm trú");
        assertThat(desk.overview(Duration.ofDays(30)).open()).isEmpty(); // known at once, while the index is built
        assertThat(live.awaitServed(linked.revision(), Duration.ofMinutes(2))).isTrue();

        assertThat(curator.latest().everydayNames()).containsExactly(new EverydayName(name, TEMPORARY_RESIDENCE));
        assertThat(curator.latest().value(ChangeKind.UNANSWERED, group.key(), UnansweredResolution.class))
                .contains(new UnansweredResolution(Outcome.LINKED, TEMPORARY_RESIDENCE, List.of(LODGING)));
        assertThat(ask(LODGING).metadata().cited()).containsExactly(TEMPORARY_RESIDENCE);
        assertThat(ask(LODGING_PLAIN).metadata().cited()).containsExactly(TEMPORARY_RESIDENCE);

        UnansweredDesk.Overview after = desk.overview(Duration.ofDays(30));
        assertThat(after.open()).isEmpty();
        UnansweredGroup resolved = after.resolved().getFirst();
        UnansweredGroup.Resolution how = resolved.resolution().orElseThrow();
        assertThat(how.outcome()).isEqualTo(Outcome.LINKED);
        assertThat(how.target()).isEqualTo(TEMPORARY_RESIDENCE);
        assertThat(how.targetName()).isEqualTo("Đăng ký tạm trú");
        assertThat(how.author()).isEqualTo("lan.nguyen");
        assertThat(how.at()).isEqualTo(now);
        assertThat(how.reason()).isEqualTo("Công dân ở trọ hỏi về đăng ký tạm trú");
        assertThat(resolved.head()).isEqualTo(how.revision());

        Recheck recheck = desk.recheck(resolved);
        assertThat(recheck.revision()).isEqualTo(curator.current().revision());
        assertThat(recheck.upToDate()).isTrue();
        assertThat(recheck.asked()).isEqualTo(1);
        assertThat(recheck.resolved()).isEqualTo(1);
        assertThat(recheck.answeredBy()).isEqualTo(Map.of(TEMPORARY_RESIDENCE, 1));
        assertThat(recheck.questions().getFirst().name()).isEqualTo("Đăng ký tạm trú");
        assertThat(audit.recent(10))
                .extracting(e -> e.action())
                .contains("knowledge.everyday_name.change", "knowledge.unanswered.change");
    }

    @Test
    void aGroupOutOfScopeIsNeverOpenAgainWhateverIsAskedLater() throws InterruptedException {
        asked("thời tiết hôm nay thế nào", Duration.ofDays(2));
        UnansweredGroup weather = open("thời tiết hôm nay thế nào");

        var before = curator.current();
        desk.outOfScope("lan.nguyen", weather.key(), 0, "Không thuộc thủ tục hành chính");
        // a resolution alone changes nothing the engine answers from: served without a new index
        assertThat(live.awaitServed(1, Duration.ofMinutes(1))).isTrue();
        assertThat(curator.current().search()).isSameAs(before.search());
        assertThat(curator.current().engine()).isSameAs(before.engine());
        asked("hôm nay thời tiết ra sao", Duration.ofMinutes(-5)); // asked after the resolution

        UnansweredDesk.Overview overview = desk.overview(Duration.ofDays(30));
        assertThat(overview.open()).isEmpty();
        assertThat(overview.resolved()).singleElement().satisfies(g -> {
            assertThat(g.count()).isEqualTo(1); // asked since the resolution
            assertThat(g.resolution().orElseThrow().outcome()).isEqualTo(Outcome.OUT_OF_SCOPE);
        });
        Recheck recheck = desk.recheck(overview.resolved().getFirst());
        assertThat(recheck.resolved()).isEqualTo(1); // still not answered, as intended
        assertThat(recheck.answered()).isZero();
    }

    @Test
    void aLinkedGroupStillAskedAfterItsResolutionIsOpenAgainWithOnlyTheLaterQuestions() {
        asked(LODGING, Duration.ofDays(2));
        UnansweredGroup group = open(LODGING);
        desk.link("lan.nguyen", group.key(), 0, TEMPORARY_RESIDENCE, "báo công an phường", "tạm trú");
        asked("ở trọ thì có cần báo công an phường không ạ, vợ chồng em làm công nhân ở HN", Duration.ofMinutes(-1));

        UnansweredGroup again = desk.overview(Duration.ofDays(30)).open().getFirst();
        assertThat(again.key()).isEqualTo(group.key());
        assertThat(again.count()).isEqualTo(1);
        assertThat(again.resolution()).isPresent();
        assertThat(again.head()).isPositive();
    }

    @Test
    void aCannedAnswerIsPublishedWithTheGroupsPhrasingsAsItsQuestions() {
        asked("bộ phận một cửa phường làm việc thứ bảy không", Duration.ofDays(2));
        asked("sáng thứ bảy bộ phận một cửa có làm việc không", Duration.ofDays(1));
        UnansweredGroup group = open("bộ phận một cửa phường làm việc thứ bảy không");

        desk.answer(
                "lan.nguyen",
                group.key(),
                0,
                "Giờ làm việc của bộ phận một cửa",
                "Bộ phận một cửa làm việc sáng thứ Bảy từ 7 giờ 30 đến 11 giờ 30.",
                "Câu hỏi thường gặp");

        CannedAnswer canned = curator.latest().cannedAnswers().getFirst();
        assertThat(canned.id()).isEqualTo("gio-lam-viec-cua-bo-phan-mot-cua");
        assertThat(canned.questions())
                .containsExactlyInAnyOrder(
                        "bộ phận một cửa phường làm việc thứ bảy không",
                        "sáng thứ bảy bộ phận một cửa có làm việc không");
        UnansweredGroup resolved = desk.overview(Duration.ofDays(30)).resolved().getFirst();
        assertThat(resolved.resolution().orElseThrow().targetName()).isEqualTo("Giờ làm việc của bộ phận một cửa");
        assertThat(desk.recheck(resolved).asked()).isEqualTo(2);

        // a second answer with the same title gets an id of its own
        asked("giá vàng hôm nay bao nhiêu", Duration.ofDays(1));
        desk.answer(
                "lan.nguyen",
                open("giá vàng hôm nay bao nhiêu").key(),
                0,
                "Giờ làm việc của bộ phận một cửa",
                "Khác",
                "thử");
        assertThat(curator.latest().cannedAnswers())
                .extracting(CannedAnswer::id)
                .containsExactly("gio-lam-viec-cua-bo-phan-mot-cua", "gio-lam-viec-cua-bo-phan-mot-cua-2");
    }

    @Test
    void aResolutionStaffCannotMakeIsRefusedInVietnameseAndNothingIsPublished() {
        asked(LODGING, Duration.ofDays(2));
        String key = open(LODGING).key();

        assertRefused(() -> desk.link("lan", key, 0, TEMPORARY_RESIDENCE, "ở trọ báo công an", " "), "Hãy ghi lý do");
        assertRefused(() -> desk.link("lan", key, 0, "", "ở trọ báo công an", "lý do"), "Hãy chọn thủ tục");
        assertRefused(() -> desk.link("lan", key, 0, "abc", "ở trọ báo công an", "lý do"), "không hợp lệ");
        assertRefused(
                () -> desk.link("lan", key, 0, "9.999999", "ở trọ báo công an", "lý do"), "Không có thủ tục 9.999999");
        assertRefused(() -> desk.link("lan", key, 0, TEMPORARY_RESIDENCE, "  ", "lý do"), "Hãy nhập tên gọi");
        assertRefused(() -> desk.link("lan", key, 0, TEMPORARY_RESIDENCE, "trọ?", "lý do"), "ít nhất hai tiếng");
        assertRefused(
                () -> desk.link("lan", key, 7, TEMPORARY_RESIDENCE, "ở trọ báo công an", "lý do"),
                "vừa được người khác");
        assertRefused(
                () -> desk.link("lan", "khong co nhom nay", 0, TEMPORARY_RESIDENCE, "ở trọ", "lý do"),
                "Không tìm thấy nhóm");
        assertRefused(() -> desk.answer("lan", key, 0, "", "nội dung", "lý do"), "tiêu đề");
        assertRefused(() -> desk.answer("lan", key, 0, "Tiêu đề", "", "lý do"), "nội dung");
        assertRefused(() -> desk.outOfScope("lan", key, 0, ""), "Hãy ghi lý do");
        assertThat(changes.latest()).isZero();

        // a name already given to another procedure is not taken over
        curator.publish(
                "minh",
                ChangeKind.EVERYDAY_NAME,
                ChangeKind.keyOf("báo công an phường"),
                new EverydayName("báo công an phường", "1.004222"),
                "tên khác",
                0);
        assertRefused(
                () -> desk.link("lan", key, 0, TEMPORARY_RESIDENCE, "Báo công an phường?", "lý do"),
                "đang dùng cho thủ tục 1.004222");
        assertThat(changes.latest()).isEqualTo(1);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(CurationException.class).hasMessageContaining(message);
    }

    @Test
    void procedurePickingFindsByCodeOrByCitizensWords() {
        assertThat(desk.procedures(TEMPORARY_RESIDENCE, 5).getFirst())
                .isEqualTo(new UnansweredDesk.ProcedureChoice(TEMPORARY_RESIDENCE, "Đăng ký tạm trú"));
        assertThat(desk.procedures("dang ky tam tru", 5))
                .extracting(UnansweredDesk.ProcedureChoice::code)
                .contains(TEMPORARY_RESIDENCE)
                .hasSizeLessThanOrEqualTo(5);
        assertThat(desk.procedures("  ", 5)).isEmpty();
    }

    @Test
    void theNameOfferedIsTheTypicalPhrasingInLowerCaseWithoutItsClosingPunctuation() {
        assertThat(UnansweredDesk.suggestedName(typical("  - Ở trọ thì có cần báo công an không ạ?? ")))
                .isEqualTo("ở trọ thì có cần báo công an không ạ");
        assertThat(UnansweredDesk.suggestedName(typical("<b>Làm sổ đỏ</b> mất bao lâu…")))
                .isEqualTo("<b>làm sổ đỏ</b> mất bao lâu");
    }

    private static UnansweredGroup typical(String text) {
        return new UnansweredGroup(
                "k", text, 1, 1, null, null, Map.of(), Map.of(), List.of(), List.of(), java.util.Optional.empty(), 0);
    }
}
