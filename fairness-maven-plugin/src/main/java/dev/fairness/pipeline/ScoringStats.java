package dev.fairness.pipeline;

import java.util.Locale;

/**
 * Where the time of one scoring run went. Decoding is summed over the workers (it runs on several at once);
 * inference is the time the model ran; waiting is the time inference had no complete batch to run.
 */
public record ScoringStats(int images, long wallNanos, long decodeNanos, long inferenceNanos, long waitNanos,
                           int workers) {

    public double seconds() {
        return wallNanos / 1e9;
    }

    public double imagesPerSecond() {
        return images / Math.max(seconds(), 1e-9);
    }

    /**
     * The summary line: {@code Scored 1000 images in 15.6 s (64.1 images/s): decoding and preprocessing 22.4 s
     * over 2 workers, inference 8.1 s.}
     */
    public String summary() {
        return String.format(Locale.ROOT,
                "Scored %d images in %.1f s (%.1f images/s): decoding and preprocessing %.1f s over %d %s, "
                        + "inference %.1f s.",
                images, seconds(), imagesPerSecond(), decodeNanos / 1e9, workers,
                workers == 1 ? "worker" : "workers", inferenceNanos / 1e9);
    }
}
