package vn.gov.assistant.channels.zalo;

/**
 * Where the OA's token pair lives. A refresh token is single-use: once the OAuth server has
 * answered, the old one is dead, so the new pair must be {@link #save saved} before the new access
 * token is used, or a crash between the two would lock the OA out until someone re-authorises it.
 * The in-memory implementation serves one instance; several instances need a shared store.
 */
public interface TokenStore {

    ZaloTokens current();

    void save(ZaloTokens tokens);
}
