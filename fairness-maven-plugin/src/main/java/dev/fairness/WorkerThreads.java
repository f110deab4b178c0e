package dev.fairness;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The engine's worker threads: daemon threads named for what they do, and the one way a failure on one of them
 * reaches the caller — unwrapped, as if the work had run on the caller's thread, so that a failure in any thread
 * fails the build with its own message.
 */
public final class WorkerThreads {
    private WorkerThreads() {
    }

    /** A fixed pool of {@code threads} daemon threads named {@code name-1}, {@code name-2}, ... */
    public static ExecutorService pool(String name, int threads) {
        AtomicInteger names = new AtomicInteger();
        return Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, name + "-" + names.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * What a worker threw, to be thrown on the caller's thread: a runtime exception as it is, an error thrown here,
     * anything else wrapped.
     */
    public static RuntimeException unwrapped(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
