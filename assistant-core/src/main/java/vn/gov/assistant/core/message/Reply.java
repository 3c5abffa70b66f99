package vn.gov.assistant.core.message;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** What the engine answers to one inbound message: parts to render and metadata about them. */
public record Reply(List<ReplyPart> parts, ReplyMetadata metadata) {

    public Reply {
        parts = List.copyOf(parts);
        Objects.requireNonNull(metadata, "metadata");
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a reply needs at least one part");
        }
    }

    /** The text parts joined, for logs of tests, evaluation and text-only channels. */
    public String text() {
        return parts.stream()
                .filter(ReplyPart.Text.class::isInstance)
                .map(p -> ((ReplyPart.Text) p).text())
                .collect(Collectors.joining("\n"));
    }

    /** The options offered, empty when none. */
    public List<Option> options() {
        return parts.stream()
                .filter(ReplyPart.Options.class::isInstance)
                .flatMap(p -> ((ReplyPart.Options) p).options().stream())
                .toList();
    }

    /** The citations, in order. */
    public List<ReplyPart.Citation> citations() {
        return parts.stream()
                .filter(ReplyPart.Citation.class::isInstance)
                .map(ReplyPart.Citation.class::cast)
                .toList();
    }
}
