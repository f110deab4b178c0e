package dev.fairness.pipeline;

import dev.fairness.dataset.FloatImage;

/**
 * Reads and decodes the image of one row. Called from several worker threads at once, each with a different row.
 * A bad image throws an exception whose message names the file and row; the pipeline reports the first such row.
 */
@FunctionalInterface
public interface ImageSource {
    FloatImage load(int row);
}
