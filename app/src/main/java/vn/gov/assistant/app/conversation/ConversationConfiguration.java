package vn.gov.assistant.app.conversation;

import java.net.URI;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.assistant.core.conversation.GuardedReplyRewriter;
import vn.gov.assistant.core.conversation.ReplyRewriter;
import vn.gov.assistant.core.llm.FaithfulnessGuard;
import vn.gov.assistant.core.llm.GuardedRewriter;
import vn.gov.assistant.core.llm.LangChainLanguageModel;
import vn.gov.assistant.core.llm.LanguageModelSettings;

/**
 * The conversation engine over the shared state's conversation store, with no language model by default. A model
 * is used only when {@code assistant.llm.base-url} is set (OpenAI-compatible endpoint or Ollama);
 * otherwise nothing tries to reach the network.
 */
@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ConversationConfiguration.class);

    @Bean(destroyMethod = "close")
    LanguageModelHolder languageModel(
            @Value("${assistant.llm.provider:openai}") String provider,
            @Value("${assistant.llm.base-url:}") String baseUrl,
            @Value("${assistant.llm.model:}") String model,
            @Value("${assistant.llm.api-key:}") String apiKey,
            @Value("${assistant.llm.timeout:PT8S}") Duration timeout) {
        if (baseUrl.isBlank()) {
            log.info("No language model configured: answers are the catalog's templates");
            return new LanguageModelHolder(null);
        }
        LanguageModelSettings settings =
                new LanguageModelSettings(provider, URI.create(baseUrl), model, apiKey, timeout);
        log.info("Language model configured: {}", settings); // the settings never print the key
        return new LanguageModelHolder(new LangChainLanguageModel(settings));
    }

    @Bean
    ReplyRewriter replyRewriter(LanguageModelHolder holder) {
        return holder.model() == null
                ? ReplyRewriter.NONE
                : new GuardedReplyRewriter(new GuardedRewriter(holder.model(), new FaithfulnessGuard()));
    }

    /** The configured model, or none; closed with the application. */
    record LanguageModelHolder(LangChainLanguageModel model) implements AutoCloseable {
        @Override
        public void close() {
            if (model != null) {
                model.close();
            }
        }
    }
}
