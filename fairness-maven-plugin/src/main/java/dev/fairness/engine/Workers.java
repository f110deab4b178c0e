package dev.fairness.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The worker threads of one evaluation: independent steps (groupings, each label's sort, threshold and metrics,
 * the data summary) start as soon as what they read is there, so both cores stay busy across phases instead of
 * waiting at the end of each. Every step computes its own value from its inputs alone, so no result depends on
 * the number of threads or on scheduling. Results are joined by the caller in a fixed order, and the first failure
 * in that order is the one thrown, unwrapped, as when the steps ran one after the other; a failing step fails
 * every step that needs its value. Closing stops the threads; nothing is left running.
 */
final class Workers implements AutoCloseable {
    private final ExecutorService pool;

    Workers(int threads) {
        AtomicInteger names = new AtomicInteger();
        pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "fairness-step-" + names.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** A step that needs nothing else. */
    <T> CompletableFuture<T> start(Supplier<T> step) {
        return CompletableFuture.supplyAsync(step, pool);
    }

    /** A step that needs {@code input}'s value. */
    <A, T> CompletableFuture<T> after(CompletableFuture<A> input, Function<A, T> step) {
        return input.thenApplyAsync(step, pool);
    }

    /** A step that needs two values. */
    <A, B, T> CompletableFuture<T> after(CompletableFuture<A> first, CompletableFuture<B> second,
                                         BiFunction<A, B, T> step) {
        return first.thenCombineAsync(second, step, pool);
    }

    /** The step's value; its failure (or the failure of a step it needs) thrown as it was thrown there. */
    static <T> T join(CompletableFuture<T> step) {
        try {
            return step.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** The steps' values in order; the first failure in that order is thrown. */
    static <T> List<T> joinAll(List<CompletableFuture<T>> steps) {
        List<T> values = new ArrayList<>(steps.size());
        for (CompletableFuture<T> step : steps) {
            values.add(join(step));
        }
        return values;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
