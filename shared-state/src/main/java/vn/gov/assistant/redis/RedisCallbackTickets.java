package vn.gov.assistant.redis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.gov.assistant.core.handoff.CallbackTicket;
import vn.gov.assistant.core.handoff.CallbackTickets;

/**
 * Callback tickets shared by every instance: one JSON string per number and a sorted set of the
 * tickets not done, scored by creation time. A done ticket leaves the set and expires after
 * {@code retention}, since it holds a contact that is no longer needed.
 */
public final class RedisCallbackTickets implements CallbackTickets {

    /** KEYS: ticket, open set. ARGV: json, number, created ms, done, retention ms, must exist. */
    private static final Redis.Script KEEP = new Redis.Script(
            """
            local exists = redis.call('EXISTS', KEYS[1]) == 1
            if exists ~= (ARGV[6] == '1') then
              return 0
            end
            redis.call('SET', KEYS[1], ARGV[1])
            if ARGV[4] == '1' then
              redis.call('ZREM', KEYS[2], ARGV[2])
              redis.call('PEXPIRE', KEYS[1], ARGV[5])
            else
              redis.call('ZADD', KEYS[2], ARGV[3], ARGV[2])
            end
            return 1
            """);

    private final Redis redis;
    private final Duration retention;

    RedisCallbackTickets(Redis redis, Duration retention) {
        if (retention.toMillis() < 1) {
            throw new IllegalArgumentException("retention must be at least a millisecond");
        }
        this.redis = redis;
        this.retention = retention;
    }

    @Override
    public boolean create(CallbackTicket ticket) {
        return keep("ticket.create", ticket, false);
    }

    @Override
    public Optional<CallbackTicket> get(String number) {
        String key = ticketKey(number);
        return redis.call("ticket.get", c -> Optional.ofNullable(redis.read(c.get(key), CallbackTicket.class)));
    }

    @Override
    public List<CallbackTicket> open() {
        return redis.call("ticket.list-open", c -> {
            List<String> numbers = c.zrange(openKey(), 0, -1);
            if (numbers.isEmpty()) {
                return List.of();
            }
            List<CallbackTicket> open = new ArrayList<>();
            for (String json : c.mget(numbers.stream().map(this::ticketKey).toArray(String[]::new))) {
                CallbackTicket ticket = redis.read(json, CallbackTicket.class);
                if (ticket != null && ticket.status() != CallbackTicket.Status.DONE) {
                    open.add(ticket);
                }
            }
            return open;
        });
    }

    @Override
    public boolean update(CallbackTicket ticket) {
        return keep("ticket.update", ticket, true);
    }

    private boolean keep(String operation, CallbackTicket ticket, boolean mustExist) {
        Objects.requireNonNull(ticket, "ticket");
        return Redis.isOne(redis.eval(
                operation,
                KEEP,
                List.of(ticketKey(ticket.number()), openKey()),
                List.of(
                        redis.write(ticket),
                        ticket.number(),
                        Long.toString(ticket.created().toEpochMilli()),
                        ticket.status() == CallbackTicket.Status.DONE ? "1" : "0",
                        Long.toString(retention.toMillis()),
                        mustExist ? "1" : "0")));
    }

    private String ticketKey(String number) {
        return redis.key("ticket", Objects.requireNonNull(number, "number"));
    }

    private String openKey() {
        return redis.key("tickets", "open");
    }
}
