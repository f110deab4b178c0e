package dev.fairness.engine;

import java.util.function.Consumer;

/** Where the engine reports progress and warnings; the Maven adapter routes it to the build log. */
public interface EvaluationLog {
    void info(String message);

    void warn(String message);

    void debug(String message);

    /** A log that drops everything, for tests and embedding. */
    EvaluationLog SILENT = debugOnly(null);

    /**
     * A log that drops information and warnings and gives each debug line ({@code Timing: ...}) to {@code debug}
     * (none: drops them too), for benchmarks that read the phases' times.
     */
    static EvaluationLog debugOnly(Consumer<String> debug) {
        return new EvaluationLog() {
            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
            }

            @Override
            public void debug(String message) {
                if (debug != null) {
                    debug.accept(message);
                }
            }
        };
    }
}
