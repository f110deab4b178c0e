package dev.fairness.dataset;

/**
 * The id of each row. A reader may keep ids as something smaller than a million {@code String}s (the byte ranges of
 * the file they were read from, {@link ByteIds}) and make an id's text only when a step asks for it: a message that
 * names a row, an output that lists ids.
 */
public interface RowIds {
    int size();

    /** The id of {@code row}, made on demand when the ids are not kept as text. */
    String id(int row);

    /** Ids kept as text, one per row (not copied). */
    static RowIds of(String[] ids) {
        return new RowIds() {
            @Override
            public int size() {
                return ids.length;
            }

            @Override
            public String id(int row) {
                return ids[row];
            }
        };
    }
}
