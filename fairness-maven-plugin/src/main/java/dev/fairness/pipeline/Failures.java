package dev.fairness.pipeline;

import dev.fairness.InputException;

/**
 * Turns whatever a stage of the pipeline threw into the exception the build fails with, naming the row or batch
 * and file. Bad input ({@link InputException}) keeps its own message; running out of memory is something the user
 * can act on, so it is one too; anything else is a {@link ScoringFailure} with the original as its cause.
 */
final class Failures {
    private static final String NOTHING_KEPT = " No score of this run is used or stored.";

    private Failures() {
    }

    /** A worker failed on the image of one row, described by {@code where}. */
    static RuntimeException decoding(String where, Throwable thrown) {
        if (thrown instanceof InputException input) {
            return input;
        }
        if (thrown instanceof OutOfMemoryError) {
            return new InputException(where + " ran out of memory while decoding (" + thrown + "). Raise -Xmx "
                    + "(MAVEN_OPTS), lower <workers> or <decodeBudgetMb>, or downscale the image." + NOTHING_KEPT,
                    thrown);
        }
        return new ScoringFailure(where + ": decoding failed with " + thrown + "." + NOTHING_KEPT
                + " Convert the image to PNG or remove the row, and report the error with the image.", thrown);
    }

    /** The model failed on the batch described by {@code batch}. */
    static RuntimeException inference(String batch, Throwable thrown) {
        if (thrown instanceof InputException input) {
            return new InputException(batch + ": " + input.getMessage(), input);
        }
        if (thrown instanceof OutOfMemoryError) {
            return new InputException(batch + ": inference ran out of memory (" + thrown + "). Raise -Xmx "
                    + "(MAVEN_OPTS) or lower <batchSize>." + NOTHING_KEPT, thrown);
        }
        return new ScoringFailure(batch + ": inference failed with " + thrown + "." + NOTHING_KEPT, thrown);
    }

    /** A batch buffer could not be allocated. */
    static RuntimeException buffer(long bytes, Throwable thrown) {
        if (thrown instanceof OutOfMemoryError) {
            return new InputException("Could not allocate a batch buffer of " + megabytes(bytes) + " MB (" + thrown
                    + "). Raise -XX:MaxDirectMemorySize or -Xmx (MAVEN_OPTS), or lower <batchSize>." + NOTHING_KEPT,
                    thrown);
        }
        return new ScoringFailure("Could not allocate a batch buffer of " + megabytes(bytes) + " MB (" + thrown
                + ")." + NOTHING_KEPT, thrown);
    }

    /** A defect of the pipeline itself: never a score, always a failed build. */
    static RuntimeException defect(String what, Throwable thrown) {
        return new ScoringFailure("The scoring pipeline stopped: " + what + " (a defect of the plugin; please "
                + "report it)." + NOTHING_KEPT, thrown);
    }

    private static long megabytes(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }
}
