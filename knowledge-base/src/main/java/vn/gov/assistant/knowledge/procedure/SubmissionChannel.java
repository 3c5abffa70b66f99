package vn.gov.assistant.knowledge.procedure;

import java.util.List;
import java.util.Objects;

/** One way of submitting (online, in person, by post) with its processing time and fees. */
public record SubmissionChannel(SubmissionMethod method, ProcessingTime time, List<Fee> fees, String description) {

    public SubmissionChannel {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(time, "time");
        fees = List.copyOf(fees == null ? List.of() : fees);
        description = description == null ? "" : description.strip();
    }
}
