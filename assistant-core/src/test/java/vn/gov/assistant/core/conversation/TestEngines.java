package vn.gov.assistant.core.conversation;

import java.time.Clock;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.search.VietnameseProcedureSearch;

/** The engine over the bundled catalog, built once per test JVM (the index takes seconds). */
public final class TestEngines {

    private static Catalog catalog;
    private static VietnameseProcedureSearch search;
    private static vn.gov.assistant.core.intent.IntentClassifier intents;

    private TestEngines() {}

    /** The bundled catalog (the one the engines answer from). */
    public static synchronized Catalog catalog() {
        if (catalog == null) {
            bundled(
                    new InMemoryConversationStore(1, java.time.Duration.ofMinutes(1), Clock.systemUTC()),
                    ConversationEngine.Settings.DEFAULT);
        }
        return catalog;
    }

    public static ConversationEngine bundled(ConversationStore store, ConversationEngine.Settings settings) {
        return bundled(store, settings, ReplyRewriter.NONE);
    }

    public static ConversationEngine bundled(
            ConversationStore store, ConversationEngine.Settings settings, ReplyRewriter rewriter) {
        return bundled(store, settings, rewriter, Clock.systemUTC());
    }

    /** An engine on its own clock (the one its store expires states by). */
    public static synchronized ConversationEngine bundled(
            ConversationStore store, ConversationEngine.Settings settings, ReplyRewriter rewriter, Clock clock) {
        if (catalog == null) {
            catalog = Catalog.bundled();
            search = VietnameseProcedureSearch.withBundledData(catalog);
            intents = ConversationEngine.trainIntents(catalog, search.everydayNames()::namesOf);
        }
        return new ConversationEngine(catalog, search, intents, store, settings, clock, rewriter);
    }

    /** The search the engines answer from. */
    public static synchronized VietnameseProcedureSearch search() {
        catalog();
        return search;
    }

    /** An engine that fills declarations with {@code forms}. */
    public static synchronized ConversationEngine withForms(
            ConversationStore store, vn.gov.assistant.core.forms.FormFiller forms, Clock clock) {
        catalog();
        return new ConversationEngine(
                catalog, search, intents, store, ConversationEngine.Settings.DEFAULT, clock, ReplyRewriter.NONE, forms);
    }
}
