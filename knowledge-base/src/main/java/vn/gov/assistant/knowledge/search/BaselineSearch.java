package vn.gov.assistant.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;

/**
 * The yardstick: plain Lucene BM25 with the StandardAnalyzer over each procedure's name and full
 * text, as a developer would set it up in ten minutes. It never declines and detects no aspect.
 */
public final class BaselineSearch implements ProcedureSearch {

    private final IndexSearcher searcher;
    private final Catalog catalog;

    private BaselineSearch(Catalog catalog, IndexSearcher searcher) {
        this.catalog = catalog;
        this.searcher = searcher;
    }

    public static BaselineSearch of(Catalog catalog) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (Procedure p : catalog.procedures()) {
                Document doc = new Document();
                doc.add(new StoredField("code", p.code().value()));
                doc.add(new TextField("name", p.name(), Field.Store.NO));
                doc.add(new TextField("text", text(p), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            return new BaselineSearch(catalog, new IndexSearcher(DirectoryReader.open(directory)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the baseline index", e);
        }
    }

    @Override
    public SearchResult search(String question, int limit) {
        List<SearchHit> hits = new ArrayList<>();
        try {
            MultiFieldQueryParser parser =
                    new MultiFieldQueryParser(new String[] {"name", "text"}, new StandardAnalyzer());
            Query query = parser.parse(QueryParser.escape(question));
            for (ScoreDoc sd : searcher.search(query, limit).scoreDocs) {
                ProcedureCode code = ProcedureCode.of(
                        searcher.storedFields().document(sd.doc).get("code"));
                hits.add(new SearchHit(code, catalog.find(code).orElseThrow().name(), sd.score));
            }
        } catch (ParseException e) {
            return new SearchResult(question, List.of(), Aspect.GENERAL, false, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("baseline index unreadable", e);
        }
        return new SearchResult(question, hits, Aspect.GENERAL, false, hits.isEmpty() ? 0 : 1);
    }

    private static String text(Procedure p) {
        StringBuilder s = new StringBuilder(p.domain()).append('\n');
        p.steps().forEach(x -> s.append(x).append('\n'));
        p.documents().forEach(d -> s.append(d.name()).append('\n'));
        s.append(p.conditions()).append('\n');
        p.results().forEach(x -> s.append(x).append('\n'));
        return s.toString();
    }
}
