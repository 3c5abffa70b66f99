package vn.gov.assistant.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
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

    // ---------------------------------------------------------------- privacy and retention

    @Test
    void aConversationsTicketsAndAContactsTicketsAreFoundWhateverTheirStatus() {
        CallbackTickets tickets = tickets();
        CallbackTicket first = ticket("p1", t0);
        CallbackTicket second = ticket("p2", t0.plusSeconds(60));
        tickets.create(second);
        tickets.create(first);
        tickets.update(first.done("lan.nguyen", "Đã gọi lại", t0.plusSeconds(120)));
        String email = "an." + run + "@example.vn";
        CallbackTicket other = new CallbackTicket(
                "GL-" + run + "-p3",
                "conv-" + run + "-other",
                "web",
                email,
                t0,
                "",
                "",
                CallbackTicket.Status.OPEN,
                "",
                "",
                t0,
                t0);
        tickets.create(other);

        assertThat(tickets.ofConversation("conv-" + run))
                .extracting(CallbackTicket::number)
                .containsExactly(first.number(), second.number());
        assertThat(tickets.withContact(email)).containsExactly(other);
        assertThat(tickets.ofConversation("conv-" + run + "-none")).isEmpty();
        assertThat(tickets.withContact("none-" + run + "@example.vn")).isEmpty();
    }

    @Test
    void onlyDoneTicketsChangedBeforeTheCutOffAreOfferedToTheRetention() {
        CallbackTickets tickets = tickets();
        CallbackTicket old = ticket("r1", t0);
        CallbackTicket recent = ticket("r2", t0);
        CallbackTicket open = ticket("r3", t0);
        tickets.create(old);
        tickets.create(recent);
        tickets.create(open);
        tickets.update(old.done("lan.nguyen", "Đã gọi lại", t0.plusSeconds(10)));
        tickets.update(recent.done("lan.nguyen", "Đã gọi lại", t0.plusSeconds(100)));

        List<String> offered = tickets.doneBefore(t0.plusSeconds(50)).stream()
                .map(CallbackTicket::number)
                .filter(n -> n.contains(run))
                .toList();

        assertThat(offered).containsExactly(old.number());
    }

    @Test
    void aDeletedTicketIsGoneFromEveryListAndIsDeletedOnce() {
        CallbackTickets tickets = tickets();
        CallbackTicket open = ticket("d1", t0);
        CallbackTicket done = ticket("d2", t0);
        tickets.create(open);
        tickets.create(done);
        tickets.update(done.done("lan.nguyen", "Đã gọi lại", t0.plusSeconds(10)));

        assertThat(tickets.delete(open.number())).isTrue();
        assertThat(tickets.delete(done.number())).isTrue();
        assertThat(tickets.delete(done.number())).isFalse();

        assertThat(tickets.get(open.number())).isEmpty();
        assertThat(tickets.open()).extracting(CallbackTicket::number).doesNotContain(open.number());
        assertThat(tickets.ofConversation("conv-" + run)).isEmpty();
        assertThat(tickets.withContact("0912345678"))
                .extracting(CallbackTicket::number)
                .noneMatch(n -> n.contains(run));
        assertThat(tickets.doneBefore(t0.plusSeconds(3600)))
                .extracting(CallbackTicket::number)
                .noneMatch(n -> n.contains(run));
    }
}
