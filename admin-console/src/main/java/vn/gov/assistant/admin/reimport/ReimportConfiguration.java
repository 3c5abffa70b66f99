package vn.gov.assistant.admin.reimport;

import jakarta.servlet.MultipartConfigElement;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import vn.gov.assistant.core.knowledge.CatalogReimport;
import vn.gov.assistant.core.knowledge.KnowledgeCurator;
import vn.gov.assistant.knowledge.importer.html.ProcedurePageFetcher;

/** The catalog re-import: its settings, the uploads waiting for review, the page fetcher. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReimportProperties.class)
class ReimportConfiguration {

    /** Room for the form's own fields around the files in a multipart request. */
    private static final DataSize FORM_OVERHEAD = DataSize.ofKilobytes(64);

    @Bean
    CatalogReimport catalogReimport(KnowledgeCurator curator) {
        return new CatalogReimport(curator, Clock.systemUTC());
    }

    @Bean
    PendingImports pendingImports(ReimportProperties properties) {
        return new PendingImports(properties.maxPending(), properties.pendingTtl(), Clock.systemUTC());
    }

    @Bean
    ProcedurePageFetcher procedurePageFetcher(ReimportProperties properties) {
        ProcedurePageFetcher.Settings defaults = ProcedurePageFetcher.Settings.defaults();
        return new ProcedurePageFetcher(new ProcedurePageFetcher.Settings(
                Duration.ofSeconds(5).compareTo(properties.fetchTimeout()) < 0
                        ? Duration.ofSeconds(5)
                        : properties.fetchTimeout(),
                properties.fetchTimeout(),
                defaults.maxBytes(),
                properties.fetchMaxRedirects(),
                defaults.pageTemplate(),
                defaults.userAgent(),
                properties.fetchAllowPrivateAddresses()));
    }

    /**
     * The application's multipart limits follow the re-import's, the one form that uploads files:
     * Spring Boot's defaults (1 MB a file) would refuse a ministry's catalog. Files are held in
     * memory up to 1 MB, beyond that in a temporary file. A larger request is refused by the servlet
     * container while the security filters read its parameters (413, the console's error page says
     * why); the page's script stops such an upload before it is sent.
     */
    @Bean
    MultipartConfigElement multipartConfigElement(ReimportProperties properties) {
        long max = properties.maxUploadSize().toBytes() + FORM_OVERHEAD.toBytes();
        return new MultipartConfigElement(
                "", max, max, (int) DataSize.ofMegabytes(1).toBytes());
    }
}
