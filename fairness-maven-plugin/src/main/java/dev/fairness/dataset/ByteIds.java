package dev.fairness.dataset;

import java.nio.charset.StandardCharsets;

/**
 * Ids kept as byte ranges of the file in memory they were read from: a million ids cost two {@code int}s each, not a
 * {@code String} each. The ranges are already trimmed and restored ({@link SpreadsheetText}), and their bytes were
 * checked to be UTF-8 when read, so {@link #id} gives exactly the text the full parser gives.
 */
final class ByteIds implements RowIds {
    private final byte[] file;
    private final int[] starts;
    private final int[] ends;

    ByteIds(byte[] file, int[] starts, int[] ends) {
        if (starts.length != ends.length) {
            throw new IllegalArgumentException("one start and one end per id");
        }
        this.file = file;
        this.starts = starts;
        this.ends = ends;
    }

    @Override
    public int size() {
        return starts.length;
    }

    @Override
    public String id(int row) {
        return new String(file, starts[row], ends[row] - starts[row], StandardCharsets.UTF_8);
    }
}
