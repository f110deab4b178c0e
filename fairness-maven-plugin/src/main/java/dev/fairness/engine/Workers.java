package dev.fairness.engine;

import dev.fairness.WorkerThreads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
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
        pool = WorkerThreads.pool("fairness-step", threads);
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
            throw WorkerThreads.unwrapped(e.getCause());
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
