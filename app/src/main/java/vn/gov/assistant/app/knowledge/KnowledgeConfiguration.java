package vn.gov.assistant.app.knowledge;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.assistant.app.handoff.SharedStateConfiguration.RedisHolder;
import vn.gov.assistant.core.conversation.ReplyRewriter;
import vn.gov.assistant.core.forms.FormFiller;
import vn.gov.assistant.core.handoff.SharedState;
import vn.gov.assistant.core.knowledge.FileKnowledgeLog;
import vn.gov.assistant.core.knowledge.InMemoryKnowledgeLog;
import vn.gov.assistant.core.knowledge.KnowledgeAssembly;
import vn.gov.assistant.core.knowledge.KnowledgeCurator;
import vn.gov.assistant.core.knowledge.KnowledgeLog;
import vn.gov.assistant.core.knowledge.LiveKnowledge;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.catalog.Popularity;

/**
 * The knowledge served: the bundled catalog plus staff's published changes, read from the change
 * log on Redis when {@code assistant.redis.url} is set (every instance), else from the file
 * {@code assistant.knowledge.log-file} (one instance, kept across restarts), else from memory (one
 * instance; changes are lost on restart). Each instance polls the log every
 * {@code assistant.knowledge.refresh} and swaps in a fully built index.
 */
@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeConfiguration.class);

    @Bean
    Catalog catalog() {
        return Catalog.bundled();
    }

    @Bean
    KnowledgeLog knowledgeLog(RedisHolder redis, @Value("${assistant.knowledge.log-file:}") String file) {
        if (redis.redis() != null) {
            log.info("Staff's knowledge changes on Redis, shared by every instance");
            return redis.redis().knowledgeLog();
        }
        if (!file.isBlank()) {
            FileKnowledgeLog opened = FileKnowledgeLog.open(Path.of(file));
            log.info("Staff's knowledge changes in {} ({} so far)", file, opened.latest());
            return opened;
        }
        log.warn("Staff's knowledge changes are kept in memory only and lost on restart:"
                + " set assistant.knowledge.log-file (one instance) or assistant.redis.url");
        return new InMemoryKnowledgeLog();
    }

    @Bean(destroyMethod = "close")
    LiveKnowledge liveKnowledge(
            Catalog catalog,
            KnowledgeLog changes,
            SharedState state,
            ReplyRewriter rewriter,
            FormFiller forms,
            @Value("${assistant.knowledge.refresh:PT1S}") Duration refresh) {
        long start = System.nanoTime();
        KnowledgeAssembly assembly =
                new KnowledgeAssembly(Popularity.bundled()::prior, state.conversations(), rewriter, forms);
        LiveKnowledge live = new LiveKnowledge(catalog, changes, assembly).start(refresh);
        log.info(
                "Serving knowledge revision {}: {} procedures indexed in {} ms",
                live.current().revision(),
                live.current().catalog().size(),
                (System.nanoTime() - start) / 1_000_000);
        return live;
    }

    @Bean
    KnowledgeCurator knowledgeCurator(LiveKnowledge live, KnowledgeLog changes, SharedState state) {
        return new KnowledgeCurator(live, changes, state.audit(), Clock.systemUTC());
    }
}
