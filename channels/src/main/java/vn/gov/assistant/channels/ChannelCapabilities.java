package vn.gov.assistant.channels;

/**
 * What a channel can show: whether it has buttons and how many per message, how long a button's
 * label and a message may be, whether it shows cards and clickable links. What a channel cannot
 * show is degraded by {@link TextRendering}: options become numbered lines the citizen answers by
 * typing the number, cards become their title and link.
 */
public record ChannelCapabilities(boolean buttons, int maxButtons, int maxButtonLabel, int maxText, boolean links) {

    public ChannelCapabilities {
        if (maxButtons < 0 || maxButtonLabel < 1 || maxText < 100) {
            throw new IllegalArgumentException("implausible channel capabilities");
        }
    }

    /** A channel of plain text only (SMS-like). */
    public static final ChannelCapabilities TEXT_ONLY = new ChannelCapabilities(false, 0, 1, 4000, false);
}
