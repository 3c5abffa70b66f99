package vn.gov.assistant.core.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.ToDoubleFunction;
import vn.gov.assistant.core.conversation.ConversationEngine;
import vn.gov.assistant.core.conversation.ConversationStore;
import vn.gov.assistant.core.conversation.ReplyRewriter;
import vn.gov.assistant.core.forms.FormFiller;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;
import vn.gov.assistant.knowledge.search.EverydayNames;
import vn.gov.assistant.knowledge.search.VietnameseProcedureSearch;
import vn.gov.assistant.knowledge.text.AccentRestorer;

/**
 * How the service builds a snapshot: the search over the served catalog with the bundled everyday
 * names plus staff's, the popularity prior, and an engine over both (its intent classifier trained
 * on the same names). The accent model is trained before the snapshot is served, so the first
 * question after a publication is as quick as any, and kept from one build to the next while the
 * texts it learns from are unchanged.
 */
public final class KnowledgeAssembly implements KnowledgeSnapshot.Assembler {

    private final ToDoubleFunction<ProcedureCode> prior;
    private final ConversationStore store;
    private final ReplyRewriter rewriter;
    private final FormFiller forms;
    private final EverydayNames bundledNames = EverydayNames.bundled();

    /** {@code forms}: null for an engine without declarations. */
    public KnowledgeAssembly(
            ToDoubleFunction<ProcedureCode> prior, ConversationStore store, ReplyRewriter rewriter, FormFiller forms) {
        this.prior = Objects.requireNonNull(prior);
        this.store = Objects.requireNonNull(store);
        this.rewriter = Objects.requireNonNull(rewriter);
        this.forms = forms;
    }

    /** The accent model of the last build, and the texts it learnt from. */
    private record Trained(List<String> texts, AccentRestorer restorer) {}

    private volatile Trained trained;

    /**
     * The accent model for these texts: the last one when they are the same (most changes, e.g. a
     * fee or a note, leave them so), else one trained alongside the index (training takes about as
     * long as indexing).
     */
    private CompletableFuture<AccentRestorer> restorer(Catalog catalog, EverydayNames names) {
        List<String> texts = VietnameseProcedureSearch.restorerTexts(catalog, names);
        Trained last = trained;
        if (last != null && last.texts().equals(texts)) {
            return CompletableFuture.completedFuture(last.restorer());
        }
        return CompletableFuture.supplyAsync(() -> {
            AccentRestorer restorer = AccentRestorer.train(texts);
            trained = new Trained(texts, restorer);
            return restorer;
        });
    }

    @Override
    public KnowledgeSnapshot assemble(long revision, Catalog catalog, Curation curation) {
        Map<ProcedureCode, List<String>> extra = new HashMap<>();
        for (EverydayName n : curation.everydayNames()) {
            extra.computeIfAbsent(ProcedureCode.of(n.code()), k -> new ArrayList<>())
                    .add(n.name());
        }
        EverydayNames names = bundledNames.with(extra);
        CompletableFuture<AccentRestorer> restorer = restorer(catalog, names);
        VietnameseProcedureSearch search = VietnameseProcedureSearch.builder()
                .catalog(catalog)
                .everydayNames(names)
                .prior(prior)
                .accentRestorer(syllables -> restorer.join().restore(syllables))
                .build();
        restorer.join(); // served only once the accent model is ready
        ConversationEngine engine = forms == null
                ? ConversationEngine.create(catalog, search, store, rewriter)
                : ConversationEngine.create(catalog, search, store, rewriter, forms);
        return new KnowledgeSnapshot(revision, catalog, search, curation, engine);
    }
}
