package vn.gov.assistant.channels.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ZaloSignatureTest {

    private static final byte[] BODY =
            "{\"event_name\":\"user_send_text\",\"timestamp\":\"1700000000000\"}".getBytes(StandardCharsets.UTF_8);

    // printf '%s' '1234567890{"event_name":...}1700000000000oa-secret' | sha256sum
    private static final String EXPECTED = "mac=ca57d61741b63aedbda1e84aabb3d35e867bdd468b37815e8f84090545397b78";

    private final ZaloSignature signature = new ZaloSignature("1234567890", "oa-secret");

    @Test
    void signatureIsThePlainSha256OfAppIdBodyTimestampAndOaSecret() {
        assertThat(signature.sign(BODY, "1700000000000")).isEqualTo(EXPECTED);
        assertThat(signature.verify(BODY, "1700000000000", EXPECTED)).isTrue();
        assertThat(signature.verify(
                        BODY, "1700000000000", EXPECTED.toUpperCase().replace("MAC=", "mac=")))
                .isTrue();
    }

    @Test
    void forgedZaloSignatureIsRejected() {
        assertThat(new ZaloSignature("1234567890", "guessed").verify(BODY, "1700000000000", EXPECTED))
                .isFalse();
        assertThat(signature.verify(BODY, "1700000000001", EXPECTED)).isFalse();
        assertThat(signature.verify(BODY, "1700000000000", null)).isFalse();
        assertThat(signature.verify(BODY, "1700000000000", EXPECTED.substring(4)))
                .isFalse();
        assertThat(signature.verify(BODY, "1700000000000", "mac=xyz")).isFalse();
        assertThat(signature.verify(BODY, "1700000000000", EXPECTED.substring(0, 20)))
                .isFalse();
    }
}
