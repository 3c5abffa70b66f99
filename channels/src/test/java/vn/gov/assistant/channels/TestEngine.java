package vn.gov.assistant.channels;

import java.time.Clock;
import java.time.Duration;
import vn.gov.assistant.core.conversation.ConversationEngine;
import vn.gov.assistant.core.conversation.InMemoryConversationStore;
import vn.gov.assistant.core.conversation.ReplyRewriter;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.search.VietnameseProcedureSearch;

/** The engine as the service builds it over the bundled catalog, once per test JVM. */
public final class TestEngine {

    private static ConversationEngine engine;

    private TestEngine() {}

    public static synchronized ConversationEngine get() {
        if (engine == null) {
            Catalog catalog = Catalog.bundled();
            engine = ConversationEngine.create(
                    catalog,
                    VietnameseProcedureSearch.withBundledData(catalog),
                    new InMemoryConversationStore(10_000, Duration.ofHours(1), Clock.systemUTC()),
                    ReplyRewriter.NONE);
        }
        return engine;
    }
}
