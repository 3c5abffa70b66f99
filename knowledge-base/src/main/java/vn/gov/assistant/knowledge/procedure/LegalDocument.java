package vn.gov.assistant.knowledge.procedure;

/** A legal basis (căn cứ pháp lý): the document number, e.g. "53/2025/TT-BCA", and its title. */
public record LegalDocument(String number, String title) {

    public LegalDocument {
        number = number == null ? "" : number.strip();
        title = title == null ? "" : title.strip();
        if (number.isEmpty() && title.isEmpty()) {
            throw new IllegalArgumentException("a legal document needs a number or a title");
        }
    }
}
