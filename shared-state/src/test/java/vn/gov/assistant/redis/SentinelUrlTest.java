package vn.gov.assistant.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;

class SentinelUrlTest {

    @Test
    void sentinelsDatabaseMasterAndPasswordAreRead() {
        SentinelUrl url = SentinelUrl.parse("redis-sentinel://:s%40cret@10.0.0.1:26380,10.0.0.2/3#assistant");
        assertThat(url.master()).isEqualTo("assistant");
        assertThat(url.sentinels())
                .isEqualTo(Set.of(new HostAndPort("10.0.0.1", 26380), new HostAndPort("10.0.0.2", 26379)));
        assertThat(url.database()).isEqualTo(3);
        assertThat(url.user()).isNull();
        assertThat(url.password()).isEqualTo("s@cret");
        assertThat(url.toString()).doesNotContain("s@cret").contains("password=(set)");
    }

    @Test
    void anAclUserAndNoDatabaseAreAccepted() {
        SentinelUrl url = SentinelUrl.parse("REDIS-SENTINEL://app:pw@sentinel-1:26379#mymaster");
        assertThat(url.user()).isEqualTo("app");
        assertThat(url.password()).isEqualTo("pw");
        assertThat(url.database()).isZero();
        assertThat(SentinelUrl.isSentinel("redis://127.0.0.1:6379")).isFalse();
    }

    @Test
    void aMalformedUrlIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> SentinelUrl.parse("redis-sentinel://:hunter2@host:26379"))
                .hasMessageContaining("#<master name>")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> SentinelUrl.parse("redis-sentinel://:hunter2@host:port#m"))
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> SentinelUrl.parse("redis-sentinel://host/x#m")).hasMessageContaining("number");
        assertThatThrownBy(() -> SentinelUrl.parse("redis-sentinel://#m")).hasMessageContaining("at least one");
    }
}
