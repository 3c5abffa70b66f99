package vn.gov.assistant.knowledge.search;

/** Finds the procedures a citizen's question is about. Implementations are thread-safe. */
public interface ProcedureSearch {

    /**
     * @param question the citizen's text, as typed (any normalisation form, with or without accents)
     * @param limit the most hits to return, at least 1
     */
    SearchResult search(String question, int limit);
}
