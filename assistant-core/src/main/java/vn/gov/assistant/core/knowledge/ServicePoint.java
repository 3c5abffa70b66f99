package vn.gov.assistant.core.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * An office where citizens submit and collect files: its address, opening hours, telephone, the
 * communes it serves and the domains it handles (none: all).
 */
public record ServicePoint(
        String id,
        String name,
        String address,
        String openingHours,
        String phone,
        List<String> communes,
        List<String> domains) {

    public ServicePoint {
        id = Objects.requireNonNull(id, "id").strip();
        name = Objects.requireNonNull(name, "name").strip();
        address = address == null ? "" : address.strip();
        openingHours = openingHours == null ? "" : openingHours.strip();
        phone = phone == null ? "" : phone.strip();
        communes = List.copyOf(communes == null ? List.of() : communes);
        domains = List.copyOf(domains == null ? List.of() : domains);
    }
}
