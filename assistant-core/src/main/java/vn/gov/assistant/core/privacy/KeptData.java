package vn.gov.assistant.core.privacy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.gov.assistant.core.forms.FormProgress;
import vn.gov.assistant.core.forms.Remembered;
import vn.gov.assistant.core.handoff.CallbackTicket;
import vn.gov.assistant.core.handoff.Handoff;
import vn.gov.assistant.core.handoff.TranscriptLine;

/**
 * Everything kept about one conversation that holds personal data: the values the citizen agreed
 * to have remembered, a paused declaration, callback tickets (with the contact left), and
 * hand-offs with their transcripts. Analytics counters are not here: they hold no text and no
 * identifier.
 */
public record KeptData(
        String conversationId,
        String channel,
        Optional<Remembered> remembered,
        Optional<FormProgress> draft,
        List<CallbackTicket> tickets,
        List<Transcript> handoffs) {

    /** A hand-off and its transcript, oldest line first. */
    public record Transcript(Handoff handoff, List<TranscriptLine> lines) {
        public Transcript {
            Objects.requireNonNull(handoff, "handoff");
            lines = List.copyOf(lines);
        }
    }

    public KeptData {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(remembered, "remembered");
        Objects.requireNonNull(draft, "draft");
        tickets = List.copyOf(tickets);
        handoffs = List.copyOf(handoffs);
    }

    public boolean empty() {
        return remembered.isEmpty() && draft.isEmpty() && tickets.isEmpty() && handoffs.isEmpty();
    }

    /**
     * Whether the conversation can be linked to a person: it came from a messaging account
     * (Telegram, Zalo), or left a contact (a callback ticket) or remembered personal values.
     */
    public boolean identified() {
        return PersonalDataDesk.identifiedChannel(channel) || !tickets.isEmpty() || remembered.isPresent();
    }
}
