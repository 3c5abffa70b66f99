package vn.gov.assistant.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.MMapDirectory;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;
import vn.gov.assistant.knowledge.procedure.RequiredDocument;
import vn.gov.assistant.knowledge.text.AccentRestorer;
import vn.gov.assistant.knowledge.text.VietnameseText;

/**
 * Finds procedures for a Vietnamese question. Lucene BM25 over four views of each text field
 * (accented and folded syllables, accented and folded syllable bigrams) of the official name, the
 * everyday names, the domain and the body of the record; then a re-ranking that adds the everyday
 * names found in the question, the popularity prior and the level named; then a calibrated
 * decision whether any procedure fits at all. Immutable and thread-safe once built.
 */
public final class VietnameseProcedureSearch implements ProcedureSearch, AutoCloseable {

    private static final String CODE = "code";
    private static final String NAME = "name";
    private static final String ALIAS = "alias";
    private static final String DOMAIN = "domain";
    private static final String BODY = "body";

    private static final int CANDIDATES = 60;

    /** Content syllables beyond which a question is searched by its folded views only. */
    static final int LONG_QUESTION = 16;

    private static final double FUNCTION_WORD_PAIR = 0.5;

    /**
     * Everyday names run two to five syllables; the longer the name found in a question, the more
     * specific it is ("đăng ký khai sinh kết hợp nhận cha" over "làm khai sinh").
     */
    private static final double NAMED_SATURATION = 5.0;

    /** Beyond this many syllables a message is a letter, not a question: the rest adds no signal. */
    static final int MAX_QUERY_SYLLABLES = 48;

    private static final List<String> RECORD_FIELDS = List.of(NAME, ALIAS, DOMAIN, BODY);

    /**
     * Official names run long ("Cấp giấy phép ... (thực hiện tại cấp tỉnh)") without being less
     * about what they name: names and everyday names are scored with little length normalisation.
     */
    private static final Similarity SIMILARITY = new PerFieldSimilarityWrapper() {
        private final Similarity names = new BM25Similarity(1.2f, 0.3f);
        private final Similarity text = new BM25Similarity();

        @Override
        public Similarity get(String field) {
            return field.startsWith(NAME) || field.startsWith(ALIAS) ? names : text;
        }
    };

    private final Catalog catalog;
    private final EverydayNames everydayNames;
    private final QuestionAnalyzer questions;
    private final ToDoubleFunction<ProcedureCode> prior;
    private final SearchTuning tuning;
    private final MMapDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    /** Per procedure, the folded content syllables of its official name and their IDF. */
    private final Map<ProcedureCode, NameTerms> nameTerms = new HashMap<>();

    private record NameTerms(String[] syllables, double[] idf, double total) {}

    private final Map<ProcedureCode, Integer> docIds = new HashMap<>();
    /** Body terms most records contain ("hồ sơ", "đăng ký"), per body field: never queried. */
    private final Map<String, Set<String>> commonInBody = new HashMap<>();
    /** Stored fields are slow to read per hit: the code of each document, read once. */
    private final ProcedureCode[] codeByDoc;

