package vn.gov.assistant.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;
import vn.gov.assistant.core.analytics.AnalyticsStore;
import vn.gov.assistant.core.contract.AnalyticsStoreContract;

class RedisAnalyticsStoreTest extends AnalyticsStoreContract {

    private final TestStates states = new TestStates();

    @AfterEach
    void cleanUp() {
        states.close();
    }

    @Override
    protected AnalyticsStore store(Duration retention) {
        return states.first().analyticsStore(retention);
    }

    @Override
    protected AnalyticsStore otherInstance(Duration retention) {
        return states.second().analyticsStore(retention);
    }

    @Test
    void aDayIsOneHashAndOneListExpiringAfterTheRetentionAndMarksExpireInTwoDays() {
        LocalDate today = LocalDate.now(AnalyticsStore.ZONE);
        AnalyticsStore store = store(Duration.ofDays(30));
        store.add(today, "web", Map.of("messages", 2L, "procedure:1.004194", 1L));
        store.addWait(today, "web", Duration.ofSeconds(42));
        store.mark(today, "k7Hq2", 0, 1);
        store.salt(today);

        RedisState redis = states.first();
        String prefix = redis.redis().key("");
        List<String> keys = keys(redis, prefix);
        assertThat(keys)
                .containsExactlyInAnyOrder(
                        prefix + "analytics:day:" + today + ":web",
                        prefix + "analytics:waits:" + today + ":web",
                        prefix + "analytics:channels",
                        prefix + "analytics:marks:" + today,
                        prefix + "analytics:salt:" + today);
        try (RedisClient c = RedisClient.create(TestRedis.url())) {
            assertThat(c.hgetAll(prefix + "analytics:day:" + today + ":web"))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("messages", "2", "procedure:1.004194", "1"));
            assertThat(c.lrange(prefix + "analytics:waits:" + today + ":web", 0, -1))
                    .containsExactly("42000");
            long dayEnds = today.plusDays(1).atStartOfDay(AnalyticsStore.ZONE).toEpochSecond();
            long now = java.time.Instant.now().getEpochSecond();
            long kept = dayEnds + Duration.ofDays(30).toSeconds() - now;
            assertThat(c.ttl(prefix + "analytics:day:" + today + ":web")).isBetween(kept - 5, kept);
            assertThat(c.ttl(prefix + "analytics:waits:" + today + ":web")).isBetween(kept - 5, kept);
            long marks = dayEnds + 2 * 86_400 - now;
            assertThat(c.ttl(prefix + "analytics:marks:" + today)).isBetween(marks - 5, marks);
            assertThat(c.ttl(prefix + "analytics:salt:" + today)).isBetween(marks - 5, marks);
        }
    }

    private static List<String> keys(RedisState redis, String prefix) {
        List<String> keys = new ArrayList<>();
        try (RedisClient client = RedisClient.create(TestRedis.url())) {
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> page =
                        client.scan(cursor, new ScanParams().match(prefix + "*").count(500));
                keys.addAll(page.getResult());
                cursor = page.getCursor();
            } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
        }
        return keys;
    }
}
