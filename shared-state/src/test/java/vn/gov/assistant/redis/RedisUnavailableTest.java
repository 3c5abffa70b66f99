package vn.gov.assistant.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.gov.assistant.core.analytics.AnalyticsStore;
import vn.gov.assistant.core.conversation.ConversationState;
import vn.gov.assistant.core.conversation.ConversationStore;
import vn.gov.assistant.core.handoff.CallbackTicket;
import vn.gov.assistant.core.handoff.CallbackTickets;
import vn.gov.assistant.core.handoff.CitizenMailbox;
import vn.gov.assistant.core.handoff.Handoff;
import vn.gov.assistant.core.handoff.HandoffBoard;
import vn.gov.assistant.core.handoff.HandoffEvent;
import vn.gov.assistant.core.handoff.HandoffQueue;
import vn.gov.assistant.core.handoff.StaffPresence;
import vn.gov.assistant.core.handoff.TranscriptLine;
import vn.gov.assistant.core.staff.AuditEntry;
import vn.gov.assistant.core.staff.AuditLog;
import vn.gov.assistant.core.staff.Role;
import vn.gov.assistant.core.staff.StaffAccount;
import vn.gov.assistant.core.staff.StaffAccounts;
import vn.gov.assistant.core.state.StateUnavailableException;

/**
 * With nothing listening where Redis should be, every operation fails soon with a {@link
 * StateUnavailableException} whose message names the operation and nothing of the data.
 */
class RedisUnavailableTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final String SECRET_CONVERSATION = "conv-0912345678";

    private final RedisState state = RedisState.connect("redis://:s3cret@127.0.0.1:" + TestRedis.freePort() + "/2");

    @AfterEach
    void close() {
        state.close();
    }

    @Test
    void everyOperationFailsFastWithStateUnavailable() {
        ConversationStore conversations = state.conversationStore(Duration.ofMinutes(30));
        HandoffBoard board = state.handoffBoard();
        HandoffQueue queue = state.handoffQueue();
        CitizenMailbox mailbox = state.citizenMailbox();
        CallbackTickets tickets = state.callbackTickets();
        StaffPresence presence = state.staffPresence();
        StaffAccounts accounts = state.staffAccounts();
        AuditLog audit = state.auditLog();
        TranscriptLine line =
                new TranscriptLine("l1", TranscriptLine.Speaker.CITIZEN, "", "Số của tôi là 0912345678", NOW);
        Handoff handoff = new Handoff(
                "h1",
                SECRET_CONVERSATION,
                "web",
                Handoff.Reason.REQUESTED,
                Handoff.Status.WAITING,
                "",
                "",
                NOW,
                "",
                NOW);
        CallbackTicket ticket = new CallbackTicket(
                "GL-1",
                SECRET_CONVERSATION,
                "zalo",
                "0912345678",
                NOW,
                "",
                "",
                CallbackTicket.Status.OPEN,
                "",
                "",
                NOW,
                NOW);
        StaffAccount account = new StaffAccount("lan.nguyen", "Nguyễn Thị Lan", "hash", Set.of(Role.AGENT), true, NOW);

        Map<String, Executable> operations = new LinkedHashMap<>();
        operations.put("conversation.load", () -> conversations.load(SECRET_CONVERSATION));
        operations.put(
                "conversation.save", () -> conversations.save(SECRET_CONVERSATION, ConversationState.fresh(NOW)));
        operations.put("conversation.remove", () -> conversations.remove(SECRET_CONVERSATION));
        operations.put("lock.acquire", () -> state.conversationLocks()
                .acquire(SECRET_CONVERSATION, Duration.ofSeconds(10), Duration.ofSeconds(5)));
        operations.put("rate.take", () -> state.rateLimits().tryAcquire(SECRET_CONVERSATION, 1, 5));
        operations.put("dedup.first-seen", () -> state.deduplication().firstSeen("update-1", Duration.ofMinutes(1)));
        operations.put("handoff.open", () -> board.open(handoff, List.of(line)));
        operations.put("handoff.get", () -> board.get("h1"));
        operations.put("handoff.open-for", () -> board.openFor(SECRET_CONVERSATION));
        operations.put("handoff.list-open", board::open);
        operations.put("handoff.position", () -> board.position("h1"));
        operations.put("handoff.claim", () -> board.claim("h1", "lan.nguyen", NOW));
        operations.put("handoff.transfer", () -> board.transfer("h1", "lan.nguyen", "minh.tran", NOW));
        operations.put("handoff.end", () -> board.end("h1", Handoff.Status.CLOSED, NOW));
        operations.put("handoff.append", () -> board.append("h1", line));
        operations.put("handoff.transcript", () -> board.transcript("h1"));
        operations.put(
                "queue.publish",
                () -> queue.publish(
                        new HandoffEvent(HandoffEvent.Kind.TO_STAFF, "h1", SECRET_CONVERSATION, "web", line)));
        operations.put("queue.poll", () -> queue.poll("c1", 10, Duration.ofSeconds(10)));
        operations.put("queue.reclaim", () -> queue.reclaim("c1", Duration.ofSeconds(30), 10));
        operations.put("queue.ack", () -> queue.ack("1-0"));
        operations.put("queue.pending", queue::pending);
        operations.put("mailbox.post", () -> mailbox.post(SECRET_CONVERSATION, line));
        operations.put("mailbox.lines", () -> mailbox.lines(SECRET_CONVERSATION));
        operations.put("mailbox.subscribe", () -> mailbox.subscribe((c, l) -> {}));
        operations.put("ticket.create", () -> tickets.create(ticket));
        operations.put("ticket.get", () -> tickets.get("GL-1"));
        operations.put("ticket.list-open", tickets::open);
        operations.put("ticket.update", () -> tickets.update(ticket));
        operations.put("presence.seen", () -> presence.seen("lan.nguyen", NOW));
        operations.put("presence.left", () -> presence.left("lan.nguyen"));
        operations.put("presence.online", () -> presence.online(NOW, Duration.ofMinutes(1)));
        operations.put("staff.find", () -> accounts.find("lan.nguyen"));
        operations.put("staff.create", () -> accounts.create(account));
        operations.put("staff.update", () -> accounts.update(account));
        operations.put("staff.all", accounts::all);
        operations.put(
                "audit.record", () -> audit.record(new AuditEntry(NOW, "lan.nguyen", "handoff.claim", "h1", "")));
        operations.put("audit.recent", () -> audit.recent(10));
        AnalyticsStore analytics = state.analyticsStore(Duration.ofDays(400));
        LocalDate today = LocalDate.now(AnalyticsStore.ZONE);
        operations.put("analytics.mark", () -> analytics.mark(today, SECRET_CONVERSATION, 0, 1));
        operations.put("analytics.add", () -> analytics.add(today, "web", Map.of("messages", 1L)));
        operations.put("analytics.wait", () -> analytics.addWait(today, "web", Duration.ofSeconds(5)));
        operations.put("analytics.read", () -> analytics.read(today, today.plusDays(1)));
        operations.put("analytics.salt", () -> analytics.salt(today));

        for (Map.Entry<String, Executable> operation : operations.entrySet()) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> operation.getValue().execute())
                    .as(operation.getKey())
                    .isInstanceOf(StateUnavailableException.class)
                    .hasMessageContaining(operation.getKey().startsWith("queue.") ? "queue." : operation.getKey())
                    .message()
                    .doesNotContain("0912345678", "s3cret", "lan.nguyen");
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(elapsedMillis).as(operation.getKey()).isLessThan(5_000);
        }
    }

    @Test
    void aLeaseWhoseReleaseFailsIsClosedQuietly() {
        try (RedisState reachable = RedisState.connect(TestRedis.url(), TestRedis.newPrefix())) {
            var lease = reachable
                    .conversationLocks()
                    .acquire("conv-1", Duration.ZERO, Duration.ofMillis(500))
                    .orElseThrow();
            reachable.close(); // the pool is gone: the release cannot reach Redis

            lease.close();

            assertThat(lease).isNotNull();
        }
    }

    @Test
    void aBadUrlIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> RedisState.connect("http://user:s3cret@example.org"))
                .isInstanceOf(IllegalArgumentException.class)
                .message()
                .doesNotContain("s3cret");
    }
}
