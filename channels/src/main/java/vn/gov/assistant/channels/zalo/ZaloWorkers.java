package vn.gov.assistant.channels.zalo;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where webhook events are processed after Zalo has had its 200: a few single-thread lanes with
 * bounded queues. A citizen's events always go to the same lane, so their messages are answered in
 * the order sent; when a lane's queue is full the event is refused at once (the webhook answers
 * 503) rather than piling up in memory.
 */
final class ZaloWorkers implements AutoCloseable {

    private final ThreadPoolExecutor[] lanes;

    ZaloWorkers(int lanes, int queuePerLane) {
        if (lanes < 1 || queuePerLane < 1) {
            throw new IllegalArgumentException("lanes and queue must be positive");
        }
        AtomicInteger number = new AtomicInteger();
        this.lanes = new ThreadPoolExecutor[lanes];
        for (int i = 0; i < lanes; i++) {
            this.lanes[i] = new ThreadPoolExecutor(
                    1,
                    1,
                    0,
                    TimeUnit.SECONDS,
                    new ArrayBlockingQueue<>(queuePerLane),
                    r -> {
                        Thread t = new Thread(r, "zalo-worker-" + number.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    },
                    new ThreadPoolExecutor.AbortPolicy());
        }
    }

    /** Queues work for a user's lane; throws {@link RejectedExecutionException} when it is full. */
    void submit(String userId, Runnable work) {
        lanes[Math.floorMod(userId.hashCode(), lanes.length)].execute(work);
    }

    @Override
    public void close() {
        for (ThreadPoolExecutor lane : lanes) {
            lane.shutdown();
        }
        for (ThreadPoolExecutor lane : lanes) {
            try {
                if (!lane.awaitTermination(5, TimeUnit.SECONDS)) {
                    lane.shutdownNow();
                }
            } catch (InterruptedException e) {
                lane.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }
}
