package vn.gov.assistant.core.monitoring;

import java.time.Duration;

/**
 * What the service tells whoever watches it (metrics), apart from the turns a {@link
 * vn.gov.assistant.core.conversation.TurnListener} hears: failed sends, token refreshes, hand-off
 * claims and catalog imports. A port: the launcher binds it to its metrics library, so the core
 * and the channels stay free of one. Arguments are low-cardinality names the code gives (a
 * channel's name, an outcome), never a text or an id. Each method must be quick and must not
 * throw; every one does nothing by default.
 */
public interface ServiceMonitor {

    /** Watches nothing: for tests and for wiring without metrics. */
    ServiceMonitor NONE = new ServiceMonitor() {};

    /** A reply or a staff line could not be delivered on {@code channel}. */
    default void sendFailed(String channel) {}

    /** The channel's access token was refreshed ({@code succeeded}) or the refresh was refused. */
    default void tokenRefreshed(String channel, boolean succeeded) {}

    /** A staff member claimed a hand-off of {@code channel} after the citizen waited {@code wait}. */
    default void handoffClaimed(String channel, Duration wait) {}

    /**
     * A catalog import under review ended: {@code outcome} is {@code published} or {@code
     * discarded}; {@code procedures} is how many procedures it published (0 when discarded).
     */
    default void catalogImported(String outcome, int procedures) {}
}
