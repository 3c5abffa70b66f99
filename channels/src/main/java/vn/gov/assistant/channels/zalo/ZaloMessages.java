package vn.gov.assistant.channels.zalo;

import java.util.ArrayList;
import java.util.List;
import vn.gov.assistant.channels.ChannelCapabilities;
import vn.gov.assistant.channels.TextRendering;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.core.message.ReplyPart;

/**
 * A reply as the texts of consecutive Zalo messages, each within Zalo's limit. A long answer (a
 * procedure's documents can run to several thousand characters) is split at line breaks into at
 * most {@value #MAX_MESSAGES} messages rather than cut, and the citation always survives: it ends
 * the last message, since an answer without its source must not reach a citizen.
 */
final class ZaloMessages {

    static final int MAX_MESSAGES = 4;

    private static final ChannelCapabilities UNLIMITED = new ChannelCapabilities(true, 0, 1, Integer.MAX_VALUE, true);

    private ZaloMessages() {}

    static List<String> of(Reply reply, boolean numberOptions, int maxText) {
        List<ReplyPart> body = reply.parts().stream()
                .filter(p -> !(p instanceof ReplyPart.Citation))
                .toList();
        String source = String.join(
                "\n", reply.citations().stream().map(ReplyPart.Citation::asText).toList());
        String text =
                body.isEmpty() ? "" : TextRendering.text(new Reply(body, reply.metadata()), UNLIMITED, numberOptions);
        List<String> messages = new ArrayList<>();
        String rest = text.strip();
        while (!rest.isEmpty() && messages.size() < MAX_MESSAGES) {
            boolean lastOne = messages.size() == MAX_MESSAGES - 1;
            if (rest.length() <= maxText) {
                messages.add(rest);
                rest = "";
            } else if (lastOne) {
                messages.add(clip(rest, maxText));
                rest = "";
            } else {
                int cut = cut(rest, maxText);
                messages.add(rest.substring(0, cut).strip());
                rest = rest.substring(cut).strip();
            }
        }
        if (!source.isEmpty()) {
            int last = messages.size() - 1;
            if (last >= 0 && messages.get(last).length() + 2 + source.length() <= maxText) {
                messages.set(last, messages.get(last) + "\n\n" + source);
            } else if (last >= 0 && messages.size() == MAX_MESSAGES) {
                String kept = clip(messages.get(last), Math.max(maxText / 2, maxText - 2 - source.length()));
                messages.set(last, kept + "\n\n" + source);
            } else {
                messages.add(clip(source, maxText));
            }
        }
        return messages;
    }

    /** Where to split: the last line break in the limit, else the last space, else the limit. */
    private static int cut(String text, int max) {
        int line = text.lastIndexOf('\n', max);
        if (line > max / 2) {
            return line;
        }
        int space = text.lastIndexOf(' ', max);
        return space > max / 2 ? space : max;
    }

    private static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = cut(text, max - 2);
        return text.substring(0, cut).strip() + "\n…";
    }
}
