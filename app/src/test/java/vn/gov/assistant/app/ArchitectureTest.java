package vn.gov.assistant.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rules of docs/ARCHITECTURE.md, checked on the compiled classes. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.gov.assistant");

    @Test
    void coreAndKnowledgeBaseArePlainJava() {
        noClasses()
                .that()
                .resideInAnyPackage("vn.gov.assistant.core..", "vn.gov.assistant.knowledge..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.servlet..")
                .check(CLASSES);
    }

    @Test
    void coreKnowsTheKnowledgeBaseButNoOuterModule() {
        // the conversation answers from the procedure model and the search's API (decision 0006)
        noClasses()
                .that()
                .resideInAPackage("vn.gov.assistant.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "vn.gov.assistant.knowledge.importer..",
                        "vn.gov.assistant.channels..",
                        "vn.gov.assistant.admin..",
                        "vn.gov.assistant.app..")
                .check(CLASSES);
    }

    @Test
    void knowledgeBaseDoesNotReachOutward() {
        noClasses()
                .that()
                .resideInAPackage("vn.gov.assistant.knowledge..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("vn.gov.assistant.channels..", "vn.gov.assistant.admin..", "vn.gov.assistant.app..")
                .check(CLASSES);
    }

    @Test
    void luceneStaysInTheSearchPackage() {
        noClasses()
                .that()
                .resideOutsideOfPackage("vn.gov.assistant.knowledge.search..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.lucene..")
                .check(CLASSES);
    }

    @Test
    void jedisStaysInTheRedisPackage() {
        noClasses()
                .that()
                .resideOutsideOfPackage("vn.gov.assistant.redis..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("redis.clients..")
                .check(CLASSES);
    }

    @Test
    void micrometerStaysInTheObservabilityPackage() {
        // the core, the channels and the console report through the ServiceMonitor port
        noClasses()
                .that()
                .resideOutsideOfPackage("vn.gov.assistant.app.observability..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.micrometer..", "io.prometheus..")
                .check(CLASSES);
    }

    @Test
    void jsoupStaysInTheHtmlImporter() {
        noClasses()
                .that()
                .resideOutsideOfPackage("vn.gov.assistant.knowledge.importer.html..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.jsoup..")
                .check(CLASSES);
    }

    @Test
    void diffUtilsStaysInTheCatalog() {
        noClasses()
                .that()
                .resideOutsideOfPackage("vn.gov.assistant.knowledge.catalog..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.github.difflib..")
                .check(CLASSES);
    }
}
