package vn.gov.assistant.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.contract.UnansweredQuestionsContract;
import vn.gov.assistant.core.state.ExpiringStore;
import vn.gov.assistant.core.unanswered.ConversationWatch;
import vn.gov.assistant.core.unanswered.UnansweredQuestions;

class RedisUnansweredQuestionsTest extends UnansweredQuestionsContract {

    private TestStates states;
    private int capacity;

    @AfterEach
    void cleanUp() {
        if (states != null) {
            states.close();
        }
    }

    @Override
    protected UnansweredQuestions store(int capacity) {
        states = new TestStates();
        this.capacity = capacity;
        return states.first().unansweredQuestions(capacity);
    }

    /** The same questions seen from another instance. */
    @Override
    protected UnansweredQuestions again() {
        return states.second().unansweredQuestions(capacity);
    }

    @Test
    void aConversationsWatchIsReadBackByAnotherInstance() {
        store(10);
        ConversationWatch watch = new ConversationWatch(
                new ConversationWatch.Pending(
                        "p1", "đăng ký kinh doanh", "zalo", Instant.parse("2026-11-30T08:00:00Z"), List.of("2.000575")),
                List.of("đăng ký tạm trú cần giấy tờ gì"));
        ExpiringStore<ConversationWatch> first =
                states.first().expiringStore("unanswered-watch", ConversationWatch.class);
        first.put("zalo-123", watch, Duration.ofMinutes(5));

        assertThat(states.second()
                        .expiringStore("unanswered-watch", ConversationWatch.class)
                        .get("zalo-123"))
                .contains(watch);
    }
}
