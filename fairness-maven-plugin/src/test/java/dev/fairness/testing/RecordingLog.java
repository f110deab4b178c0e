package dev.fairness.testing;

import dev.fairness.engine.EvaluationLog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The engine's log as a test reads it: info and warning lines in order (warnings prefixed {@code WARN }), debug lines
 * apart. Safe from several threads (a model's hash reports from a thread of its own).
 */
public final class RecordingLog implements EvaluationLog {
    private final List<String> lines;
    private final List<String> debug = Collections.synchronizedList(new ArrayList<>());

    /** Records info and warning lines into {@code lines}, which the test may read and clear between builds. */
    public RecordingLog(List<String> lines) {
        this.lines = Collections.synchronizedList(lines);
    }

    public RecordingLog() {
        this(new ArrayList<>());
    }

    /** The info and warning lines so far. */
    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** The debug lines so far ({@code mvn -X}). */
    public List<String> debug() {
        synchronized (debug) {
            return List.copyOf(debug);
        }
    }

    /** Forgets every line, for the next build. */
    public void clear() {
        lines.clear();
        debug.clear();
    }

    @Override
    public void info(String message) {
        lines.add(message);
    }

    @Override
    public void warn(String message) {
        lines.add("WARN " + message);
    }

    @Override
    public void debug(String message) {
        debug.add(message);
    }
}
