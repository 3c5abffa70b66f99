package vn.gov.assistant.admin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import vn.gov.assistant.core.staff.InMemoryStaffAccounts;
import vn.gov.assistant.core.staff.Role;
import vn.gov.assistant.core.staff.StaffAccount;
import vn.gov.assistant.core.state.InMemoryRateLimits;
import vn.gov.assistant.core.state.RateLimits;
import vn.gov.assistant.core.state.StateUnavailableException;

/** The lockout per instance, and the shared cap over instances, on a clock the test moves. */
class LockoutAuthenticationProviderTest {

    private final LoginAttemptsTest.TestClock clock = new LoginAttemptsTest.TestClock();
    private final InMemoryStaffAccounts accounts = new InMemoryStaffAccounts();

    LockoutAuthenticationProviderTest() {
        accounts.create(new StaffAccount("lan", "Lan", "{noop}dung-mat-khau", Set.of(Role.AGENT), true, Instant.EPOCH));
    }

    private LockoutAuthenticationProvider instance(RateLimits shared) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new StaffUserDetailsService(accounts));
        passwords.setPasswordEncoder(
                org.springframework.security.crypto.factory.PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return new LockoutAuthenticationProvider(
                passwords, new LoginAttempts(5, Duration.ofMinutes(15), 100, clock), shared, login -> accounts.find(
                                login)
                        .isPresent());
    }

    private static UsernamePasswordAuthenticationToken login(String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated("lan", password);
    }

    @Test
    void fiveFailuresLockTheLoginForFifteenMinutesThenTheRightPasswordWorks() {
        LockoutAuthenticationProvider provider = instance(new InMemoryRateLimits(clock));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> provider.authenticate(login("sai"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> provider.authenticate(login("dung-mat-khau"))).isInstanceOf(LockedException.class);
        clock.now = clock.now.plus(Duration.ofMinutes(15));
        assertThat(provider.authenticate(login("dung-mat-khau")).isAuthenticated())
                .isTrue();
    }

    @Test
    void guessesSpreadOverInstancesMeetTheSharedCap() {
        RateLimits shared = new InMemoryRateLimits(clock);
        LockoutAuthenticationProvider a = instance(shared);
        LockoutAuthenticationProvider b = instance(shared);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> a.authenticate(login("sai"))).isInstanceOf(BadCredentialsException.class);
            assertThatThrownBy(() -> b.authenticate(login("sai"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> a.authenticate(login("sai"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> b.authenticate(login("sai"))).isInstanceOf(BadCredentialsException.class);
        // ten attempts on the login over both instances: a third instance is refused too
        assertThatThrownBy(() -> instance(shared).authenticate(login("dung-mat-khau")))
                .isInstanceOf(LockedException.class);
        clock.now = clock.now.plus(Duration.ofMinutes(3));
        assertThat(instance(shared).authenticate(login("dung-mat-khau")).isAuthenticated())
                .isTrue();
    }

    @Test
    void anUnreachableSharedStoreLeavesTheLocalLockout() {
        LockoutAuthenticationProvider provider = instance((key, perSecond, burst) -> {
            throw new StateUnavailableException("redis down", null);
        });
        assertThat(provider.authenticate(login("dung-mat-khau")).isAuthenticated())
                .isTrue();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> provider.authenticate(login("sai"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> provider.authenticate(login("dung-mat-khau"))).isInstanceOf(LockedException.class);
    }
}
