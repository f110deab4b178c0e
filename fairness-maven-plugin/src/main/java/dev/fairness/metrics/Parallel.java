package dev.fairness.metrics;

import dev.fairness.WorkerThreads;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Runs independent tasks on a fixed number of threads and returns their results in task order. Every task writes
 * only its own slot, so results never depend on the number of threads or on scheduling. A private pool per call:
 * nothing is shared with Maven's own threads or the common pool, and nothing is left running afterwards.
 */
public final class Parallel {
    private Parallel() {
    }

    /** The default number of threads: one per available core. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Computes {@code task(0) ... task(count - 1)} on up to {@code threads} threads.
     *
     * @throws RuntimeException the first failing task's exception (in task order), unwrapped
     */
    public static <T> List<T> map(int count, int threads, IntFunction<T> task) {
        Object[] results = new Object[count];
        int workers = Math.min(Math.max(threads, 1), count);
        if (workers <= 1) {
            for (int i = 0; i < count; i++) {
                results[i] = task.apply(i);
            }
            return list(results);
        }
        ExecutorService pool = WorkerThreads.pool("fairness-worker", workers);
        try {
            List<Future<?>> futures = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    results[index] = task.apply(index);
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw WorkerThreads.unwrapped(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return list(results);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object[] results) {
        return (List<T>) Arrays.asList(results);
    }
}
