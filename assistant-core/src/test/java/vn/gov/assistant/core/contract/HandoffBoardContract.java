package vn.gov.assistant.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.handoff.Handoff;
import vn.gov.assistant.core.handoff.HandoffBoard;
import vn.gov.assistant.core.handoff.TranscriptLine;
import vn.gov.assistant.core.handoff.TranscriptLine.Speaker;

/**
 * What every {@link HandoffBoard} does: one open hand-off per conversation, a waiting order that
 * claims and ends keep up to date, transitions that happen once however many staff try at once,
 * and a transcript without duplicate lines.
 */
public abstract class HandoffBoardContract {

    protected abstract HandoffBoard board();

    /** The board as another instance sees it; a single-instance board has only itself. */
    protected HandoffBoard otherInstance() {
        return board();
    }

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Instant t0 = Instant.parse("2026-11-30T08:00:00.123456789Z");

    private Handoff waiting(String name) {
        return new Handoff(
                "h-" + run + "-" + name,
                "conv-" + run + "-" + name,
                "web",
                Handoff.Reason.REQUESTED,
                Handoff.Status.WAITING,
                "1.004194",
                "FEE",
                t0,
                "",
                t0);
    }

    private static TranscriptLine line(String id, Speaker speaker, String text) {
        return new TranscriptLine(id, speaker, speaker == Speaker.STAFF ? "lan.nguyen" : "", text, Instant.now());
    }

    @Test
    void anOpenedHandoffWaitsWithItsTranscript() {
        HandoffBoard board = board();
        Handoff a = waiting("a");
        List<TranscriptLine> transcript = List.of(
                line("l1", Speaker.CITIZEN, "Tôi muốn gặp cán bộ"),
                line("l2", Speaker.ASSISTANT, "Vui lòng chờ trong giây lát, cán bộ sẽ trả lời bạn."));

        assertThat(board.open(a, transcript)).isTrue();

        assertThat(board.get(a.id())).contains(a);
        assertThat(otherInstance().openFor(a.conversationId())).contains(a);
        assertThat(board.open()).containsExactly(a);
        assertThat(board.position(a.id())).isEqualTo(1);
        assertThat(otherInstance().transcript(a.id())).containsExactlyElementsOf(transcript);
    }

    @Test
    void aConversationHasAtMostOneOpenHandoff() {
        HandoffBoard board = board();
        Handoff a = waiting("a");
        Handoff again = new Handoff(
                a.id() + "-again",
                a.conversationId(),
                "web",
                Handoff.Reason.SENSITIVE_TOPIC,
                Handoff.Status.WAITING,
                "",
                "",
                t0,
                "",
                t0);
        assertThat(board.open(a, List.of())).isTrue();

        assertThat(otherInstance().open(again, List.of(line("x", Speaker.CITIZEN, "Khiếu nại"))))
                .isFalse();

        assertThat(board.get(again.id())).isEmpty();
        assertThat(board.transcript(again.id())).isEmpty();
        assertThat(board.openFor(a.conversationId())).contains(a);
        assertThat(board.open()).containsExactly(a);

        board.end(a.id(), Handoff.Status.RETURNED, t0.plusSeconds(60));
        assertThat(board.open(again, List.of())).isTrue();
        assertThat(board.openFor(a.conversationId())).contains(again);
    }

    @Test
    void anIdIsUsedOnce() {
        HandoffBoard board = board();
        Handoff a = waiting("a");
        assertThat(board.open(a, List.of())).isTrue();
        board.end(a.id(), Handoff.Status.CLOSED, t0.plusSeconds(1));
        Handoff sameId = new Handoff(
                a.id(),
                "conv-" + run + "-z",
                "web",
                Handoff.Reason.REQUESTED,
                Handoff.Status.WAITING,
                "",
                "",
                t0,
                "",
                t0);

        assertThat(board.open(sameId, List.of())).isFalse();
        assertThat(board.openFor(sameId.conversationId())).isEmpty();
    }

