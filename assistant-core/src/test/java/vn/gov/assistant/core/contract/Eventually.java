package vn.gov.assistant.core.contract;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something another thread or instance does, without a fixed sleep. */
public final class Eventually {

    private Eventually() {}

    /** True as soon as the condition holds; false when it still does not after {@code timeout}. */
    public static boolean within(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            pause(Duration.ofMillis(10));
        }
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
