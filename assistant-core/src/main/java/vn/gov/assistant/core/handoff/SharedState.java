package vn.gov.assistant.core.handoff;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import vn.gov.assistant.core.conversation.ConversationStore;
import vn.gov.assistant.core.conversation.InMemoryConversationStore;
import vn.gov.assistant.core.staff.AuditLog;
import vn.gov.assistant.core.staff.InMemoryAuditLog;
import vn.gov.assistant.core.staff.InMemoryStaffAccounts;
import vn.gov.assistant.core.staff.StaffAccounts;
import vn.gov.assistant.core.state.ConversationLocks;
import vn.gov.assistant.core.state.Deduplication;
import vn.gov.assistant.core.state.InMemoryConversationLocks;
import vn.gov.assistant.core.state.InMemoryDeduplication;
import vn.gov.assistant.core.state.InMemoryRateLimits;
import vn.gov.assistant.core.state.RateLimits;

/**
 * Every port whose state several instances must share, from one place: all in this process (the
 * embedded default, {@link #inMemory}) or all on one Redis (module shared-state).
 */
public record SharedState(
        ConversationStore conversations,
        ConversationLocks locks,
        RateLimits rateLimits,
        Deduplication deduplication,
        HandoffBoard board,
        HandoffQueue queue,
        CitizenMailbox mailbox,
        CallbackTickets tickets,
        StaffPresence presence,
        StaffAccounts accounts,
        AuditLog audit) {

    public SharedState {
        Objects.requireNonNull(conversations, "conversations");
        Objects.requireNonNull(locks, "locks");
        Objects.requireNonNull(rateLimits, "rateLimits");
        Objects.requireNonNull(deduplication, "deduplication");
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(mailbox, "mailbox");
        Objects.requireNonNull(tickets, "tickets");
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(audit, "audit");
    }

    /** Everything in this process: conversations bounded and forgotten after {@code ttl}. */
    public static SharedState inMemory(int conversations, Duration ttl, Clock clock) {
        return new SharedState(
                new InMemoryConversationStore(conversations, ttl, clock),
                new InMemoryConversationLocks(clock),
                new InMemoryRateLimits(clock),
                new InMemoryDeduplication(clock),
                new InMemoryHandoffBoard(),
                new InMemoryHandoffQueue(clock),
                new InMemoryCitizenMailbox(),
                new InMemoryCallbackTickets(),
                new InMemoryStaffPresence(),
                new InMemoryStaffAccounts(),
                new InMemoryAuditLog());
    }
}
