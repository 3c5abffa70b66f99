package vn.gov.assistant.channels.zalo;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** The token pair in memory: the embedded default and the tests' store. */
public final class InMemoryTokenStore implements TokenStore {

    private final AtomicReference<ZaloTokens> tokens;

    public InMemoryTokenStore(ZaloTokens initial) {
        this.tokens = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    @Override
    public ZaloTokens current() {
        return tokens.get();
    }

    @Override
    public void save(ZaloTokens next) {
        tokens.set(Objects.requireNonNull(next, "tokens"));
    }
}
