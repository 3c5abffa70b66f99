package vn.gov.assistant.app.handoff;

import java.time.Duration;
import vn.gov.assistant.core.handoff.HandoffQueue;
import vn.gov.assistant.redis.RedisState;

/**
 * An instance's consumer that reads hand-off events from the group and never acknowledges them:
 * run as its own process by {@link InstanceKilledIT} and killed there with SIGKILL, it leaves its
 * events pending the way a crashed instance does. Prints {@code HELD <id>} for each one it took.
 */
public final class DoomedConsumer {

    private DoomedConsumer() {}

    public static void main(String[] args) throws Exception {
        RedisState redis = RedisState.connect(args[0], args[1]);
        HandoffQueue queue = redis.handoffQueue();
        System.out.println("READY");
        System.out.flush();
        while (true) {
            for (HandoffQueue.Delivery d : queue.poll("doomed", 1, Duration.ofMillis(500))) {
                System.out.println("HELD " + d.id());
                System.out.flush();
            }
        }
    }
}
