package vn.gov.assistant.knowledge.procedure;

import java.util.List;

/**
 * The agencies involved in a procedure: who decides (có thẩm quyền), who carries it out (thực
 * hiện), where files are received (địa chỉ tiếp nhận), delegated and coordinating agencies.
 */
public record Agencies(
        List<String> competent,
        List<String> implementing,
        String receivingAddress,
        List<String> delegated,
        List<String> coordinating) {

    public Agencies {
        competent = List.copyOf(competent == null ? List.of() : competent);
        implementing = List.copyOf(implementing == null ? List.of() : implementing);
        receivingAddress = receivingAddress == null ? "" : receivingAddress.strip();
        delegated = List.copyOf(delegated == null ? List.of() : delegated);
        coordinating = List.copyOf(coordinating == null ? List.of() : coordinating);
    }

    public static Agencies none() {
        return new Agencies(List.of(), List.of(), "", List.of(), List.of());
    }
}
