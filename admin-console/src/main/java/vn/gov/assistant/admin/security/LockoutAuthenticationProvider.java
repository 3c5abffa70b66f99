package vn.gov.assistant.admin.security;

import java.util.Objects;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import vn.gov.assistant.core.state.RateLimits;
import vn.gov.assistant.core.state.StateUnavailableException;

/**
 * Password login with a lockout: a locked login is refused before its password is even checked,
 * a wrong password counts a failure (unknown logins too, so the lock says nothing about which
 * logins exist), and a success clears the count. The count is this instance's; a bucket of the
 * shared {@link RateLimits} caps the attempts on a login over all instances together, so that
 * spreading guesses over instances gains nothing.
 */
final class LockoutAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(LockoutAuthenticationProvider.class);

    /** The shared bucket: ten attempts on a login at once, then one every three minutes. */
    static final int SHARED_BURST = 10;

    static final double SHARED_PER_SECOND = 1.0 / 180;

    static final String SHARED_KEY = "staff-login:";

    private final AuthenticationProvider passwords;
    private final LoginAttempts attempts;
    private final RateLimits shared;
    private final Predicate<String> known;

    /** {@code known}: whether a login is a staff account's (only those are named in the log). */
    LockoutAuthenticationProvider(
            AuthenticationProvider passwords, LoginAttempts attempts, RateLimits shared, Predicate<String> known) {
        this.passwords = Objects.requireNonNull(passwords);
        this.attempts = Objects.requireNonNull(attempts);
        this.shared = Objects.requireNonNull(shared);
        this.known = Objects.requireNonNull(known);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String login = StaffUserDetailsService.normalise(authentication.getName());
        if (attempts.locked(login) || !sharedAttemptLeft(login)) {
            throw new LockedException("login locked after repeated failures");
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            attempts.succeeded(login);
            return result;
        } catch (BadCredentialsException e) {
            if (attempts.failed(login)) {
                // an account's login only: a name typed by mistake (even a password) is not repeated
                if (known.test(login)) {
                    log.warn("Staff login '{}' locked after repeated failed attempts", login);
                } else {
                    log.warn("An unknown staff login was locked after repeated failed attempts");
                }
            }
            throw e;
        }
    }

    private boolean sharedAttemptLeft(String login) {
        try {
            return shared.tryAcquire(SHARED_KEY + login, SHARED_PER_SECOND, SHARED_BURST);
        } catch (StateUnavailableException e) {
            // the shared store is down: this instance's lockout still holds
            log.warn("Staff login attempts cannot be counted across instances: the shared store cannot be reached");
            return true;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
