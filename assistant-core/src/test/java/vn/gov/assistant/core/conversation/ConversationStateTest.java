package vn.gov.assistant.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.assistant.knowledge.search.Aspect;

/** The state as the shared store keeps it: JSON, read back by this version and later ones. */
class ConversationStateTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final Instant now = Instant.parse("2026-11-30T02:00:00Z");

    @Test
    void aStateStoredBeforeTheCommuneWasRememberedStillLoads() {
        String stored = "{\"procedure\":\"1.004194\",\"lastAspect\":\"FEE\",\"offered\":[],"
                + "\"pendingAspect\":\"GENERAL\",\"misses\":1,\"callback\":\"NONE\",\"contact\":\"\","
                + "\"recent\":[],\"form\":null,\"updated\":\"2026-11-30T02:00:00Z\"}";

        ConversationState state = json.readValue(stored, ConversationState.class);

        assertThat(state.procedure()).isEqualTo("1.004194");
        assertThat(state.misses()).isEqualTo(1);
        assertThat(state.commune()).isEmpty();
        assertThat(state.hasCommune()).isFalse();
    }

    @Test
    void theCommuneIsWrittenReadBackAndKeptByEveryLaterChange() {
        ConversationState state = ConversationState.fresh(now)
                .withCommune("Phường Ba Đình, Thành phố Hà Nội", now)
                .answered("1.004194", Aspect.AGENCY, now)
                .missed(now)
                .touched(now);

        ConversationState read = json.readValue(json.writeValueAsString(state), ConversationState.class);

        assertThat(read).isEqualTo(state);
        assertThat(read.commune()).isEqualTo("Phường Ba Đình, Thành phố Hà Nội");
    }
}
