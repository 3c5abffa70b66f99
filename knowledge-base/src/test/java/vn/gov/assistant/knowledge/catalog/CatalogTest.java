package vn.gov.assistant.knowledge.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;
import vn.gov.assistant.knowledge.procedure.Procedures;

class CatalogTest {

    @Test
    void codecRoundTripIsExact() {
        List<Procedure> procedures = Procedures.sample();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogCodec.write(procedures, out);
        assertThat(CatalogCodec.read(new ByteArrayInputStream(out.toByteArray())))
                .isEqualTo(procedures);
    }

    @Test
    void malformedCatalogLineIsNamed() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("{\"code\":{\"value\":\"oops\"}}\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> CatalogCodec.read(new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1");
    }

    @Test
    void bundledCatalogHasThePortalsProceduresWithoutTheGarbledDuplicates() {
        Catalog catalog = Catalog.bundled();
        // 2,642 records read, 17 garbled duplicates set aside (see docs/decisions)
        assertThat(catalog.size()).isEqualTo(2625);
        Procedure residence = catalog.find(ProcedureCode.of("1.004194")).orElseThrow();
        assertThat(residence.name()).isEqualTo("Đăng ký tạm trú");
        assertThat(residence.channels()).isNotEmpty();
        assertThat(catalog.find(ProcedureCode.of("2.001428"))).isEmpty();
    }

    @Test
    void duplicateCodesAreRefused() {
        Procedure p = Procedures.sample().getFirst();
        assertThatThrownBy(() -> Catalog.of(List.of(p, p)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(p.code().value());
    }

    @Test
    void popularityIsALogScaledPrior() {
        Popularity popularity = Popularity.bundled();
        ProcedureCode residence = ProcedureCode.of("1.004194");
        assertThat(popularity.weight(residence)).isGreaterThan(15_000_000);
        assertThat(popularity.prior(residence)).isEqualTo(1.0);
        assertThat(popularity.prior(ProcedureCode.of("9.999999"))).isZero();

        Popularity small = Popularity.of(Map.of(residence, 99.0, ProcedureCode.of("1.000001"), 9.0));
        assertThat(small.prior(ProcedureCode.of("1.000001"))).isEqualTo(0.5);
    }
}
