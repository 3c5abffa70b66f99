package vn.gov.assistant.core.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.assistant.core.answer.CannedAnswers;
import vn.gov.assistant.core.conversation.ConversationEngine;
import vn.gov.assistant.core.conversation.ConversationStore;
import vn.gov.assistant.core.conversation.ReplyRewriter;
import vn.gov.assistant.core.forms.FormFiller;
import vn.gov.assistant.core.intent.Intent;
import vn.gov.assistant.core.intent.IntentClassifier;
import vn.gov.assistant.core.servicepoint.ServicePoints;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;
import vn.gov.assistant.knowledge.search.Abbreviations;
import vn.gov.assistant.knowledge.search.EverydayNames;
import vn.gov.assistant.knowledge.search.VietnameseProcedureSearch;
import vn.gov.assistant.knowledge.text.AccentRestorer;

/**
 * How the service builds a snapshot: the search over the served catalog with the bundled everyday
 * names and abbreviations plus staff's, the popularity prior, and an engine over both: its intent
 * classifier trained on the same names and on staff's intent examples, answering staff's canned
 * answers (dated by the change that set them) and naming staff's service points where citizens ask
 * where to go. The accent model is trained before the snapshot is served, so the first question
 * after a publication is as quick as any, and kept from one build to the next while the texts it
 * learns from are unchanged.
 */
public final class KnowledgeAssembly implements KnowledgeSnapshot.Assembler {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeAssembly.class);

    private final ToDoubleFunction<ProcedureCode> prior;
    private final ConversationStore store;
    private final ReplyRewriter rewriter;
    private final FormFiller forms;
    private final EverydayNames bundledNames = EverydayNames.bundled();
    private final Abbreviations bundledAbbreviations = Abbreviations.bundled();

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
        Map<String, String> abbreviations = new LinkedHashMap<>();
        for (Abbreviation a : curation.abbreviations()) {
            abbreviations.put(a.shortForm(), a.expansion());
        }
        EverydayNames names = bundledNames.with(extra);
        CompletableFuture<AccentRestorer> restorer = restorer(catalog, names);
        VietnameseProcedureSearch search = VietnameseProcedureSearch.builder()
                .catalog(catalog)
                .everydayNames(names)
                .abbreviations(bundledAbbreviations.with(abbreviations))
                .prior(prior)
                .accentRestorer(syllables -> restorer.join().restore(syllables))
                .build();
        restorer.join(); // served only once the accent model is ready
        IntentClassifier intents =
                ConversationEngine.trainIntents(catalog, search.everydayNames()::namesOf, intentExamples(curation));
        ConversationEngine engine = new ConversationEngine(
                        catalog,
                        search,
                        intents,
                        store,
                        ConversationEngine.Settings.DEFAULT,
                        Clock.systemUTC(),
                        rewriter,
                        forms)
                .withCannedAnswers(CannedAnswers.of(cannedAnswers(curation), search::analyze))
                .withServicePoints(ServicePoints.of(curation.servicePoints()));
        return new KnowledgeSnapshot(revision, catalog, search, curation, engine);
    }

    /** Staff's intent examples; one naming an intent the classifier does not know is left out. */
    private static List<IntentClassifier.Example> intentExamples(Curation curation) {
        List<IntentClassifier.Example> out = new ArrayList<>();
        for (IntentExample e : curation.intentExamples()) {
            Optional<Intent> intent = Arrays.stream(Intent.values())
                    .filter(i -> i.classified() && i.name().equals(e.intent()))
                    .findFirst();
            if (intent.isPresent()) {
                out.add(new IntentClassifier.Example(intent.get(), e.text()));
            } else {
                // not the example's text: it may come from a citizen's question
                log.warn("An intent example names no intent the classifier knows ({}): left out", e.intent());
            }
        }
        return out;
    }

    /** Staff's canned answers, each dated by the change that set its current text. */
    private static List<CannedAnswers.Entry> cannedAnswers(Curation curation) {
        List<CannedAnswers.Entry> out = new ArrayList<>();
        for (CannedAnswer a : curation.cannedAnswers()) {
            Instant updated = curation.change(ChangeKind.CANNED_ANSWER, a.id())
                    .map(KnowledgeChange::at)
                    .orElse(Instant.EPOCH);
            out.add(new CannedAnswers.Entry(a.id(), a.title(), a.questions(), a.answer(), updated));
        }
        return out;
    }
}
