package vn.gov.assistant.app.privacy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.assistant.app.handoff.SharedStateConfiguration;
import vn.gov.assistant.core.forms.FormFiller;
import vn.gov.assistant.core.handoff.SharedState;
import vn.gov.assistant.core.privacy.PersonalDataDesk;
import vn.gov.assistant.core.privacy.Pseudonyms;
import vn.gov.assistant.core.privacy.RetentionPeriods;
import vn.gov.assistant.core.state.StateUnavailableException;
import vn.gov.assistant.redis.RedisState;

/**
 * Personal data protection: the desk that finds, shows and deletes a citizen's data, and the
 * retention job that deletes what is past its period (decision 20). Deleting is idempotent, so
 * every instance runs the job without a lock; a run that finds the shared store down tries again
 * at the next.
 */
@Configuration(proxyBeanMethods = false)
public class PrivacyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PrivacyConfiguration.class);

    @Bean
    RetentionPeriods retentionPeriods(
            @Value("${assistant.retention.anonymous:P30D}") Duration anonymous,
            @Value("${assistant.retention.identified:P90D}") Duration identified) {
        return new RetentionPeriods(anonymous, identified);
    }

    /**
     * The key of the audit's pseudonyms: {@code assistant.privacy.pseudonym-key} when set (at least
     * 16 bytes; the same on every instance); otherwise one generated once and kept on the shared
     * Redis, or, without Redis, one of this process (whose audit is in its memory too).
     */
    @Bean
    Pseudonyms pseudonyms(
            @Value("${assistant.privacy.pseudonym-key:}") String configured,
            SharedStateConfiguration.RedisHolder holder) {
        if (!configured.isBlank()) {
            byte[] key = configured.strip().getBytes(StandardCharsets.UTF_8);
            if (key.length < Pseudonyms.MIN_KEY_BYTES) {
                // the value itself is never repeated
                throw new IllegalArgumentException(
                        "assistant.privacy.pseudonym-key must have at least " + Pseudonyms.MIN_KEY_BYTES + " bytes");
            }
            return Pseudonyms.withKey(key);
        }
        RedisState redis = holder.redis();
        if (redis == null) {
            return Pseudonyms.ofThisProcess();
        }
        return new Pseudonyms(() -> redis.sharedSecret(PSEUDONYM_SECRET));
    }

    /** The name of the pseudonym key among the shared secrets on Redis. */
    static final String PSEUDONYM_SECRET = "privacy-pseudonym";

    @Bean
    PersonalDataDesk personalDataDesk(
            SharedState state, ObjectProvider<FormFiller> forms, Pseudonyms pseudonyms, RetentionPeriods periods) {
        return new PersonalDataDesk(
                state.board(),
                state.tickets(),
                state.mailbox(),
                state.conversations(),
                forms.getIfAvailable(),
                state.audit(),
                pseudonyms,
                periods,
                Clock.systemUTC());
    }

    @Bean(destroyMethod = "close")
    RetentionJob retentionJob(
            PersonalDataDesk desk,
            @Value("${assistant.retention.interval:PT1H}") Duration interval,
            @Value("${assistant.retention.initial-delay:PT1M}") Duration initialDelay) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("assistant.retention.interval must be positive");
        }
        return new RetentionJob(desk).start(initialDelay, interval);
    }

    /** Runs the retention on a daemon thread: after {@code initialDelay}, then every {@code interval}. */
    public static final class RetentionJob implements AutoCloseable {
        private final PersonalDataDesk desk;
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "privacy-retention");
            t.setDaemon(true);
            return t;
        });

        RetentionJob(PersonalDataDesk desk) {
            this.desk = desk;
        }

        RetentionJob start(Duration initialDelay, Duration interval) {
            timer.scheduleWithFixedDelay(
                    this::runOnce, initialDelay.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
            return this;
        }

        /** One run; what it deleted (zeros when the shared store was down). */
        public PersonalDataDesk.RetentionRun runOnce() {
            try {
                return desk.applyRetention();
            } catch (StateUnavailableException e) {
                log.warn("Retention could not run now (shared store unavailable); next try later");
                return new PersonalDataDesk.RetentionRun(0, 0, 0);
            } catch (RuntimeException e) {
                log.warn("Retention run failed: {}", e.getClass().getName());
                return new PersonalDataDesk.RetentionRun(0, 0, 0);
            }
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }
    }
}
