package vn.gov.assistant.admin.unanswered;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.assistant.core.knowledge.KnowledgeCurator;
import vn.gov.assistant.core.unanswered.InMemoryUnansweredQuestions;
import vn.gov.assistant.core.unanswered.UnansweredDesk;
import vn.gov.assistant.core.unanswered.UnansweredQuestions;

/** The unanswered questions of the console's tests: in memory, over the tests' live knowledge. */
@Configuration(proxyBeanMethods = false)
class UnansweredTestBeans {

    @Bean
    UnansweredQuestions unansweredQuestions() {
        return new InMemoryUnansweredQuestions(10_000);
    }

    @Bean
    UnansweredDesk unansweredDesk(UnansweredQuestions questions, KnowledgeCurator curator) {
        return new UnansweredDesk(questions, curator, UnansweredDesk.Settings.DEFAULT, Clock.systemUTC());
    }
}
