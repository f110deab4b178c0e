package dev.fairness.engine;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * Debug lines {@code Timing: read 0.412 s} per phase of a goal, so that a user running Maven with {@code -X} sees
 * where the goal's time goes (read, groupings, sort, metrics, gate, each output) without a profiler. Wall time of
 * the calling thread, from the previous lap; nothing is logged at the default level.
 */
public final class PhaseTimer {
    private final EvaluationLog log;
    private long last = System.nanoTime();

    public PhaseTimer(EvaluationLog log) {
        this.log = log;
    }

    /** Logs the time since the previous lap (or since this timer was made) as {@code phase}'s. */
    public void lap(String phase) {
        long now = System.nanoTime();
        log.debug(line(phase, now - last));
        last = now;
    }

    /** Runs {@code work} and logs its time as {@code phase}'s. */
    public static <T> T time(EvaluationLog log, String phase, Supplier<T> work) {
        long start = System.nanoTime();
        T value = work.get();
        log.debug(line(phase, System.nanoTime() - start));
        return value;
    }

    static String line(String phase, long nanos) {
        return String.format(Locale.ROOT, "Timing: %s %.3f s", phase, nanos / 1e9);
    }
}
