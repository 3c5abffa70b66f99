package vn.gov.assistant.redis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.gov.assistant.core.handoff.CallbackTicket;
import vn.gov.assistant.core.handoff.CallbackTickets;

/**
 * Callback tickets shared by every instance: one JSON string per number, a sorted set of the
 * tickets not done (scored by creation time), a sorted set of the done ones (scored by their last
 * change, which the retention job reads), and a set of numbers per conversation and per contact
 * (the contact hashed, so that no phone number or email is part of a key name). A done ticket
 * also expires after {@code retention}, a backstop should the retention job not run.
 */
public final class RedisCallbackTickets implements CallbackTickets {

    /**
     * KEYS: ticket, open set, conversation set, contact set, done set. ARGV: json, number, created
     * ms, done, retention ms, must exist, updated ms.
     */
    private static final Redis.Script KEEP = new Redis.Script(
            """
            local exists = redis.call('EXISTS', KEYS[1]) == 1
            if exists ~= (ARGV[6] == '1') then
              return 0
            end
            redis.call('SET', KEYS[1], ARGV[1])
            redis.call('SADD', KEYS[3], ARGV[2])
            redis.call('SADD', KEYS[4], ARGV[2])
            if ARGV[4] == '1' then
              redis.call('ZREM', KEYS[2], ARGV[2])
              redis.call('ZADD', KEYS[5], ARGV[7], ARGV[2])
              redis.call('PEXPIRE', KEYS[1], ARGV[5])
              redis.call('PEXPIRE', KEYS[3], ARGV[5])
              redis.call('PEXPIRE', KEYS[4], ARGV[5])
            else
              redis.call('ZADD', KEYS[2], ARGV[3], ARGV[2])
              redis.call('ZREM', KEYS[5], ARGV[2])
              redis.call('PERSIST', KEYS[3])
              redis.call('PERSIST', KEYS[4])
            end
            return 1
            """);

    /**
     * Deletes a ticket if it is still the version read. KEYS: ticket, open set, done set,
     * conversation set, contact set. ARGV: json read, number.
     */
    private static final Redis.Script DELETE = new Redis.Script(
            """
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then
              return 0
            end
            redis.call('DEL', KEYS[1])
            redis.call('ZREM', KEYS[2], ARGV[2])
            redis.call('ZREM', KEYS[3], ARGV[2])
            redis.call('SREM', KEYS[4], ARGV[2])
            redis.call('SREM', KEYS[5], ARGV[2])
            return 1
            """);

    private static final Comparator<CallbackTicket> OLDEST_FIRST =
            Comparator.comparing(CallbackTicket::created).thenComparing(CallbackTicket::number);

    /** A delete retried this often while the ticket keeps changing means something is wrong. */
    private static final int MAX_ATTEMPTS = 20;

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
            List<CallbackTicket> open = new ArrayList<>();
            for (CallbackTicket ticket : read(numbers)) {
                if (ticket.status() != CallbackTicket.Status.DONE) {
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

    @Override
    public List<CallbackTicket> ofConversation(String conversationId) {
        String key = conversationKey(conversationId);
        return redis.call("ticket.of-conversation", c -> sorted(read(c.smembers(key))));
    }

    @Override
    public List<CallbackTicket> withContact(String contact) {
        String key = contactKey(contact);
        return redis.call("ticket.with-contact", c -> sorted(read(c.smembers(key))));
    }

    @Override
    public List<CallbackTicket> doneBefore(Instant before) {
        Objects.requireNonNull(before, "before");
        return redis.call("ticket.done-before", c -> {
            List<String> numbers = c.zrangeByScore(doneKey(), "-inf", Long.toString(before.toEpochMilli()));
            List<CallbackTicket> done = new ArrayList<>();
            for (CallbackTicket ticket : read(numbers)) {
                if (ticket.status() == CallbackTicket.Status.DONE
                        && ticket.updated().isBefore(before)) {
                    done.add(ticket);
                }
            }
            return sorted(done);
        });
    }

    @Override
    public boolean delete(String number) {
        String key = ticketKey(number);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            String stored = redis.call("ticket.delete", c -> c.get(key));
            if (stored == null) {
                // expired by the backstop or deleted elsewhere: only its place in the time indexes may be left
                redis.call("ticket.delete", c -> c.zrem(openKey(), number) + c.zrem(doneKey(), number));
                return false;
            }
            CallbackTicket ticket = redis.call("ticket.delete", c -> redis.read(stored, CallbackTicket.class));
            Object deleted = redis.eval(
                    "ticket.delete",
                    DELETE,
                    List.of(
                            key,
                            openKey(),
                            doneKey(),
                            conversationKey(ticket.conversationId()),
                            contactKey(ticket.contact())),
                    List.of(stored, number));
            if (Redis.isOne(deleted)) {
                return true;
            }
        }
        throw new vn.gov.assistant.core.state.StateUnavailableException(
                "Redis: a ticket kept changing while it was deleted", null);
    }

    private boolean keep(String operation, CallbackTicket ticket, boolean mustExist) {
        Objects.requireNonNull(ticket, "ticket");
        return Redis.isOne(redis.eval(
                operation,
                KEEP,
                List.of(
                        ticketKey(ticket.number()),
                        openKey(),
                        conversationKey(ticket.conversationId()),
                        contactKey(ticket.contact()),
                        doneKey()),
                List.of(
                        redis.write(ticket),
                        ticket.number(),
                        Long.toString(ticket.created().toEpochMilli()),
                        ticket.status() == CallbackTicket.Status.DONE ? "1" : "0",
                        Long.toString(retention.toMillis()),
                        mustExist ? "1" : "0",
                        Long.toString(ticket.updated().toEpochMilli()))));
    }

    /** The tickets still stored under these numbers (call inside {@link Redis#call}). */
    private List<CallbackTicket> read(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        List<CallbackTicket> tickets = new ArrayList<>();
        List<String> stored = redis.call(
                "ticket.read", c -> c.mget(numbers.stream().map(this::ticketKey).toArray(String[]::new)));
        for (String json : stored) {
            CallbackTicket ticket = redis.read(json, CallbackTicket.class);
            if (ticket != null) {
                tickets.add(ticket);
            }
        }
        return tickets;
    }

    private static List<CallbackTicket> sorted(List<CallbackTicket> tickets) {
        return tickets.stream().sorted(OLDEST_FIRST).toList();
    }

    private String ticketKey(String number) {
        return redis.key("ticket", Objects.requireNonNull(number, "number"));
    }

    private String openKey() {
        return redis.key("tickets", "open");
    }

    private String doneKey() {
        return redis.key("tickets", "done");
    }

    private String conversationKey(String conversationId) {
        return redis.key("tickets", "conversation", Objects.requireNonNull(conversationId, "conversationId"));
    }

    /** The contact's SHA-256: a key name must not show a phone number or an email. */
    private String contactKey(String contact) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Objects.requireNonNull(contact, "contact").getBytes(StandardCharsets.UTF_8));
            return redis.key("tickets", "contact", HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
