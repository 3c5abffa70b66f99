package vn.gov.assistant.admin.knowledge;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.assistant.core.knowledge.KnowledgeCurator;

/**
 * Whether a published change is served yet: an index is built aside after each publication, so a
 * page that just published shows "being put into search" and polls this until citizens see it.
 */
@Controller
@RequestMapping("/admin/knowledge/status")
class KnowledgeStatus {

    private final KnowledgeCurator curator;

    KnowledgeStatus(KnowledgeCurator curator) {
        this.curator = curator;
    }

    /** What the status line says about {@code revision} (0: nothing published). */
    record Line(long revision, long served, boolean ready) {}

    static Line of(KnowledgeCurator curator, long revision) {
        long served = curator.current().revision();
        return new Line(revision, served, served >= revision);
    }

    @GetMapping
    String status(@RequestParam(defaultValue = "0") long revision, Model model) {
        model.addAttribute("status", of(curator, Math.max(0, revision)));
        return "admin/knowledge/status :: status";
    }
}
