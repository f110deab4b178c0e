package dev.fairness.pipeline;

/**
 * A scoring run stopped on something other than bad input: an {@code Error} or an unexpected exception in a decoder,
 * in the model runtime, or a broken invariant of the pipeline. The message names the row (or batch) and file; the
 * cause keeps the original throwable and its stack trace.
 */
public final class ScoringFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ScoringFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
