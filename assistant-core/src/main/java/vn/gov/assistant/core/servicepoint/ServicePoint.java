package vn.gov.assistant.core.servicepoint;

import java.util.List;
import java.util.Objects;
import vn.gov.assistant.knowledge.procedure.Level;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.text.VietnameseText;

/**
 * An office where citizens submit and collect files: its address, opening hours, telephone, the
 * places it serves and the procedures it handles.
 *
 * @param communes the areas served, each a commune with its province ("Phường Ba Đình, Thành phố
 *     Hà Nội") or a whole province ("Thành phố Hà Nội"); none: everyone
 * @param domains the catalog domains of the procedures it handles ("Hộ tịch"); none: all
 * @param levels the levels of government of the procedures it handles; none: all. Absent from
 *     points published before the field existed, which read as none.
 */
public record ServicePoint(
        String id,
        String name,
        String address,
        String openingHours,
        String phone,
        List<String> communes,
        List<String> domains,
        List<Level> levels) {

    public ServicePoint {
        id = Objects.requireNonNull(id, "id").strip();
        name = Objects.requireNonNull(name, "name").strip();
        address = address == null ? "" : address.strip();
        openingHours = openingHours == null ? "" : openingHours.strip();
        phone = phone == null ? "" : phone.strip();
        communes = List.copyOf(communes == null ? List.of() : communes);
        domains = List.copyOf(domains == null ? List.of() : domains);
        levels = List.copyOf(levels == null ? List.of() : levels);
    }

    /** Whether it takes files from citizens of every place (no area listed). */
    public boolean servesEveryone() {
        return communes.isEmpty();
    }

    /**
     * Whether it handles the procedure: its domain is one of the point's (or the point lists
     * none) and one of its levels is (or the point lists none). A record of the former district
     * level counts as both commune and province level: since 1 July 2025 one of them does its work.
     */
    public boolean handles(Procedure p) {
        boolean domain = domains.isEmpty()
                || domains.stream()
                        .anyMatch(d -> VietnameseText.foldedWords(d).equals(VietnameseText.foldedWords(p.domain())));
        if (!domain) {
            return false;
        }
        if (levels.isEmpty() || p.levels().isEmpty()) {
            return true;
        }
        for (Level l : p.levels()) {
            if (levels.contains(l)
                    || (l == Level.DISTRICT && (levels.contains(Level.COMMUNE) || levels.contains(Level.PROVINCE)))) {
                return true;
            }
        }
        return false;
    }
}
