package vn.gov.assistant.channels.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.gov.assistant.core.handoff.SharedState;
import vn.gov.assistant.core.state.Deduplication;
import vn.gov.assistant.core.state.StateUnavailableException;

/**
 * Where Telegram posts updates in webhook mode ({@code setWebhook} with a {@code secret_token}).
 * The URL is public, so anyone can post to it: an update counts only when its
 * {@code X-Telegram-Bot-Api-Secret-Token} header equals our secret, compared in constant time;
 * anything else is refused with 401 before the body is read. The body is parsed with Jackson 2,
 * which telegrambots' types are annotated for (the service's own JSON is Jackson 3).
 *
 * <p>The update is handled before answering: an engine turn takes milliseconds, and Telegram then
 * sends a chat's next update only after this one is done, which keeps a conversation in order.
 */
@RestController
@Conditional(TelegramToken.Set.class)
@ConditionalOnProperty(name = "assistant.telegram.mode", havingValue = "webhook")
public class TelegramWebhookController {

    static final String PATH = "/channels/telegram/webhook";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final TelegramAdapter adapter;
    private final byte[] secret;

    private final Deduplication seen;

    public TelegramWebhookController(TelegramAdapter adapter, TelegramProperties properties, SharedState state) {
        this.adapter = adapter;
        this.seen = state.deduplication();
        this.secret = properties.webhookSecret().getBytes(StandardCharsets.UTF_8);
        if (secret.length == 0) {
            throw new IllegalStateException("assistant.telegram.webhook-secret is required in webhook mode");
        }
    }

    @PostMapping(PATH)
    public ResponseEntity<Void> receive(
            @RequestHeader(name = SECRET_HEADER, required = false) String givenSecret,
            @RequestBody(required = false) byte[] body) {
        if (!authentic(givenSecret)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        Update update;
        try {
            update = body == null ? null : JSON.readValue(body, Update.class);
        } catch (IOException e) {
            return ResponseEntity.badRequest().build();
        }
        if (update == null) {
            return ResponseEntity.badRequest().build();
        }
        if (!firstSeen(update)) {
            return ResponseEntity.ok().build(); // Telegram retried an update already handled
        }
        adapter.handle(update);
        return ResponseEntity.ok().build();
    }

    /** Telegram resends an update it got no timely answer for; any instance may have had it. */
    private boolean firstSeen(Update update) {
        if (update.getUpdateId() == null) {
            return true;
        }
        try {
            return seen.firstSeen("telegram:update:" + update.getUpdateId(), java.time.Duration.ofHours(24));
        } catch (StateUnavailableException e) {
            return true; // better twice than never
        }
    }

    private boolean authentic(String given) {
        return given != null && MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8));
    }
}
