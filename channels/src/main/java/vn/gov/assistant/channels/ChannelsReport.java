package vn.gov.assistant.channels;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says once at start-up which channels are on: the web chat always, Telegram and Zalo when their
 * credentials are configured, so that an operator sees at a glance why a channel is silent.
 */
@Component
class ChannelsReport {

    private static final Logger log = LoggerFactory.getLogger(ChannelsReport.class);

    private static final List<String> CONFIGURABLE = List.of("telegram", "zalo");

    private final ObjectProvider<ChannelAdapter> adapters;

    ChannelsReport(ObjectProvider<ChannelAdapter> adapters) {
        this.adapters = adapters;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        TreeSet<String> on = new TreeSet<>();
        on.add("web");
        adapters.orderedStream().map(ChannelAdapter::name).forEach(on::add);
        List<String> off = new ArrayList<>();
        for (String channel : CONFIGURABLE) {
            if (!on.contains(channel)) {
                off.add(channel + " (not configured: see docs/channels/" + channel + ".md)");
            }
        }
        log.info("Channels on: {}{}", String.join(", ", on), off.isEmpty() ? "" : "; off: " + String.join(", ", off));
    }
}
