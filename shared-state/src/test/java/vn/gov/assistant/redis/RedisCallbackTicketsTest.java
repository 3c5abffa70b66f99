package vn.gov.assistant.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.contract.CallbackTicketsContract;
import vn.gov.assistant.core.handoff.CallbackTicket;
import vn.gov.assistant.core.handoff.CallbackTickets;

class RedisCallbackTicketsTest extends CallbackTicketsContract {

    private final TestStates states = new TestStates();

    @AfterEach
    void cleanUp() {
        states.close();
    }

    @Override
    protected CallbackTickets tickets() {
        return states.first().callbackTickets();
    }

    @Test
    void aDoneTicketExpiresAndAnOpenOneDoesNot() {
        RedisState state = states.first();
        CallbackTickets tickets = tickets();
        Instant now = Instant.now();
        CallbackTicket ticket = new CallbackTicket(
                "GL-1", "conv-1", "web", "0912345678", now, "", "", CallbackTicket.Status.OPEN, "", "", now, now);
        tickets.create(ticket);
        String key = state.redis().key("ticket", "GL-1");
        assertThat(state.client().pttl(key)).isEqualTo(-1);

        tickets.update(ticket.done("lan.nguyen", "Đã gọi lại", now));

        assertThat(state.client().pttl(key)).isBetween(1L, RedisState.ENDED_RETENTION.toMillis());
    }
}
