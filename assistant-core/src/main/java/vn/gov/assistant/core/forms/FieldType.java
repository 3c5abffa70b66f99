package vn.gov.assistant.core.forms;

/**
 * What kind of answer a field takes, which decides how it is checked and normalised: free
 * {@code TEXT}; a person's {@code NAME} (capitalised); a {@code DATE} (dd/mm/yyyy, also "5 tháng 3
 * năm 2024"); a 12-digit personal identification number {@code PID}; a {@code PHONE}; an
 * {@code EMAIL}; a {@code PLACE} (province and commune after the 2025 reorganisation); one of the
 * field's options ({@code CHOICE}); {@code YESNO}; a whole {@code NUMBER}.
 */
public enum FieldType {
    TEXT,
    NAME,
    DATE,
    PID,
    PHONE,
    EMAIL,
    PLACE,
    CHOICE,
    YESNO,
    NUMBER
}
