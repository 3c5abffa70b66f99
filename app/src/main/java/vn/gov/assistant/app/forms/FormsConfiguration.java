package vn.gov.assistant.app.forms;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.assistant.app.handoff.SharedStateConfiguration.RedisHolder;
import vn.gov.assistant.core.forms.FilledForm;
import vn.gov.assistant.core.forms.FormCatalog;
import vn.gov.assistant.core.forms.FormFiller;
import vn.gov.assistant.core.forms.FormProgress;
import vn.gov.assistant.core.forms.Remembered;
import vn.gov.assistant.core.forms.validate.Validators;
import vn.gov.assistant.core.state.ExpiringStore;
import vn.gov.assistant.core.state.InMemoryExpiringStore;
import vn.gov.assistant.knowledge.catalog.Catalog;

/**
 * Guided declarations: the bundled form definitions, and where paused forms, remembered citizen
 * data and filled declarations are kept (in this process, or on Redis when configured), each for
 * its configured time only.
 */
@Configuration(proxyBeanMethods = false)
class FormsConfiguration {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FormsConfiguration.class);

    @Bean
    FormFiller formFiller(
            Catalog procedures,
            RedisHolder redis,
            @Value("${assistant.forms.draft-ttl:P7D}") Duration draftTtl,
            @Value("${assistant.forms.memory-ttl:P30D}") Duration memoryTtl,
            @Value("${assistant.forms.link-ttl:PT24H}") Duration linkTtl,
            @Value("${assistant.public-url:http://localhost:8080}") String publicUrl,
            @Value("${assistant.handoff.zone:Asia/Ho_Chi_Minh}") String zone,
            @Value("${assistant.forms.dir:}") String dir,
            @Value("${assistant.retention.identified:P90D}") Duration identified) {
        FormCatalog catalog =
                dir.isBlank() ? FormCatalog.bundled() : FormCatalog.bundledAnd(java.nio.file.Path.of(dir));
        log.info("{} declarations can be filled", catalog.all().size());
        return new FormFiller(
                catalog,
                new Validators(),
                procedures,
                store(redis, "form-draft", FormProgress.class),
                store(redis, "citizen-memory", Remembered.class),
                store(redis, "filled-form", FilledForm.class),
                new FormFiller.Settings(
                        capped("assistant.forms.draft-ttl", draftTtl, identified),
                        capped("assistant.forms.memory-ttl", memoryTtl, identified),
                        capped("assistant.forms.link-ttl", linkTtl, identified),
                        publicUrl,
                        ZoneId.of(zone)),
                Clock.systemUTC());
    }

    /**
     * A declaration's personal values make its conversation identified (decision 20): none is kept
     * longer than {@code assistant.retention.identified}, whatever its own ttl says.
     */
    static Duration capped(String property, Duration ttl, Duration identified) {
        if (ttl.compareTo(identified) <= 0) {
            return ttl;
        }
        log.warn(
                "{} ({}) is longer than assistant.retention.identified ({}): kept {}",
                property,
                ttl,
                identified,
                identified);
        return identified;
    }

    private static <T> ExpiringStore<T> store(RedisHolder holder, String namespace, Class<T> type) {
        return holder.redis() == null
                ? new InMemoryExpiringStore<>(100_000, Clock.systemUTC())
                : holder.redis().expiringStore(namespace, type);
    }
}
