package vn.gov.assistant.channels.zalo;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /channels/zalo/webhook}, the URL registered in the Zalo app's webhook settings. The
 * body is read as raw bytes (at most {@link ZaloWebhook#MAX_BODY_BYTES} plus one), because the
 * signature covers the bytes exactly as sent; the answer comes before any processing.
 */
@RestController
@ConditionalOnZalo
class ZaloWebhookController {

    static final String PATH = "/channels/zalo/webhook";

    private final ZaloWebhook webhook;

    ZaloWebhookController(ZaloWebhook webhook) {
        this.webhook = webhook;
    }

    @PostMapping(PATH)
    ResponseEntity<Void> receive(
            InputStream body, @RequestHeader(name = ZaloSignature.HEADER, required = false) String signature)
            throws IOException {
        byte[] raw = body.readNBytes(ZaloWebhook.MAX_BODY_BYTES + 1);
        return ResponseEntity.status(webhook.receive(raw, signature).status()).build();
    }
}
