/**
 * Hand-off to staff: the hand-offs and their transcripts ({@link
 * vn.gov.assistant.core.handoff.HandoffBoard}), the queue of messages between citizen and staff
 * ({@link vn.gov.assistant.core.handoff.HandoffQueue}), lines delivered to citizens ({@link
 * vn.gov.assistant.core.handoff.CitizenMailbox}), callback tickets and staff presence, and the
 * desk that runs them.
 */
package vn.gov.assistant.core.handoff;
