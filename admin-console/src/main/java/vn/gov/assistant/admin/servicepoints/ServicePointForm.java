package vn.gov.assistant.admin.servicepoints;

import java.util.List;
import vn.gov.assistant.core.servicepoint.ServicePoint;
import vn.gov.assistant.core.servicepoint.ServicePointDraft;
import vn.gov.assistant.knowledge.procedure.Level;

/**
 * The service point form as posted: the point's fields, the reason for the change and the version
 * the editor started from ({@code head}: 0 for a new point).
 *
 * @param communes the areas served, one a line
 * @param domains the domains ticked, by name or folded name ({@link ServicePointDraft} reads either)
 */
record ServicePointForm(
        String name,
        String address,
        String openingHours,
        String phone,
        String communes,
        List<String> domains,
        List<Level> levels,
        String reason,
        Long head) {

    ServicePointForm {
        domains = domains == null ? List.of() : List.copyOf(domains);
        levels = levels == null ? List.of() : List.copyOf(levels);
        head = head == null ? 0 : head;
    }

    static ServicePointForm empty() {
        return new ServicePointForm("", "", "", "", "", List.of(), List.of(), "", 0L);
    }

    /** The form of a point as published at {@code head}. */
    static ServicePointForm of(ServicePoint p, long head) {
        ServicePointDraft d = ServicePointDraft.of(p);
        return new ServicePointForm(
                d.name(), d.address(), d.openingHours(), d.phone(), d.communes(), d.domains(), d.levels(), "", head);
    }

    ServicePointDraft draft() {
        return new ServicePointDraft(name, address, openingHours, phone, communes, domains, levels);
    }

    /** Whether the domain is ticked: by its key (as posted) or its name (as published). */
    public boolean hasDomain(String key, String name) {
        return domains.contains(key) || domains.contains(name);
    }

    public boolean hasLevel(Level level) {
        return levels.contains(level);
    }
}
