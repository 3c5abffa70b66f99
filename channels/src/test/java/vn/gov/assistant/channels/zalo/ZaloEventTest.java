package vn.gov.assistant.channels.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ZaloEventTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ZaloEvent parse(String body) throws ZaloEvent.MalformedEvent {
        return ZaloEvent.parse(body.getBytes(StandardCharsets.UTF_8), JSON);
    }

    @Test
    void aTextEventCarriesSenderMessageIdTextAndTimestamp() throws Exception {
        ZaloEvent event = parse("{\"app_id\":\"1\",\"event_name\":\"user_send_text\",\"timestamp\":\"1700000000000\","
                + "\"sender\":{\"id\":\"246845883529197922\"},\"recipient\":{\"id\":\"388613280878808645\"},"
                + "\"message\":{\"text\":\"làm hộ chiếu\",\"msg_id\":\"96d3cdf3af150460909\"}}");
        assertThat(event.kind()).isEqualTo(ZaloEvent.Kind.TEXT);
        assertThat(event.userId()).isEqualTo("246845883529197922");
        assertThat(event.text()).isEqualTo("làm hộ chiếu");
        assertThat(event.epochMillis()).isEqualTo(1_700_000_000_000L);
        assertThat(event.dedupKey()).isEqualTo("msg:96d3cdf3af150460909");
        assertThat(event.toString()).doesNotContain("hộ chiếu");
    }

    @Test
    void followNamesTheFollowerAndIsKeyedByUserAndTime() throws Exception {
        ZaloEvent event = parse("{\"event_name\":\"follow\",\"timestamp\":1700000000000,\"follower\":{\"id\":\"42\"}}");
        assertThat(event.kind()).isEqualTo(ZaloEvent.Kind.FOLLOW);
        assertThat(event.userId()).isEqualTo("42");
        assertThat(event.timestamp()).isEqualTo("1700000000000");
        assertThat(event.dedupKey()).isEqualTo("follow:42:1700000000000");
    }

    @Test
    void mediaIsNotTextAndTheOasOwnMessagesAreOther() throws Exception {
        assertThat(parse("{\"event_name\":\"user_send_sticker\",\"timestamp\":\"1\",\"sender\":{\"id\":\"42\"},"
                                + "\"message\":{\"msg_id\":\"m\"}}")
                        .kind())
                .isEqualTo(ZaloEvent.Kind.NOT_TEXT);
        assertThat(parse("{\"event_name\":\"oa_send_text\",\"timestamp\":\"1\",\"sender\":{\"id\":\"oa\"}}")
                        .kind())
                .isEqualTo(ZaloEvent.Kind.OTHER);
    }

    @Test
    void aTextEventWithoutMessageIdIsMalformed() {
        assertThatThrownBy(() -> parse("{\"event_name\":\"user_send_text\",\"timestamp\":\"1\","
                        + "\"sender\":{\"id\":\"42\"},\"message\":{\"text\":\"hi\"}}"))
                .isInstanceOf(ZaloEvent.MalformedEvent.class);
    }
}
