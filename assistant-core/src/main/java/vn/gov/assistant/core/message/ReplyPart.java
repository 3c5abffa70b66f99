package vn.gov.assistant.core.message;

import java.util.List;
import java.util.Objects;

/**
 * One piece of a reply. Channels render what they support and degrade the rest: options become
 * numbered lines where there are no buttons, a card becomes its title, summary and link.
 */
public sealed interface ReplyPart {

    /** Plain text, possibly several lines ("- " starts a list item). */
    record Text(String text) implements ReplyPart {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Quick replies offered after the text. */
    record Options(List<Option> options) implements ReplyPart {
        public Options {
            options = List.copyOf(options);
            if (options.isEmpty()) {
                throw new IllegalArgumentException("an options part needs at least one option");
            }
        }
    }

    /** A procedure shown as a card: its name, one line about it, and the official page. */
    record ProcedureCard(String code, String title, String summary, String url) implements ReplyPart {
        public ProcedureCard {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(title, "title");
            summary = summary == null ? "" : summary;
            url = url == null ? "" : url;
        }
    }

    /** A link with a label, e.g. a form to download. */
    record Link(String label, String url) implements ReplyPart {
        public Link {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(url, "url");
        }
    }

    /** Where an answer comes from: the catalog record, its official page and the catalog's date. */
    record Citation(String code, String name, String url, String catalogDate) implements ReplyPart {
        public Citation {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            url = url == null ? "" : url;
            catalogDate = catalogDate == null ? "" : catalogDate;
        }

        /** One line for channels without rich formatting. */
        public String asText() {
            StringBuilder s = new StringBuilder("Nguồn: thủ tục ")
                    .append(code)
                    .append(" - ")
                    .append(name);
            if (!catalogDate.isEmpty()) {
                s.append(" (danh mục cập nhật ").append(catalogDate).append(')');
            }
            if (!url.isEmpty()) {
                s.append(", ").append(url);
            }
            return s.toString();
        }
    }
}
