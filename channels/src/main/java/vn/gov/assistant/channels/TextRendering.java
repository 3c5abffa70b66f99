package vn.gov.assistant.channels;

import java.util.List;
import java.util.Optional;
import vn.gov.assistant.core.message.Option;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.core.message.ReplyPart;

/**
 * A reply as text for channels that lack some of what it contains. Options a channel cannot show
 * as buttons become numbered lines ("1. Lệ phí") that the citizen answers by typing the number
 * ({@link #chosen}); cards become their title, summary and link; the citation becomes one line.
 * Text is cut at the channel's limit with a pointer to the source, never in the middle of a word.
 */
public final class TextRendering {

    private TextRendering() {}

    /**
     * The reply's text for a channel: every text part, cards and links as text, the citation line,
     * and the options as numbered lines when {@code numberOptions} (the channel shows no buttons,
     * or not that many).
     */
    public static String text(Reply reply, ChannelCapabilities capabilities, boolean numberOptions) {
        StringBuilder out = new StringBuilder();
        int number = 0;
        for (ReplyPart part : reply.parts()) {
            switch (part) {
                case ReplyPart.Text t -> append(out, t.text());
                case ReplyPart.ProcedureCard c -> append(
                        out,
                        "• " + c.title() + (c.summary().isEmpty() ? "" : " (" + c.summary() + ")")
                                + (c.url().isEmpty() ? "" : "\n  " + c.url()));
                case ReplyPart.Link l -> append(out, l.label() + ": " + l.url());
                case ReplyPart.Citation c -> append(out, c.asText());
                case ReplyPart.Options o -> {
                    if (numberOptions) {
                        StringBuilder lines = new StringBuilder();
                        for (Option option : o.options()) {
                            lines.append(++number)
                                    .append(". ")
                                    .append(option.label())
                                    .append('\n');
                        }
                        append(out, lines.toString().strip());
                    }
                }
            }
        }
        if (numberOptions && number > 0) {
            append(out, "(Nhắn số để chọn.)");
        }
        return clip(out.toString(), capabilities.maxText());
    }

    /**
     * The option a typed message chooses among the last reply's numbered options ({@link Reply#options()}): "2", " 2. ",
     * "số 2"; empty when the message is not such a number or the number is out of range.
     */
    public static Optional<Option> chosen(String typed, List<Option> lastOptions) {
        String digits = typed.strip().replaceFirst("(?i)^(số|so)\\s*", "").replaceFirst("[.)]$", "");
        if (!digits.matches("\\d{1,2}")) {
            return Optional.empty();
        }
        int n = Integer.parseInt(digits);
        return n >= 1 && n <= lastOptions.size() ? Optional.of(lastOptions.get(n - 1)) : Optional.empty();
    }

    /** A label cut to a channel's button limit. */
    public static String label(String label, int max) {
        return label.length() <= max ? label : label.substring(0, Math.max(1, max - 1)) + "…";
    }

    private static void append(StringBuilder out, String text) {
        if (text.isBlank()) {
            return;
        }
        if (!out.isEmpty()) {
            out.append("\n\n");
        }
        out.append(text.strip());
    }

    private static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String tail = "\n…";
        int cut = text.lastIndexOf(' ', max - tail.length());
        return text.substring(0, cut > max / 2 ? cut : max - tail.length()) + tail;
    }
}
