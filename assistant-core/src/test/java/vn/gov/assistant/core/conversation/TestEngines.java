package vn.gov.assistant.core.conversation;

import java.time.Clock;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.search.VietnameseProcedureSearch;

/** The engine over the bundled catalog, built once per test JVM (the index takes seconds). */
final class TestEngines {

    private static Catalog catalog;
    private static VietnameseProcedureSearch search;
    private static vn.gov.assistant.core.intent.IntentClassifier intents;

    private TestEngines() {}

    static ConversationEngine bundled(ConversationStore store, ConversationEngine.Settings settings) {
        return bundled(store, settings, ReplyRewriter.NONE);
    }

    static synchronized ConversationEngine bundled(
            ConversationStore store, ConversationEngine.Settings settings, ReplyRewriter rewriter) {
        if (catalog == null) {
            catalog = Catalog.bundled();
            search = VietnameseProcedureSearch.withBundledData(catalog);
            intents = ConversationEngine.trainIntents(catalog, search.everydayNames()::namesOf);
        }
        return new ConversationEngine(catalog, search, intents, store, settings, Clock.systemUTC(), rewriter);
    }
}
