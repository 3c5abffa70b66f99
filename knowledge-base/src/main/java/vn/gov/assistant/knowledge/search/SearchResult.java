package vn.gov.assistant.knowledge.search;

import java.util.List;
import java.util.Objects;

/**
 * The answer of a search: ranked hits, the aspect the question asks about, and whether no
 * procedure fits ({@code outOfScope}; the hits are still returned for staff and evaluation).
 * {@code confidence} is in [0, 1]: how sure the search is that the first hit is right.
 */
public record SearchResult(String query, List<SearchHit> hits, Aspect aspect, boolean outOfScope, double confidence) {

    public SearchResult {
        Objects.requireNonNull(query, "query");
        hits = List.copyOf(hits);
        Objects.requireNonNull(aspect, "aspect");
    }

    public static SearchResult empty(String query, Aspect aspect) {
        return new SearchResult(query, List.of(), aspect, true, 0);
    }
}
