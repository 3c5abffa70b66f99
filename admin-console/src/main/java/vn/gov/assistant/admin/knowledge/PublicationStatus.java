package vn.gov.assistant.admin.knowledge;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.gov.assistant.core.knowledge.KnowledgeCurator;

/**
 * The status line every console page shows an editor once anything was published: which version
 * of the knowledge citizens see, or that the latest is still being put into search (polled until it
 * is served, in seconds). Pages that show the status of their own entry (a procedure) show theirs
 * instead.
 */
@ControllerAdvice(basePackages = "vn.gov.assistant.admin")
class PublicationStatus {

    private final ObjectProvider<KnowledgeCurator> curator;

    PublicationStatus(ObjectProvider<KnowledgeCurator> curator) {
        this.curator = curator;
    }

    /** The line for the latest revision, or null when there is nothing to say. */
    @ModelAttribute("publication")
    KnowledgeStatus.Line publication() {
        KnowledgeCurator knowledge = curator.getIfAvailable();
        if (knowledge == null) {
            return null;
        }
        long latest = knowledge.latest().revision();
        if (latest == 0) {
            return null;
        }
        return KnowledgeStatus.of(knowledge, latest);
    }
}