    @Test
    void onlyWaitingHandoffsOpen() {
        Handoff claimed = waiting("a").claimedBy("lan.nguyen", t0);
        assertThatThrownBy(() -> board().open(claimed, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void positionsFollowTheWaitingOrderAndMoveUpOnClaimAndEnd() {
        HandoffBoard board = board();
        Handoff a = waiting("a");
        Handoff b = waiting("b");
        Handoff c = waiting("c");
        board.open(a, List.of());
        board.open(b, List.of());
        board.open(c, List.of());
        assertThat(List.of(board.position(a.id()), board.position(b.id()), board.position(c.id())))
                .containsExactly(1, 2, 3);

        Handoff bClaimed = board.claim(b.id(), "lan.nguyen", t0.plusSeconds(5)).orElseThrow();

        assertThat(List.of(board.position(a.id()), board.position(b.id()), board.position(c.id())))
                .containsExactly(1, 0, 2);
        assertThat(board.open()).containsExactly(a, c, bClaimed);

        Handoff aEnded = otherInstance()
                .end(a.id(), Handoff.Status.CLOSED, t0.plusSeconds(9))
                .orElseThrow();

        assertThat(aEnded.status()).isEqualTo(Handoff.Status.CLOSED);
        assertThat(board.position(a.id())).isZero();
        assertThat(board.position(c.id())).isEqualTo(1);
        assertThat(board.open()).containsExactly(c, bClaimed);
        assertThat(board.position("h-" + run + "-unknown")).isZero();
    }

    @Test
    void aClaimTakesAWaitingHandoffOnce() {
        HandoffBoard board = board();
        Handoff a = waiting("a");
        board.open(a, List.of());
        Instant at = t0.plusSeconds(30);

        Optional<Handoff> claimed = board.claim(a.id(), "lan.nguyen", at);

        assertThat(claimed).contains(a.claimedBy("lan.nguyen", at));
        assertThat(board.get(a.id())).isEqualTo(claimed);
        assertThat(board.openFor(a.conversationId())).isEqualTo(claimed);
        assertThat(otherInstance().claim(a.id(), "minh.tran", at.plusSeconds(1)))
                .isEmpty();
        assertThat(board.get(a.id()).orElseThrow().assignee()).isEqualTo("lan.nguyen");
        assertThat(board.claim("h-" + run + "-unknown", "minh.tran", at)).isEmpty();
    }

    @Test
    void concurrentClaimsOfOneHandoffHaveOneWinner() throws Exception {
        HandoffBoard[] boards = {board(), otherInstance()};
        int staff = 6;
        ExecutorService pool = Executors.newFixedThreadPool(staff);
        try {
            for (int round = 0; round < 10; round++) {
                Handoff h = waiting("race" + round);
                boards[0].open(h, List.of());
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Optional<Handoff>>> results = new ArrayList<>();
                for (int s = 0; s < staff; s++) {
                    HandoffBoard board = boards[s % 2];
                    String login = "staff" + s;
                    results.add(pool.submit(() -> {
                        start.await();
                        return board.claim(h.id(), login, t0.plusSeconds(1));
                    }));
                }
                start.countDown();
                List<String> winners = new ArrayList<>();
                for (Future<Optional<Handoff>> result : results) {
                    result.get().ifPresent(won -> winners.add(won.assignee()));
                }
                assertThat(winners).as("round %d", round).hasSize(1);
                assertThat(boards[1].get(h.id()).orElseThrow().assignee()).isEqualTo(winners.get(0));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyTheHolderTransfers() {
        HandoffBoard board = board();
        Handoff a = waiting("a");
        board.open(a, List.of());
        assertThat(board.transfer(a.id(), "", "minh.tran", t0))
                .as("a waiting one")
                .isEmpty();
        board.claim(a.id(), "lan.nguyen", t0.plusSeconds(1));

        assertThat(board.transfer(a.id(), "minh.tran", "hoa.le", t0.plusSeconds(2)))
                .isEmpty();
        Optional<Handoff> moved = otherInstance().transfer(a.id(), "lan.nguyen", "minh.tran", t0.plusSeconds(3));

        assertThat(moved).map(Handoff::assignee).contains("minh.tran");
        assertThat(moved).map(Handoff::status).contains(Handoff.Status.CLAIMED);
        assertThat(moved).map(Handoff::updated).contains(t0.plusSeconds(3));
        assertThat(board.get(a.id())).isEqualTo(moved);
        assertThat(board.transfer(a.id(), "lan.nguyen", "hoa.le", t0.plusSeconds(4)))
                .as("the former holder")
                .isEmpty();
    }

    @Test
    void aHandoffEndsOnceAndOnlyFromOpen() {
        HandoffBoard board = board();
        Handoff a = waiting("a");
        Handoff b = waiting("b");
        board.open(a, List.of());
        board.open(b, List.of());
        board.claim(b.id(), "lan.nguyen", t0.plusSeconds(1));

        Optional<Handoff> returned = board.end(a.id(), Handoff.Status.RETURNED, t0.plusSeconds(2));
        Optional<Handoff> moved = board.end(b.id(), Handoff.Status.MOVED_TO_CALLBACK, t0.plusSeconds(3));

        assertThat(returned).map(Handoff::status).contains(Handoff.Status.RETURNED);
        assertThat(moved).map(Handoff::status).contains(Handoff.Status.MOVED_TO_CALLBACK);
        assertThat(moved).map(Handoff::assignee).contains("lan.nguyen");
        assertThat(board.get(a.id())).isEqualTo(returned);
        assertThat(board.openFor(a.conversationId())).isEmpty();
        assertThat(board.openFor(b.conversationId())).isEmpty();
        assertThat(board.open()).isEmpty();
        assertThat(otherInstance().end(a.id(), Handoff.Status.CLOSED, t0.plusSeconds(4)))
                .isEmpty();
        assertThat(board.claim(a.id(), "lan.nguyen", t0.plusSeconds(5))).isEmpty();
        assertThat(board.get(a.id())).isEqualTo(returned);
        assertThat(board.end("h-" + run + "-unknown", Handoff.Status.CLOSED, t0))
                .isEmpty();
        assertThatThrownBy(() -> board.end(b.id(), Handoff.Status.WAITING, t0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linesAreAppendedOnceByIdInOrder() {
        HandoffBoard board = board();
        Handoff a = waiting("a");
        TranscriptLine first = line("l1", Speaker.CITIZEN, "Lệ phí làm căn cước là bao nhiêu?");
        board.open(a, List.of(first, first));
        TranscriptLine reply = line("l2", Speaker.STAFF, "Chào anh, lệ phí cấp mới là 30.000 đồng.");
        TranscriptLine note = line("l3", Speaker.NOTE, "Đã kiểm tra trên hệ thống.");

        assertThat(board.append(a.id(), reply)).isTrue();
        assertThat(otherInstance().append(a.id(), reply)).isFalse();
        assertThat(board.append(a.id(), first)).isFalse();
        assertThat(otherInstance().append(a.id(), note)).isTrue();

        assertThat(board.transcript(a.id())).containsExactly(first, reply, note);
    }

    @Test
    void anUnknownHandoffHasNothing() {
        HandoffBoard board = board();
        String unknown = "h-" + run + "-unknown";

        assertThat(board.get(unknown)).isEmpty();
        assertThat(board.openFor("conv-" + run + "-unknown")).isEmpty();
        assertThat(board.transcript(unknown)).isEmpty();
        assertThat(board.append(unknown, line("l1", Speaker.CITIZEN, "Xin chào")))
                .isFalse();
        assertThat(board.transcript(unknown)).isEmpty();
    }

    @Test
    void theTranscriptOutlivesTheEnd() {
        HandoffBoard board = board();
        Handoff a = waiting("a");
        TranscriptLine first = line("l1", Speaker.CITIZEN, "Cho tôi hỏi thủ tục khai sinh");
        board.open(a, List.of(first));
        board.end(a.id(), Handoff.Status.CLOSED, t0.plusSeconds(1));
        TranscriptLine closing = line("l2", Speaker.SYSTEM, "Cuộc trò chuyện với cán bộ đã kết thúc.");

        assertThat(board.append(a.id(), closing)).isTrue();

        assertThat(board.transcript(a.id())).containsExactly(first, closing);
    }

    // ---------------------------------------------------------------- privacy and retention

    @Test
    void aConversationsHandoffsAreFoundOpenOrEnded() {
        HandoffBoard board = board();
        Handoff first = waiting("c1");
        board.open(first, List.of(line("c1-1", Speaker.CITIZEN, "Tôi cần gặp cán bộ")));
        board.end(first.id(), Handoff.Status.CLOSED, t0.plusSeconds(60));
        Handoff second = new Handoff(
                "h-" + run + "-c2",
                first.conversationId(),
                "web",
                Handoff.Reason.REQUESTED,
                Handoff.Status.WAITING,
                "",
                "",
                t0.plusSeconds(120),
                "",
                t0.plusSeconds(120));
        board.open(second, List.of());

        assertThat(otherInstance().ofConversation(first.conversationId()))
                .extracting(Handoff::id, Handoff::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(first.id(), Handoff.Status.CLOSED),
                        org.assertj.core.groups.Tuple.tuple(second.id(), Handoff.Status.WAITING));
        assertThat(board.ofConversation("conv-" + run + "-nobody")).isEmpty();
    }

    @Test
    void endedHandoffsBeforeTheCutOffAreOfferedAndDeletedWithTheirTranscript() {
        HandoffBoard board = board();
        Handoff old = waiting("e1");
        Handoff recent = waiting("e2");
        Handoff open = waiting("e3");
        board.open(old, List.of(line("e1-1", Speaker.CITIZEN, "Số của tôi là 0912345678")));
        board.open(recent, List.of());
        board.open(open, List.of());
        board.end(old.id(), Handoff.Status.CLOSED, t0.plusSeconds(10));
        board.end(recent.id(), Handoff.Status.RETURNED, t0.plusSeconds(100));

        List<String> offered = board.endedBefore(t0.plusSeconds(50)).stream()
                .map(Handoff::id)
                .filter(id -> id.contains(run))
                .toList();
        assertThat(offered).containsExactly(old.id());

        assertThat(board.delete(old.id())).isTrue();
        assertThat(otherInstance().delete(old.id())).isFalse();
        assertThat(board.get(old.id())).isEmpty();
        assertThat(board.transcript(old.id())).isEmpty();
        assertThat(board.ofConversation(old.conversationId())).isEmpty();
        assertThat(board.endedBefore(t0.plusSeconds(3600)))
                .extracting(Handoff::id)
                .contains(recent.id())
                .doesNotContain(old.id(), open.id());
    }

    @Test
    void anOpenHandoffIsNotDeleted() {
        HandoffBoard board = board();
        Handoff open = waiting("o1");
        board.open(open, List.of(line("o1-1", Speaker.CITIZEN, "Xin chào")));

        assertThat(board.delete(open.id())).isFalse();
        assertThat(board.openFor(open.conversationId())).contains(open);
        assertThat(board.transcript(open.id())).hasSize(1);
    }
}
