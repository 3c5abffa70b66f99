package vn.gov.assistant.core.staff;

/**
 * What a staff member may do: {@code AGENT} answers citizens (inbox, callback tickets);
 * {@code EDITOR} curates the knowledge; {@code ADMIN} manages staff accounts and reads the audit.
 */
public enum Role {
    AGENT,
    EDITOR,
    ADMIN
}
