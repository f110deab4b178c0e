package dev.fairness.engine;

import java.nio.file.Path;

/**
 * How an evaluation runs, as opposed to what it evaluates ({@link EvaluationSpec}). Workers and hashing change no
 * score; the native libraries decide where {@code <device>auto</device>} runs, so they are part of the cache key.
 *
 * @param workers           threads that decode and preprocess images (0: one per core)
 * @param contentHash       decide whether images changed by their bytes (SHA-256) instead of size and modification
 *                          time
 * @param nativeLibraryPath a folder ONNX Runtime loads its native libraries from (the GPU ones), or null for the
 *                          ones inside its jar
 * @param decodeBudgetMb    the memory one image may take to decode, in MB (0: half the heap over the workers, see
 *                          {@link dev.fairness.dataset.DecodeBudget})
 */
public record RunOptions(int workers, boolean contentHash, Path nativeLibraryPath, long decodeBudgetMb) {
    public static final RunOptions DEFAULTS = new RunOptions(0, false, null);

    public RunOptions {
        if (workers < 0) {
            throw new IllegalArgumentException("workers must be 0 (one per core) or positive: " + workers);
        }
        if (decodeBudgetMb < 0) {
            throw new IllegalArgumentException("decodeBudgetMb must be 0 (from the heap) or positive: "
                    + decodeBudgetMb);
        }
    }

    /** With the decode budget taken from the heap. */
    public RunOptions(int workers, boolean contentHash, Path nativeLibraryPath) {
        this(workers, contentHash, nativeLibraryPath, 0);
    }
}
