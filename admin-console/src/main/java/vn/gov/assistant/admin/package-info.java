/**
 * The staff console ({@code /admin}): login and roles ({@code security}), staff accounts
 * ({@code accounts}), the audit ({@code audit}), the live inbox, hand-offs and callback tickets
 * ({@code desk}), a citizen's personal data on request ({@code privacy}), and what every page shares ({@code web}). It works through the core's ports only.
 */
package vn.gov.assistant.admin;
