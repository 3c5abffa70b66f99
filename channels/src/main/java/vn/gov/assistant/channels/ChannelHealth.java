package vn.gov.assistant.channels;

import java.util.Objects;

/**
 * Whether an enabled channel can reach citizens now, for the service's health: Telegram's long
 * polling connected (or its webhook configured), Zalo's access token usable. The launcher shows
 * each as a component of {@code /actuator/health}. A check is quick and never calls the platform.
 */
public interface ChannelHealth {

    /** The channel's name ({@link ChannelAdapter#name()}). */
    String channel();

    Status status();

    /** Up or down, and what the channel is doing in a few words (never a token or a secret). */
    record Status(boolean up, String state) {
        public Status {
            Objects.requireNonNull(state, "state");
        }

        public static Status up(String state) {
            return new Status(true, state);
        }

        public static Status down(String state) {
            return new Status(false, state);
        }
    }
}
