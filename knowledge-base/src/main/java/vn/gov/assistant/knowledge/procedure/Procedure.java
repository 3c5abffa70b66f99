package vn.gov.assistant.knowledge.procedure;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An administrative procedure (thủ tục hành chính) as the catalog publishes it, with the structure
 * staff and citizens care about. Text fields are NFC; empty string or empty list means the source
 * had nothing ("Không có thông tin"), never an invented value. {@code note} is what staff added for
 * citizens ("" for none) and {@code revisedAt} when staff last changed the record (null: as imported).
 */
public record Procedure(
        ProcedureCode code,
        String name,
        String domain,
        List<Level> levels,
        String procedureType,
        Agencies agencies,
        List<String> targetGroups,
        List<String> steps,
        List<SubmissionChannel> channels,
        List<RequiredDocument> documents,
        String conditions,
        List<String> results,
        List<LegalDocument> legalBasis,
        String decisionNumber,
        String sourceUrl,
        String ministry,
        Instant importedAt,
        String note,
        Instant revisedAt) {

    public Procedure {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name of " + code);
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("procedure " + code + " has no name");
        }
        domain = orEmpty(domain);
        levels = List.copyOf(levels == null ? List.of() : levels);
        procedureType = orEmpty(procedureType);
        agencies = agencies == null ? Agencies.none() : agencies;
        targetGroups = List.copyOf(targetGroups == null ? List.of() : targetGroups);
        steps = List.copyOf(steps == null ? List.of() : steps);
        channels = List.copyOf(channels == null ? List.of() : channels);
        documents = List.copyOf(documents == null ? List.of() : documents);
        conditions = orEmpty(conditions);
        results = List.copyOf(results == null ? List.of() : results);
        legalBasis = List.copyOf(legalBasis == null ? List.of() : legalBasis);
        decisionNumber = orEmpty(decisionNumber);
        sourceUrl = orEmpty(sourceUrl);
        ministry = orEmpty(ministry);
        Objects.requireNonNull(importedAt, "importedAt of " + code);
        note = orEmpty(note);
    }

    /** A record as imported: no staff note, never revised. */
    public Procedure(
            ProcedureCode code,
            String name,
            String domain,
            List<Level> levels,
            String procedureType,
            Agencies agencies,
            List<String> targetGroups,
            List<String> steps,
            List<SubmissionChannel> channels,
            List<RequiredDocument> documents,
            String conditions,
            List<String> results,
            List<LegalDocument> legalBasis,
            String decisionNumber,
            String sourceUrl,
            String ministry,
            Instant importedAt) {
        this(
                code,
                name,
                domain,
                levels,
                procedureType,
                agencies,
                targetGroups,
                steps,
                channels,
                documents,
                conditions,
                results,
                legalBasis,
                decisionNumber,
                sourceUrl,
                ministry,
                importedAt,
                "",
                null);
    }

    /** This record as staff revised it: their note for citizens ("" for none) and when. */
    public Procedure revised(String staffNote, Instant at) {
        return stamped(importedAt, staffNote, Objects.requireNonNull(at, "at"));
    }

    /**
     * This record as (re-)imported from the portal at {@code at}: not revised by staff, with
     * {@code staffNote} (their note for citizens, "" for none) kept beside the portal's fields.
     */
    public Procedure imported(Instant at, String staffNote) {
        return stamped(Objects.requireNonNull(at, "at"), staffNote, null);
    }

    /** The portal's fields as they are, with these import date, staff note and revision date. */
    private Procedure stamped(Instant imported, String staffNote, Instant revised) {
        return new Procedure(
                code,
                name,
                domain,
                levels,
                procedureType,
                agencies,
                targetGroups,
                steps,
                channels,
                documents,
                conditions,
                results,
                legalBasis,
                decisionNumber,
                sourceUrl,
                ministry,
                imported,
                staffNote,
                revised);
    }

    /** True when staff changed this record after it was imported. */
    public boolean isRevised() {
        return revisedAt != null;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
