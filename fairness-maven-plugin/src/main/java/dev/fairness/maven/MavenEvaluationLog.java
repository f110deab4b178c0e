package dev.fairness.maven;

import dev.fairness.engine.EvaluationLog;
import org.apache.maven.plugin.logging.Log;

/** The engine's log, routed to Maven's. */
final class MavenEvaluationLog implements EvaluationLog {
    private final Log log;

    MavenEvaluationLog(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }
}
