/**
 * State that several instances share: per-conversation locks, rate limits, de-duplication. Each
 * port has an in-memory implementation here (the embedded default) and a Redis one in the
 * shared-state module; one contract test (in this module's test-jar) runs against both.
 */
package vn.gov.assistant.core.state;
