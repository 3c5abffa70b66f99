/** Channel adapters (web chat, Telegram, Zalo) onto the conversation engine; built out by the channels work. */
package vn.gov.assistant.channels;
