package vn.gov.assistant.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.handoff.CallbackTicket;
import vn.gov.assistant.core.handoff.CallbackTickets;

/** What every {@link CallbackTickets} store does: one ticket per number, open ones oldest first. */
public abstract class CallbackTicketsContract {

    protected abstract CallbackTickets tickets();

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Instant t0 = Instant.parse("2026-11-30T08:00:00Z");

    private CallbackTicket ticket(String number, Instant created) {
        return new CallbackTicket(
                "GL-" + run + "-" + number,
                "conv-" + run,
                "zalo",
                "0912345678",
                created,
                "1.004194",
                "Hỏi lệ phí cấp đổi căn cước",
                CallbackTicket.Status.OPEN,
                "",
                "",
                created,
                created);
    }

    @Test
    void aTicketIsKeptUnderItsNumberOnce() {
        CallbackTickets tickets = tickets();
        CallbackTicket ticket = ticket("1", t0);
        assertThat(tickets.create(ticket)).isTrue();

        CallbackTicket sameNumber = new CallbackTicket(
                ticket.number(),
                "conv-other",
                "web",
                "someone@example.vn",
                t0,
                "",
                "",
                CallbackTicket.Status.OPEN,
                "",
                "",
                t0,
                t0);
        assertThat(tickets.create(sameNumber)).isFalse();

        assertThat(tickets.get(ticket.number())).contains(ticket);
        assertThat(tickets.get("GL-" + run + "-unknown")).isEmpty();
    }

    @Test
    void openTicketsComeOldestFirstAndDoneOnesLeave() {
        CallbackTickets tickets = tickets();
        CallbackTicket late = ticket("late", t0.plusSeconds(60));
        CallbackTicket early = ticket("early", t0);
        CallbackTicket middle = ticket("middle", t0.plusSeconds(30));
        tickets.create(late);
        tickets.create(early);
        tickets.create(middle);
        assertThat(tickets.open()).containsExactly(early, middle, late);

        CallbackTicket assigned = middle.assignedTo("lan.nguyen", t0.plusSeconds(90));
        assertThat(tickets.update(assigned)).isTrue();
        CallbackTicket done = early.done("lan.nguyen", "Đã gọi lại, công dân đã rõ.", t0.plusSeconds(120));
        assertThat(tickets.update(done)).isTrue();

        assertThat(tickets.open()).containsExactly(assigned, late);
        assertThat(tickets.get(early.number())).contains(done);
        assertThat(tickets.get(middle.number())).contains(assigned);
    }

    @Test
    void onlyAKeptTicketIsUpdated() {
        CallbackTickets tickets = tickets();
        CallbackTicket never = ticket("never", t0);

        assertThat(tickets.update(never.assignedTo("lan.nguyen", t0))).isFalse();

        assertThat(tickets.get(never.number())).isEmpty();
        assertThat(tickets.open()).isEmpty();
    }
}
