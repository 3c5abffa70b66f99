package vn.gov.assistant.channels.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.assistant.channels.ChannelAdapter;
import vn.gov.assistant.channels.ChannelCapabilities;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.core.message.ReplyMetadata;
import vn.gov.assistant.core.message.ReplyPart;

/**
 * The web chat: the widget shows everything a reply has (buttons, cards, links, citations), so
 * replies go out as structured JSON and the widget renders them, always as text, never as HTML.
 */
public final class WebChatAdapter implements ChannelAdapter {

    public static final ChannelCapabilities CAPABILITIES = new ChannelCapabilities(true, 12, 80, 8000, true);

    @Override
    public String name() {
        return "web";
    }

    @Override
    public ChannelCapabilities capabilities() {
        return CAPABILITIES;
    }

    /** A reply as the widget receives it: {@code {type: reply, parts: [...], metadata: {...}}}. */
    public static Map<String, Object> json(Reply reply) {
        List<Map<String, Object>> parts = new ArrayList<>();
        for (ReplyPart part : reply.parts()) {
            Map<String, Object> p = new LinkedHashMap<>();
            switch (part) {
                case ReplyPart.Text t -> {
                    p.put("type", "text");
                    p.put("text", t.text());
                }
                case ReplyPart.Options o -> {
                    p.put("type", "options");
                    p.put(
                            "options",
                            o.options().stream()
                                    .map(opt -> Map.of("value", opt.value(), "label", opt.label()))
                                    .toList());
                }
                case ReplyPart.ProcedureCard c -> {
                    p.put("type", "card");
                    p.put("code", c.code());
                    p.put("title", c.title());
                    p.put("summary", c.summary());
                    p.put("url", c.url());
                }
                case ReplyPart.Link l -> {
                    p.put("type", "link");
                    p.put("label", l.label());
                    p.put("url", l.url());
                }
                case ReplyPart.Citation c -> {
                    p.put("type", "citation");
                    p.put("code", c.code());
                    p.put("name", c.name());
                    p.put("url", c.url());
                    p.put("catalogDate", c.catalogDate());
                }
            }
            parts.add(p);
        }
        ReplyMetadata m = reply.metadata();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("intent", m.intent().name());
        metadata.put("cited", m.cited());
        metadata.put("offered", m.offered());
        metadata.put("aspect", m.aspect().label());
        metadata.put("confidence", m.confidence());
        metadata.put("declined", m.declined());
        metadata.put("handoff", m.handoff());
        metadata.put("generated", m.generated());
        metadata.put("canned", m.cannedAnswer());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", "reply");
        out.put("parts", parts);
        out.put("metadata", metadata);
        return out;
    }
}
