package vn.gov.assistant.core.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import vn.gov.assistant.core.conversation.ConversationEngine;
import vn.gov.assistant.core.conversation.ConversationStore;
import vn.gov.assistant.core.conversation.ReplyRewriter;
import vn.gov.assistant.core.forms.FormFiller;
import vn.gov.assistant.core.servicepoint.ServicePoints;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;
import vn.gov.assistant.knowledge.search.EverydayNames;
import vn.gov.assistant.knowledge.search.VietnameseProcedureSearch;

/**
 * How the service builds a snapshot: the search over the served catalog with the bundled everyday
 * names plus staff's, the popularity prior, and an engine over both (its intent classifier trained
 * on the same names) naming staff's service points where citizens ask where to go. The accent model is trained before the snapshot is served, so the first
 * question after a publication is as quick as any.
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

    @Override
    public KnowledgeSnapshot assemble(long revision, Catalog catalog, Curation curation) {
        Map<ProcedureCode, List<String>> extra = new HashMap<>();
        for (EverydayName n : curation.everydayNames()) {
            extra.computeIfAbsent(ProcedureCode.of(n.code()), k -> new ArrayList<>())
                    .add(n.name());
        }
        VietnameseProcedureSearch search = VietnameseProcedureSearch.builder()
                .catalog(catalog)
                .everydayNames(bundledNames.with(extra))
                .prior(prior)
                .build();
        search.analyze("dang ky khai sinh"); // unaccented: waits for the accent model trained alongside the index
        ConversationEngine engine = (forms == null
                        ? ConversationEngine.create(catalog, search, store, rewriter)
                        : ConversationEngine.create(catalog, search, store, rewriter, forms))
                .withServicePoints(ServicePoints.of(curation.servicePoints()));
        return new KnowledgeSnapshot(revision, catalog, search, curation, engine);
    }
}
