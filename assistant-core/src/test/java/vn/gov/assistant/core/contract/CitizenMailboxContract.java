package vn.gov.assistant.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.handoff.CitizenMailbox;
import vn.gov.assistant.core.handoff.CitizenMailbox.Subscription;
import vn.gov.assistant.core.handoff.TranscriptLine;
import vn.gov.assistant.core.handoff.TranscriptLine.Speaker;

/**
 * What every {@link CitizenMailbox} does: keep the latest lines of a conversation, each line once
 * by its id, and hand every new line once to every subscriber, on whichever instance.
 */
public abstract class CitizenMailboxContract {

    /** How many lines per conversation the mailboxes under test keep. */
    protected static final int MAX_LINES = 20;

    /** A mailbox keeping {@link #MAX_LINES} lines per conversation. */
    protected abstract CitizenMailbox mailbox();

    /** The mailbox of another instance over the same store; a single instance has only itself. */
    protected CitizenMailbox otherInstance() {
        return mailbox();
    }

    private final String conversation = "conv-" + UUID.randomUUID();

    private static TranscriptLine line(String id, String text) {
        return new TranscriptLine(id, Speaker.STAFF, "lan.nguyen", text, Instant.now());
    }

    private record Received(String conversationId, TranscriptLine line) {}

    @Test
    void postedLinesAreKeptOldestFirstAndOnceById() {
        CitizenMailbox mailbox = mailbox();
        TranscriptLine first = line("l1", "Chào anh, tôi là cán bộ Phường Bến Nghé.");
        TranscriptLine second = line("l2", "Anh cần mang theo giấy khai sinh bản chính.");

        assertThat(mailbox.post(conversation, first)).isTrue();
        assertThat(mailbox.post(conversation, second)).isTrue();
        assertThat(otherInstance().post(conversation, first)).isFalse();

        assertThat(otherInstance().lines(conversation)).containsExactly(first, second);
        assertThat(mailbox.lines(conversation + "-other")).isEmpty();
    }

    @Test
    void onlyTheLatestLinesAreKept() {
        CitizenMailbox mailbox = mailbox();
        int posted = MAX_LINES + 5;
        for (int i = 0; i < posted; i++) {
            mailbox.post(conversation, line("l" + i, "Dòng " + i));
        }

        List<TranscriptLine> kept = mailbox.lines(conversation);

        assertThat(kept).hasSize(MAX_LINES);
        assertThat(kept.get(0).id()).isEqualTo("l5");
        assertThat(kept.get(MAX_LINES - 1).id()).isEqualTo("l" + (posted - 1));
        assertThat(mailbox.post(conversation, line("l" + (posted - 1), "Lặp lại")))
                .isFalse();
    }

    @Test
    void everySubscriberOnEveryInstanceReceivesALineOnce() {
        CitizenMailbox here = mailbox();
        CitizenMailbox there = otherInstance();
        List<Received> receivedHere = new CopyOnWriteArrayList<>();
        List<Received> receivedThere = new CopyOnWriteArrayList<>();
        try (Subscription a = here.subscribe((c, l) -> receivedHere.add(new Received(c, l)));
                Subscription b = there.subscribe((c, l) -> receivedThere.add(new Received(c, l)))) {
            TranscriptLine fromHere = line("l1", "Hồ sơ của anh đã đầy đủ.");
            TranscriptLine fromThere = line("l2", "Anh có thể nhận kết quả sau 3 ngày làm việc.");

            here.post(conversation, fromHere);
            there.post(conversation, fromThere);
            here.post(conversation, fromThere); // a duplicate is not broadcast

            List<Received> expected =
                    List.of(new Received(conversation, fromHere), new Received(conversation, fromThere));
            assertThat(Eventually.within(
                            Duration.ofSeconds(5), () -> receivedHere.size() >= 2 && receivedThere.size() >= 2))
                    .isTrue();
            Eventually.pause(Duration.ofMillis(200)); // time for a wrong extra delivery to show
            assertThat(receivedHere).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(receivedThere).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(a).isNotNull();
            assertThat(b).isNotNull();
        }
    }

    @Test
    void aClosedSubscriptionReceivesNothingMore() {
        CitizenMailbox here = mailbox();
        List<Received> closedOne = new CopyOnWriteArrayList<>();
        List<Received> openOne = new CopyOnWriteArrayList<>();
        Subscription closing = here.subscribe((c, l) -> closedOne.add(new Received(c, l)));
        try (Subscription staying = otherInstance().subscribe((c, l) -> openOne.add(new Received(c, l)))) {
            closing.close();

            here.post(conversation, line("l1", "Cán bộ đã trả lời"));

            assertThat(Eventually.within(Duration.ofSeconds(5), () -> openOne.size() == 1))
                    .isTrue();
            Eventually.pause(Duration.ofMillis(200));
            assertThat(closedOne).isEmpty();
            assertThat(staying).isNotNull();
        }
        closing.close(); // closing twice is harmless
    }

    @Test
    void clearingAConversationsLinesDeletesThemForEveryInstance() {
        CitizenMailbox here = mailbox();
        here.post(conversation, line("c1", "Cán bộ đã trả lời"));
        here.post(conversation, line("c2", "Số của bạn là 0912345678?"));

        assertThat(here.clear(conversation)).isEqualTo(2);

        assertThat(otherInstance().lines(conversation)).isEmpty();
        assertThat(otherInstance().clear(conversation)).isZero();
    }
}
