package vn.gov.assistant.redis;

/**
 * Two instances' view of one test's Redis state: {@link #first()} and {@link #second()} are
 * separate pools over the same Redis and the same random key prefix, so that a test sees what
 * another instance would. Closing closes both and deletes the test's keys.
 */
final class TestStates implements AutoCloseable {

    private final String prefix = TestRedis.newPrefix();
    private RedisState first;
    private RedisState second;

    RedisState first() {
        if (first == null) {
            first = RedisState.connect(TestRedis.url(), prefix);
        }
        return first;
    }

    RedisState second() {
        if (second == null) {
            second = RedisState.connect(TestRedis.url(), prefix);
        }
        return second;
    }

    @Override
    public void close() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
        TestRedis.deleteKeys(prefix);
    }
}
