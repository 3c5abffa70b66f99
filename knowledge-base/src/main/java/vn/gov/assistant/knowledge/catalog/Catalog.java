package vn.gov.assistant.knowledge.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;

/** An immutable set of procedures keyed by code, in catalog order. */
public final class Catalog {

    private final Map<ProcedureCode, Procedure> byCode;

    private Catalog(Map<ProcedureCode, Procedure> byCode) {
        this.byCode = byCode;
    }

    /** Builds a catalog; a code that appears twice is an error naming the code. */
    public static Catalog of(Collection<Procedure> procedures) {
        Map<ProcedureCode, Procedure> map = new LinkedHashMap<>();
        for (Procedure p : procedures) {
            if (map.putIfAbsent(p.code(), p) != null) {
                throw new IllegalArgumentException("procedure " + p.code() + " appears twice in the catalog");
            }
        }
        return new Catalog(java.util.Collections.unmodifiableMap(map));
    }

    /** The resource holding the catalog that ships with the project (see ConvertCatalogCommand). */
    public static final String BUNDLED = "/catalog/procedures.jsonl.gz";

    /** The catalog that ships with the project: the portal's procedures, converted by the importer. */
    public static Catalog bundled() {
        try (java.io.InputStream in = Catalog.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled catalog " + BUNDLED + " is missing from the classpath");
            }
            return of(CatalogCodec.read(in));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the bundled catalog", e);
        }
    }

    public Optional<Procedure> find(ProcedureCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public List<Procedure> procedures() {
        return List.copyOf(byCode.values());
    }

    public int size() {
        return byCode.size();
    }
}
