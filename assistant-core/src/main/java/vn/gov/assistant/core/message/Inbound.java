package vn.gov.assistant.core.message;

import java.util.Objects;

/**
 * What a citizen sends, whatever the channel: text typed, an option chosen from a previous reply,
 * or a typed event (the conversation started, a person was asked for). Channels translate their
 * own updates into these.
 */
public sealed interface Inbound {

    /** Text typed by the citizen, as received (the engine normalises it). */
    record Text(String text) implements Inbound {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The {@link Option#value()} of an option offered in an earlier reply. */
    record OptionChosen(String value) implements Inbound {
        public OptionChosen {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Something that happened in the channel rather than something said. */
    record Event(EventType type) implements Inbound {
        public Event {
            Objects.requireNonNull(type, "type");
        }
    }

    enum EventType {
        /** The citizen opened the chat (web widget opened, Telegram /start, Zalo follow). */
        CONVERSATION_STARTED,
        /** The citizen pressed a channel's own "talk to a person" control. */
        HANDOFF_REQUESTED
    }
}
