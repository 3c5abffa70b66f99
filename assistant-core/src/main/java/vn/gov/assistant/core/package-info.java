/**
 * The conversation engine: dialogue, intents, forms, hand-off policy and the ports that outer
 * modules implement. Plain Java, no framework; built out by the conversation-engine work.
 */
package vn.gov.assistant.core;
