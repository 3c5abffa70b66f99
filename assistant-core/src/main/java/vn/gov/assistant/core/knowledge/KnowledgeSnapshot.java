package vn.gov.assistant.core.knowledge;

import java.util.Objects;
import vn.gov.assistant.core.conversation.ConversationEngine;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.search.VietnameseProcedureSearch;

/**
 * Everything the bot answers from, as of one revision of the curated knowledge, built in full
 * before it is served: the catalog (bundled records with staff's changes), its search index, the
 * curated entries and the engine answering from them. A turn uses one snapshot from start to end.
 */
public record KnowledgeSnapshot(
        long revision,
        Catalog catalog,
        VietnameseProcedureSearch search,
        Curation curation,
        ConversationEngine engine) {

    public KnowledgeSnapshot {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(curation, "curation");
        Objects.requireNonNull(engine, "engine");
    }

    /** Builds the snapshot of a revision. */
    @FunctionalInterface
    public interface Assembler {
        /**
         * @param catalog the catalog to serve: {@link Curation#apply} of the bundled one
         * @param curation the curated entries (names, abbreviations, examples, answers, service points)
         */
        KnowledgeSnapshot assemble(long revision, Catalog catalog, Curation curation);
    }
}
