package vn.gov.assistant.core.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InMemoryStaffAccountsTest {

    private static StaffAccount account(String login, boolean enabled) {
        return new StaffAccount(login, "Cán bộ " + login, "{bcrypt}hash", Set.of(Role.AGENT), enabled, Instant.EPOCH);
    }

    @Test
    void aLoginIsTakenOnceAndUpdatesNeedAnExistingAccount() {
        InMemoryStaffAccounts accounts = new InMemoryStaffAccounts();
        assertThat(accounts.update(account("lan", false))).isFalse();
        assertThat(accounts.create(account("lan", true))).isTrue();
        assertThat(accounts.create(account("lan", false))).isFalse();
        assertThat(accounts.find("lan")).map(StaffAccount::enabled).contains(true);
        assertThat(accounts.update(account("lan", false))).isTrue();
        assertThat(accounts.find("lan")).map(StaffAccount::enabled).contains(false);
        assertThat(accounts.find("minh")).isEmpty();
    }

    @Test
    void allIsSortedByLogin() {
        InMemoryStaffAccounts accounts = new InMemoryStaffAccounts();
        accounts.create(account("tuan", true));
        accounts.create(account("anh", true));
        accounts.create(account("minh", true));
        assertThat(accounts.all()).extracting(StaffAccount::username).containsExactly("anh", "minh", "tuan");
    }

    @Test
    void racingCreatesOfOneLoginSucceedOnce() throws Exception {
        InMemoryStaffAccounts accounts = new InMemoryStaffAccounts();
        AtomicInteger created = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            java.util.List<Future<?>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    if (accounts.create(account("race", true))) {
                        created.incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        }
        assertThat(created).hasValue(1);
    }
}