    private VietnameseProcedureSearch(Builder b) throws IOException {
        this.catalog = Objects.requireNonNull(b.catalog, "catalog");
        this.prior = b.prior;
        this.tuning = b.tuning;
        EverydayNames names = b.everydayNames;
        this.everydayNames = names;
        this.questions = QuestionAnalyzer.create(names, b.accentRestorer);

        // memory-mapped files read a fifth faster than heap buffers (ByteBuffersDirectory): the
        // index (about 10 MB) is written to a temporary folder, opened, then unlinked (decision 0005)
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("procedure-index-");
        this.directory = new MMapDirectory(folder);
        IndexWriterConfig config = new IndexWriterConfig(new VietnameseAnalyzer());
        config.setSimilarity(SIMILARITY);
        config.setRAMBufferSizeMB(128);
        Map<String, Integer> df = new HashMap<>();
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            // IndexWriter takes documents from several threads; analysing the text is most of the work
            catalog.procedures().parallelStream().forEach(p -> {
                try {
                    writer.addDocument(document(p, names.namesOf(p.code()), questions));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot index " + p.code(), e);
                }
            });
        }
        Map<ProcedureCode, Set<String>> officialNames = new HashMap<>();
        for (Procedure p : catalog.procedures()) {
            Set<String> syllables = new HashSet<>(questions.contentSyllables(p.name()));
            officialNames.put(p.code(), syllables);
            syllables.forEach(s -> df.merge(s, 1, Integer::sum));
        }
        int n = Math.max(1, catalog.size());
        Map<String, Double> idf = new HashMap<>();
        df.forEach((s, f) -> idf.put(s, Math.log(1 + (n - f + 0.5) / (f + 0.5))));
        officialNames.forEach((code, syllables) -> {
            String[] terms = syllables.toArray(String[]::new);
            double[] weights = new double[terms.length];
            double total = 0;
            for (int i = 0; i < terms.length; i++) {
                weights[i] = idf.get(terms[i]);
                total += weights[i];
            }
            nameTerms.put(code, new NameTerms(terms, weights, total));
        });
        this.reader = DirectoryReader.open(directory);
        deleteOpenedIndex(folder);
        this.searcher = new IndexSearcher(reader);
        searcher.setSimilarity(SIMILARITY);
        searcher.setQueryCache(null); // an index this small gains nothing from caching clauses
        int common = Math.max(1, (int) (catalog.size() * tuning.commonBodyShare()));
        for (VietnameseAnalyzer.View view :
                List.of(VietnameseAnalyzer.View.FOLDED, VietnameseAnalyzer.View.FOLDED_BIGRAM)) {
            commonInBody.put(view.field(BODY), commonTerms(view.field(BODY), common));
        }
        this.codeByDoc = new ProcedureCode[searcher.getIndexReader().maxDoc()];
        for (int doc = 0; doc < codeByDoc.length; doc++) {
            codeByDoc[doc] =
                    ProcedureCode.of(searcher.storedFields().document(doc).get(CODE));
            docIds.put(codeByDoc[doc], doc);
        }
    }

    /**
     * Removes the index files once the reader has them all open and mapped: on POSIX systems the
     * mappings outlive the names, so nothing is left behind even when the process is killed.
     * Where an open file cannot be deleted (Windows), the files go when the JVM exits.
     */
    private static void deleteOpenedIndex(java.nio.file.Path folder) {
        try (var files = java.nio.file.Files.list(folder)) {
            for (java.nio.file.Path file : files.toList()) {
                if (!file.toFile().delete()) {
                    file.toFile().deleteOnExit();
                }
            }
        } catch (IOException e) {
            folder.toFile().deleteOnExit();
        }
        if (!folder.toFile().delete()) {
            folder.toFile().deleteOnExit();
        }
    }

    /** Releases the index's mappings; the search must not be used afterwards. */
    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The search as the service runs it: the bundled everyday names and popularity prior. */
    public static VietnameseProcedureSearch withBundledData(Catalog catalog) {
        return builder()
                .catalog(catalog)
                .prior(vn.gov.assistant.knowledge.catalog.Popularity.bundled()::prior)
                .build();
    }

    /** The everyday names this search recognises, for whatever else must understand the same words. */
    public EverydayNames everydayNames() {
        return everydayNames;
    }

    /** Analyses a question the way the search does, for callers that need the aspect or names. */
    public AnalyzedQuestion analyze(String question) {
        return questions.analyze(question);
    }

    @Override
    public SearchResult search(String question, int limit) {
        return search(questions.analyze(question), limit);
    }

    /** Searches a question already analysed by {@link #analyze}, without analysing it again. */
    public SearchResult search(AnalyzedQuestion q, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        Ranking ranking = rank(q);
        if (ranking == null) {
            return SearchResult.empty(q.original(), q.aspect());
        }
        List<Candidate> candidates = ranking.candidates();
        Candidate best = candidates.getFirst();
        ScopeFeatures features = scopeFeatures(q, best, candidates);
        double confidence = tuning.scope().probability(features);
        List<SearchHit> hits = new ArrayList<>();
        for (Candidate c : candidates.subList(0, Math.min(limit, candidates.size()))) {
            hits.add(new SearchHit(c.code, catalog.find(c.code).orElseThrow().name(), c.score));
        }
        return new SearchResult(q.original(), hits, q.aspect(), confidence < tuning.declineBelow(), confidence);
    }

    private record Ranking(AnalyzedQuestion question, List<Candidate> candidates) {}

    /** Candidates by descending score, or null when the question matches nothing. */
    private Ranking rank(AnalyzedQuestion q) {
        Query query = buildQuery(q);
        if (query == null) {
            return null;
        }
        List<Candidate> candidates = new ArrayList<>();
        try {
            for (ScoreDoc sd : searcher.search(query, CANDIDATES).scoreDocs) {
                candidates.add(new Candidate(codeByDoc[sd.doc], sd.score));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search index unreadable", e);
        }
        // everyday names found in the question pull their procedures in even when BM25 missed them
        for (ProcedureCode code : q.namedProcedures().keySet()) {
            if (catalog.find(code).isPresent() && candidates.stream().noneMatch(c -> c.code.equals(code))) {
                candidates.add(new Candidate(code, 0));
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        double top = candidates.stream().mapToDouble(c -> c.bm25).max().orElse(1);
        Set<String> queryFolded = new HashSet<>(q.contentFolded());
        for (Candidate c : candidates) {
            Procedure p = catalog.find(c.code).orElseThrow();
            double named = q.namedProcedures().getOrDefault(c.code, 0);
            c.coverage = nameCoverage(c.code, queryFolded);
            c.score = (top > 0 ? c.bm25 / top : 0)
                    + tuning.namedWeight() * Math.min(1, named / NAMED_SATURATION)
                    + tuning.coverageWeight() * c.coverage
                    + tuning.priorWeight() * prior.applyAsDouble(c.code)
                    + (q.level().isPresent() && p.levels().contains(q.level().get()) ? tuning.levelWeight() : 0);
            c.named = named > 0;
        }
        candidates.sort(Comparator.comparingDouble((Candidate c) -> c.score).reversed());
        return new Ranking(q, candidates);
    }

    /** The scope evidence for a question's best candidate, empty when nothing matches at all. */
    java.util.Optional<ScopeFeatures> scopeFeatures(String question) {
        Ranking ranking = rank(questions.analyze(question));
        return ranking == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(
                        scopeFeatures(ranking.question(), ranking.candidates().getFirst(), ranking.candidates()));
    }

    /**
     * What tells whether the best candidate is really what was asked: whether the citizen named it
     * by an everyday name, how much of its official name the question contains, how much of the
     * question its whole record supports (syllables and bigrams, weighted by rarity: a question
     * about a hospital licence has words no tax procedure supports), and its lead over the next.
     */
    private ScopeFeatures scopeFeatures(AnalyzedQuestion q, Candidate best, List<Candidate> ranked) {
        int doc = docIds.get(best.code);
        double uniTotal = 0;
        double uniFound = 0;
        double biTotal = 0;
        double biFound = 0;
        List<String> folded = q.folded();
        List<Double> weights = q.weights();
        Set<String> seen = new HashSet<>();
        Map<String, TermsEnum> enums = new HashMap<>();
        for (int i = 0; i < folded.size() && i < MAX_QUERY_SYLLABLES; i++) {
            if (weights.get(i) < 1) {
                continue;
            }
            String s = folded.get(i);
            if (seen.add(s)) {
                double found = recordHas(doc, ".f", s, enums);
                uniTotal += Math.abs(found);
                if (found > 0) {
                    uniFound += found;
                }
            }
            if (i + 1 < folded.size() && weights.get(i + 1) >= 1) {
                String pair = s + VietnameseAnalyzer.BIGRAM_SEPARATOR + folded.get(i + 1);
                if (seen.add(pair)) {
                    double found = recordHas(doc, ".f2", pair, enums);
                    biTotal += Math.abs(found);
                    if (found > 0) {
                        biFound += found;
                    }
                }
            }
        }
        double margin = ranked.size() > 1 ? best.score - ranked.get(1).score : 1;
        return new ScopeFeatures(
                Math.min(1, q.namedProcedures().getOrDefault(best.code, 0) / 3.0),
                best.coverage,
                uniTotal == 0 ? 0 : uniFound / uniTotal,
                biTotal == 0 ? 0 : biFound / biTotal,
                margin);
    }

    /**
     * The term's IDF over the records' bodies, positive when the record (name, everyday names,
     * domain or body) has the folded term in the view, negative when it does not. One terms
     * dictionary seek per field, reusing the enums: this runs for every syllable of a question.
     */
    private double recordHas(int doc, String view, String term, Map<String, TermsEnum> enums) {
        try {
            org.apache.lucene.util.BytesRef bytes = new org.apache.lucene.util.BytesRef(term);
            TermsEnum body = enums.computeIfAbsent(BODY + view, this::termsEnum);
            int df = 0;
            boolean found = false;
            if (body != null && body.seekExact(bytes)) {
                df = body.docFreq();
                found = body.postings(null, PostingsEnum.NONE).advance(doc) == doc;
            }
            int n = codeByDoc.length;
            double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            for (int f = 0; f < RECORD_FIELDS.size() && !found; f++) {
                String field = RECORD_FIELDS.get(f);
                if (field.equals(BODY)) {
                    continue;
                }
                TermsEnum te = enums.computeIfAbsent(field + view, this::termsEnum);
                found = te != null
                        && te.seekExact(bytes)
                        && te.postings(null, PostingsEnum.NONE).advance(doc) == doc;
            }
            return found ? idf : -idf;
        } catch (IOException e) {
            throw new UncheckedIOException("search index unreadable", e);
        }
    }

    private TermsEnum termsEnum(String field) {
        try {
            Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), field);
            return terms == null ? null : terms.iterator();
        } catch (IOException e) {
            throw new UncheckedIOException("search index unreadable", e);
        }
    }

    /** The terms of a field that more than {@code limit} documents contain. */
    private Set<String> commonTerms(String field, int limit) throws IOException {
        Set<String> common = new HashSet<>();
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), field);
        if (terms != null) {
            TermsEnum te = terms.iterator();
            for (org.apache.lucene.util.BytesRef term = te.next(); term != null; term = te.next()) {
                if (te.docFreq() > limit) {
                    common.add(term.utf8ToString());
                }
            }
        }
        return Set.copyOf(common);
    }

    /** IDF-weighted share of the procedure name's content syllables that the question contains. */
    private double nameCoverage(ProcedureCode code, Set<String> queryFolded) {
        NameTerms name = nameTerms.get(code);
        if (name == null || name.total() == 0) {
            return 0;
        }
        double found = 0;
        for (int i = 0; i < name.syllables().length; i++) {
            if (queryFolded.contains(name.syllables()[i])) {
                found += name.idf()[i];
            }
        }
        return found / name.total();
    }

    private Query buildQuery(AnalyzedQuestion q) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        List<String> folded = q.folded();
        List<String> exact = q.syllables();
        List<Double> weights = q.weights();
        double exactBoost = q.accented() ? tuning.exactBoost() : tuning.restoredBoost();
        if (q.contentFolded().size() > LONG_QUESTION) {
            // a long question has words enough without their accents; half the clauses, half the time
            exactBoost = 0;
        }
        for (FieldWeight f : tuning.fields()) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < folded.size() && i < MAX_QUERY_SYLLABLES; i++) {
                double w = weights.get(i);
                if (w > 0) {
                    clauses += add(query, f.field() + ".f", folded.get(i), f.weight() * w, seen);
                    if (exactBoost > 0 && f.exact()) {
                        clauses += add(query, f.field() + ".e", exact.get(i), f.weight() * w * exactBoost, seen);
                    }
                }
                double pair = i + 1 < folded.size() ? pairWeight(w, weights.get(i + 1)) : 0;
                if (pair > 0) {
                    double bw = f.weight() * tuning.bigramBoost() * pair;
                    String sep = VietnameseAnalyzer.BIGRAM_SEPARATOR;
                    clauses += add(query, f.field() + ".f2", folded.get(i) + sep + folded.get(i + 1), bw, seen);
                    if (exactBoost > 0 && f.exact()) {
                        clauses += add(
                                query, f.field() + ".e2", exact.get(i) + sep + exact.get(i + 1), bw * exactBoost, seen);
                    }
                }
            }
        }
        for (List<String> words : q.replaced()) {
            for (FieldWeight f : tuning.fields()) {
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < words.size(); i++) {
                    String fi = VietnameseText.fold(words.get(i));
                    clauses += add(query, f.field() + ".f", fi, f.weight() * tuning.replacedWeight(), seen);
                    if (i + 1 < words.size()) {
                        String pair = fi + VietnameseAnalyzer.BIGRAM_SEPARATOR + VietnameseText.fold(words.get(i + 1));
                        clauses += add(query, f.field() + ".f2", pair, f.weight() * tuning.replacedWeight(), seen);
                    }
                }
            }
        }
        return clauses == 0 ? null : query.build();
    }

    /**
     * The weight of a syllable pair: the weaker of two content syllables; a little when one side
     * is a function word inside a phrase ("đo đạc và bản đồ" keeps "đạc và", "và bản"); nothing
     * for two function words.
     */
    private static double pairWeight(double left, double right) {
        if (left > 0 && right > 0) {
            return Math.min(left, right);
        }
        return FUNCTION_WORD_PAIR * Math.max(left, right);
    }

    private int add(BooleanQuery.Builder query, String field, String term, double boost, Set<String> seen) {
        if (!seen.add(field + '\u0000' + term) || boost <= 0) {
            return 0;
        }
        if (commonInBody.getOrDefault(field, Set.of()).contains(term)) {
            // a syllable most records' bodies contain ("hồ sơ", "đăng ký") ranks nothing and costs
            // the most: every such clause scores thousands of documents
            return 0;
        }
        query.add(new BoostQuery(new TermQuery(new Term(field, term)), (float) boost), BooleanClause.Occur.SHOULD);
        return 1;
    }

    private static Document document(Procedure p, List<String> everydayNames, QuestionAnalyzer questions) {
        Document doc = new Document();
        doc.add(new StoredField(CODE, p.code().value()));
        addViews(doc, NAME, questions.withExpansions(p.name()));
        for (String alias : everydayNames) {
            addViews(doc, ALIAS, alias);
        }
        // the domain is queried by its folded views only (FieldWeight#exact)
        VietnameseAnalyzer.Views domain = new VietnameseAnalyzer.Views(p.domain());
        addView(doc, DOMAIN, domain, VietnameseAnalyzer.View.FOLDED);
        addView(doc, DOMAIN, domain, VietnameseAnalyzer.View.FOLDED_BIGRAM);
        // the body is long and weighs little: its folded views are enough
        VietnameseAnalyzer.Views body = new VietnameseAnalyzer.Views(bodyText(p));
        addView(doc, BODY, body, VietnameseAnalyzer.View.FOLDED);
        addView(doc, BODY, body, VietnameseAnalyzer.View.FOLDED_BIGRAM);
        return doc;
    }

    /** Steps, documents, conditions, results and target groups: what the record says besides its name. */
    private static String bodyText(Procedure p) {
        StringBuilder body = new StringBuilder();
        p.steps().forEach(s -> body.append(s).append('\n'));
        for (RequiredDocument d : p.documents()) {
            body.append(d.name()).append('\n');
        }
        body.append(p.conditions()).append('\n');
        p.results().forEach(r -> body.append(r).append('\n'));
        p.targetGroups().forEach(t -> body.append(t).append('\n'));
        return body.toString();
    }

    private static void addViews(Document doc, String base, String text) {
        VietnameseAnalyzer.Views views = new VietnameseAnalyzer.Views(text);
        for (VietnameseAnalyzer.View view : VietnameseAnalyzer.View.values()) {
            addView(doc, base, views, view);
        }
    }

    private static void addView(
            Document doc, String base, VietnameseAnalyzer.Views views, VietnameseAnalyzer.View view) {
        doc.add(new TextField(view.field(base), views.stream(view)));
    }

    private static final class Candidate {
        final ProcedureCode code;
        final double bm25;
        double score;
        double coverage;
        boolean named;

        Candidate(ProcedureCode code, double bm25) {
            this.code = code;
            this.bm25 = bm25;
        }
    }

    /** A field and its weight in the query. */
    public record FieldWeight(String field, double weight) {

        /** Accented views are queried for the short, discriminating fields only. */
        boolean exact() {
            return field.equals(NAME) || field.equals(ALIAS);
        }
    }

    /** Builds the search; everything but the catalog has a default. */
    public static final class Builder {
        private Catalog catalog;
        private EverydayNames everydayNames;
        private ToDoubleFunction<ProcedureCode> prior = code -> 0;
        private UnaryOperator<List<String>> accentRestorer;
        private SearchTuning tuning = SearchTuning.DEFAULT;

        public Builder catalog(Catalog catalog) {
            this.catalog = catalog;
            return this;
        }

        public Builder everydayNames(EverydayNames everydayNames) {
            this.everydayNames = everydayNames;
            return this;
        }

        /** A popularity prior in [0, 1] per procedure. */
        public Builder prior(ToDoubleFunction<ProcedureCode> prior) {
            this.prior = Objects.requireNonNull(prior);
            return this;
        }

        public Builder accentRestorer(UnaryOperator<List<String>> accentRestorer) {
            this.accentRestorer = Objects.requireNonNull(accentRestorer);
            return this;
        }

        public Builder tuning(SearchTuning tuning) {
            this.tuning = Objects.requireNonNull(tuning);
            return this;
        }

        public VietnameseProcedureSearch build() {
            Objects.requireNonNull(catalog, "catalog");
            if (everydayNames == null) {
                everydayNames = EverydayNames.bundled();
            }
            if (accentRestorer == null) {
                // trained while the index is built: the two take about as long, and there are cores
                Catalog c = catalog;
                EverydayNames n = everydayNames;
                java.util.concurrent.CompletableFuture<AccentRestorer> training =
                        java.util.concurrent.CompletableFuture.supplyAsync(() -> trainRestorer(c, n));
                accentRestorer = syllables -> training.join().restore(syllables);
            }
            try {
                return new VietnameseProcedureSearch(this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot build the search index", e);
            }
        }
    }

    /** An accent restorer trained on the catalog's own text and the everyday names. */
    static AccentRestorer trainRestorer(Catalog catalog, EverydayNames names) {
        return AccentRestorer.train(restorerTexts(catalog, names));
    }

    /**
     * The texts the accent restorer learns from: a caller rebuilding the search after a change
     * that leaves them equal (a fee, a note) can keep the restorer it has.
     */
    public static List<String> restorerTexts(Catalog catalog, EverydayNames names) {
        List<String> texts = new ArrayList<>();
        for (Procedure p : catalog.procedures()) {
            texts.add(p.name());
            texts.add(p.domain());
            texts.add(p.conditions());
            // the steps are long and repeat the other fields' words: leaving them out halves the
            // training time and loses nothing measurable (eval --strip-diacritics)
            texts.addAll(p.results());
            texts.addAll(p.targetGroups());
            p.documents().forEach(d -> texts.add(d.name()));
            texts.addAll(names.namesOf(p.code()));
        }
        return texts;
    }
}
