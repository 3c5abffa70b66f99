package vn.gov.assistant.channels.telegram;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Whether a bot token is configured. Not {@code @ConditionalOnProperty}: that matches a property
 * that is present but empty ({@code assistant.telegram.token=} or an unset environment variable
 * behind a placeholder), and an empty token must leave the channel off.
 */
final class TelegramToken {

    static final String PROPERTY = "assistant.telegram.token";

    private TelegramToken() {}

    static boolean configured(ConditionContext context) {
        return StringUtils.hasText(context.getEnvironment().getProperty(PROPERTY));
    }

    /** Matches when the token is set: the channel runs. */
    static final class Set extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return configured(context)
                    ? ConditionOutcome.match(PROPERTY + " is set")
                    : ConditionOutcome.noMatch(PROPERTY + " is empty");
        }
    }

    /** Matches when the token is empty: the channel is off. */
    static final class Missing extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return configured(context)
                    ? ConditionOutcome.noMatch(PROPERTY + " is set")
                    : ConditionOutcome.match(PROPERTY + " is empty");
        }
    }
}
