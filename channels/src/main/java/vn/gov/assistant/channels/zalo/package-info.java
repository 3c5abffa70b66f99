/**
 * The Zalo Official Account channel: a signed webhook in, the Open API out. Public are the adapter,
 * the webhook's gate, the client and its token store; the rest (signature, event parsing,
 * de-duplication, lanes, message splitting) is package-private. See docs/channels/zalo.md.
 */
package vn.gov.assistant.channels.zalo;
