package vn.gov.assistant.app.knowledge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.assistant.app.cli.Commands;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.search.VietnameseProcedureSearch;

/** The knowledge base on the embedded default: the bundled catalog, searched in memory. */
@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeConfiguration.class);

    @Bean
    Catalog catalog() {
        return Catalog.bundled();
    }

    @Bean
    VietnameseProcedureSearch procedureSearch(Catalog catalog) {
        long start = System.nanoTime();
        VietnameseProcedureSearch search = Commands.search(catalog);
        log.info("Indexed {} procedures in {} ms", catalog.size(), (System.nanoTime() - start) / 1_000_000);
        return search;
    }
}
