/**
 * Personal data protection (Law 91/2025/QH15): what is kept about a conversation, showing it to
 * the citizen or to staff, deleting it on request (audited), and deleting it by itself once its
 * retention period is over (decision 20).
 */
package vn.gov.assistant.core.privacy;
