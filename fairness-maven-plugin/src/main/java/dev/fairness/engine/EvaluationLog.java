package dev.fairness.engine;

/** Where the engine reports progress and warnings; the Maven adapter routes it to the build log. */
public interface EvaluationLog {
    void info(String message);

    void warn(String message);

    void debug(String message);

    /** A log that drops everything, for tests and embedding. */
    EvaluationLog SILENT = new EvaluationLog() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }

        @Override
        public void debug(String message) {
        }
    };
}
