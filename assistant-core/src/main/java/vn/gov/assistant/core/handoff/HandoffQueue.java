package vn.gov.assistant.core.handoff;

import java.time.Duration;
import java.util.List;

/**
 * The durable queue of {@link HandoffEvent}s that every instance works through together (on
 * Redis: a stream with one consumer group, each instance a consumer). An event read but not
 * acknowledged stays pending on its reader; when that instance dies, another {@link #reclaim}s it
 * after {@code minIdle}. Processing must therefore be idempotent (by the line's id): nothing is
 * lost, and the other side sees each line once.
 */
public interface HandoffQueue {

    /** Appends an event; returns its delivery id. */
    String publish(HandoffEvent event);

    /** New events for this consumer, waiting up to {@code block} when there are none. */
    List<Delivery> poll(String consumer, int max, Duration block);

    /** Events pending on any consumer for at least {@code minIdle}, now pending on this one. */
    List<Delivery> reclaim(String consumer, Duration minIdle, int max);

    /** Done with an event: it is no longer pending anywhere. */
    void ack(String deliveryId);

    /** How many events are read but not acknowledged, over all consumers. */
    long pending();

    /** An event as a consumer received it. */
    record Delivery(String id, HandoffEvent event) {}
}
