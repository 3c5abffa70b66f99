/**
 * The Telegram channel: long polling by default, or a webhook whose secret token is checked. The
 * only package that uses telegrambots (and through it OkHttp and Jackson 2); nothing outside it sees
 * a Telegram type.
 */
package vn.gov.assistant.channels.telegram;
