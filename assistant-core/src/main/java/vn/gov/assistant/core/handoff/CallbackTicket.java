package vn.gov.assistant.core.handoff;

import java.time.Instant;
import java.util.Objects;

/**
 * A promise to contact a citizen: a number the citizen keeps, the conversation and channel it
 * came from, the phone number or email left, when consent to be contacted was given (a ticket is
 * never made without it), what the bot understood (procedure code), why, and its progress.
 */
public record CallbackTicket(
        String number,
        String conversationId,
        String channel,
        String contact,
        Instant consentAt,
        String procedure,
        String reason,
        Status status,
        String assignee,
        String outcome,
        Instant created,
        Instant updated) {

    public enum Status {
        OPEN,
        ASSIGNED,
        DONE
    }

    public CallbackTicket {
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("a ticket needs a number");
        }
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(channel, "channel");
        if (contact == null || contact.isBlank()) {
            throw new IllegalArgumentException("a ticket needs a contact");
        }
        Objects.requireNonNull(consentAt, "consentAt");
        procedure = procedure == null ? "" : procedure;
        reason = reason == null ? "" : reason;
        Objects.requireNonNull(status, "status");
        assignee = assignee == null ? "" : assignee;
        outcome = outcome == null ? "" : outcome;
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
    }

    public CallbackTicket assignedTo(String staff, Instant now) {
        return new CallbackTicket(
                number,
                conversationId,
                channel,
                contact,
                consentAt,
                procedure,
                reason,
                Status.ASSIGNED,
                staff,
                outcome,
                created,
                now);
    }

    public CallbackTicket done(String staff, String result, Instant now) {
        return new CallbackTicket(
                number,
                conversationId,
                channel,
                contact,
                consentAt,
                procedure,
                reason,
                Status.DONE,
                staff,
                result,
                created,
                now);
    }
}
