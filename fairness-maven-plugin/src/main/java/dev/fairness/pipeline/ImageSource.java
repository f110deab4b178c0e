package dev.fairness.pipeline;

import dev.fairness.dataset.FloatImage;

/**
 * Reads and decodes the image of one row. Called from several worker threads at once, each with a different row.
 * A bad image throws an exception whose message names the file and row; the pipeline reports the first such row.
 */
@FunctionalInterface
public interface ImageSource {
    FloatImage load(int row);

    /**
     * Where row {@code row}'s image comes from, for messages about failures that do not name it themselves (an
     * {@code Error} in a decoder, a failed inference batch), e.g. {@code manifest.csv, line 7: image a.png}.
     */
    default String describe(int row) {
        return "row " + row;
    }
}
