package vn.gov.assistant.core.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import vn.gov.assistant.core.conversation.ConversationEngine;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;
import vn.gov.assistant.knowledge.search.ProcedureSearch;
import vn.gov.assistant.knowledge.search.SearchHit;
import vn.gov.assistant.knowledge.search.SearchResult;

/**
 * The whole conversation engine seen as a search, for the evaluation's dialogue mode: each
 * question is the first message of a fresh conversation, and the reply is scored on its metadata.
 * The hits are the code the answer cites, then the codes it offers as options; a reply that cites
 * nothing (it asked back, or declined) starts with {@link #NOTHING_CITED}, so that top1 counts only
 * answers and recall5 counts options too. Declined replies are out of scope.
 */
public final class DialogueSearch implements ProcedureSearch {

    /** Stands first in the hits of a reply that answers no procedure; no catalog code looks like it. */
    public static final ProcedureCode NOTHING_CITED = ProcedureCode.of("0.000000");

    private final ConversationEngine engine;
    private final AtomicLong conversations = new AtomicLong();

    public DialogueSearch(ConversationEngine engine) {
        this.engine = Objects.requireNonNull(engine);
    }

    @Override
    public SearchResult search(String question, int limit) {
        Reply reply = engine.handle("eval-" + conversations.incrementAndGet(), new Inbound.Text(question));
        List<SearchHit> hits = new ArrayList<>();
        if (reply.metadata().cited().isEmpty()) {
            hits.add(new SearchHit(NOTHING_CITED, "(no procedure answered)", 0));
        }
        for (String code : reply.metadata().cited()) {
            hits.add(new SearchHit(ProcedureCode.of(code), code, 1));
        }
        for (String code : reply.metadata().offered()) {
            hits.add(new SearchHit(ProcedureCode.of(code), code, 0.5));
        }
        return new SearchResult(
                question,
                hits.subList(0, Math.min(limit, hits.size())),
                reply.metadata().aspect(),
                reply.metadata().declined(),
                reply.metadata().confidence());
    }
}
