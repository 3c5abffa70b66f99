package vn.gov.assistant.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.conversation.ConversationState;
import vn.gov.assistant.core.conversation.ConversationStore;
import vn.gov.assistant.core.forms.FormProgress;
import vn.gov.assistant.knowledge.search.Aspect;

/** What every {@link ConversationStore} does: keep states between turns, and forget them. */
public abstract class ConversationStoreContract {

    /** A store that forgets a state {@code ttl} after it was saved (or last updated). */
    protected abstract ConversationStore store(Duration ttl);

    private final String conversation = "conv-" + UUID.randomUUID();

    @Test
    void aSavedStateIsLoadedWithEveryField() {
        ConversationStore store = store(Duration.ofMinutes(5));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ConversationState state = new ConversationState(
                "1.004194",
                Aspect.FEE,
                List.of("1.004194", "2.000123"),
                Aspect.DOCUMENTS,
                2,
                ConversationState.CallbackStep.CONSENT,
                "0912345678",
                List.of(new ConversationState.Said("citizen", "lệ phí đăng ký tạm trú?", now)),
                new FormProgress(
                        "ct01",
                        java.util.Map.of("nguoi-khai.ho-ten", "Nguyễn Văn An"),
                        List.of("nguoi-khai.ho-ten"),
                        "nguoi-khai.ngay-sinh",
                        FormProgress.Stage.ASKING,
                        now),
                now,
                "Phường Ba Đình, Thành phố Hà Nội");

        store.save(conversation, state);

        assertThat(store.load(conversation)).contains(state);
    }

    @Test
    void anUnknownConversationHasNoState() {
        assertThat(store(Duration.ofMinutes(5)).load(conversation)).isEmpty();
    }

    @Test
    void savingAgainReplacesTheStateAndRemoveForgetsIt() {
        ConversationStore store = store(Duration.ofMinutes(5));
        Instant now = Instant.now();
        store.save(conversation, ConversationState.fresh(now));
        ConversationState answered = ConversationState.fresh(now).answered("1.004194", Aspect.FEE, now);
        store.save(conversation, answered);
        assertThat(store.load(conversation)).contains(answered);

        store.remove(conversation);

        assertThat(store.load(conversation)).isEmpty();
        store.remove(conversation); // removing what is not there is harmless
    }

    @Test
    void conversationsAreKeptApart() {
        ConversationStore store = store(Duration.ofMinutes(5));
        Instant now = Instant.now();
        store.save(conversation, ConversationState.fresh(now).answered("1.004194", Aspect.FEE, now));
        store.save(conversation + "-other", ConversationState.fresh(now));

        assertThat(store.load(conversation)).map(ConversationState::procedure).contains("1.004194");
        assertThat(store.load(conversation + "-other"))
                .map(ConversationState::procedure)
                .contains("");
    }

    @Test
    void aStateIsForgottenAfterItsTimeToLive() {
        ConversationStore store = store(Duration.ofMillis(600));
        store.save(conversation, ConversationState.fresh(Instant.now()));
        assertThat(store.load(conversation)).isPresent();

        assertThat(Eventually.within(
                        Duration.ofMillis(1500), () -> store.load(conversation).isEmpty()))
                .isTrue();
    }
}
