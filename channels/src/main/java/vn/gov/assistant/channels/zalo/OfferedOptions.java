package vn.gov.assistant.channels.zalo;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedSet;
import vn.gov.assistant.channels.TextRendering;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Option;

/**
 * What was offered to each citizen lately, to read their next text: a query button's payload
 * arrives as a plain text event, and where the options were sent as numbered lines the citizen
 * types a number. The values of the last few replies are kept, so that an older button still
 * works; memory is bounded (least recently active citizens are forgotten first).
 */
final class OfferedOptions {

    private static final int VALUES_PER_USER = 32;

    private record Offer(List<Option> last, boolean numbered, SequencedSet<String> recentValues) {}

    private final int capacity;
    private final LinkedHashMap<String, Offer> offers;

    OfferedOptions(int capacity) {
        this.capacity = capacity;
        this.offers = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Offer> eldest) {
                return size() > OfferedOptions.this.capacity;
            }
        };
    }

    /** Notes the options just sent to a user, as buttons or as numbered lines. */
    synchronized void remember(String userId, List<Option> options, boolean numbered) {
        Offer previous = offers.get(userId);
        SequencedSet<String> values = previous == null ? new LinkedHashSet<>() : previous.recentValues();
        for (Option option : options) {
            values.remove(option.value());
            values.addLast(option.value());
        }
        while (values.size() > VALUES_PER_USER) {
            values.removeFirst();
        }
        offers.put(userId, new Offer(List.copyOf(options), numbered, values));
    }

    /** The inbound message a text stands for: an option pressed or numbered, or plain text. */
    synchronized Inbound read(String userId, String text) {
        Offer offer = offers.get(userId);
        if (offer == null) {
            return new Inbound.Text(text);
        }
        String typed = text.strip();
        if (offer.recentValues().contains(typed)) {
            return new Inbound.OptionChosen(typed);
        }
        if (offer.numbered()) {
            Optional<Option> chosen = TextRendering.chosen(typed, offer.last());
            if (chosen.isPresent()) {
                return new Inbound.OptionChosen(chosen.get().value());
            }
        }
        return new Inbound.Text(text);
    }

    /** The options of the last reply to a user, empty when none. */
    synchronized List<Option> last(String userId) {
        Offer offer = offers.get(userId);
        return offer == null ? List.of() : offer.last();
    }

    synchronized void forget(String userId) {
        offers.remove(userId);
    }
}
