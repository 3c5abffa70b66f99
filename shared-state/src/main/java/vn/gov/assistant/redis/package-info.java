/**
 * The Redis implementations of assistant-core's shared-state ports, so that several instances
 * serve the same conversations and staff see the same hand-offs. Only this package knows Jedis;
 * every Redis failure leaves it as a {@link vn.gov.assistant.core.state.StateUnavailableException}.
 */
package vn.gov.assistant.redis;
