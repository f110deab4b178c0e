package dev.fairness.dataset;

import dev.fairness.metrics.Parallel;

import java.util.List;

/**
 * The data rows of a CSV file in memory, parsed in parts in parallel: the bytes after the header are split at line
 * ends into parts that each start at a row, each part is parsed on its own with lines counted from its start, and
 * the parts are then joined in file order, each part's lines offset by the lines before it. Only for files without
 * quoted cells (a quoted cell may hold a line end): a part that meets a quote throws {@link CsvUnsupported.QuotedCell}
 * and the caller reads the file in one part.
 *
 * @param parts       each part's rows, in file order
 * @param lineOffsets per part, the file's lines before its first line
 */
record RowParts(List<PredictionColumns> parts, int[] lineOffsets) {
    /** The fewest bytes a part has when the count is chosen here: smaller files are one part. */
    static final int PART_BYTES = 1 << 20;

    /** Parts for {@code bytes} of rows: up to four per thread (a slow part holds up less), at least 1 MB each. */
    static int count(long bytes, int threads) {
        return (int) Math.max(1, Math.min(4L * threads, bytes / PART_BYTES));
    }

    /**
     * @param from        the first byte after the header row
     * @param headerLines the lines up to and including the header row
     */
    static RowParts read(byte[] bytes, int from, int headerLines, int count, PredictionsLayout layout, int threads)
            throws CsvUnsupported {
        int[] bounds = bounds(bytes, from, count);
        List<Part> read;
        try {
            read = Parallel.map(count, threads, k -> Part.read(bytes, bounds[k], bounds[k + 1], layout));
        } catch (PartUnsupported e) { // the first part in file order that gave up
            throw e.reason;
        }
        int[] offsets = new int[count];
        offsets[0] = headerLines;
        for (int k = 1; k < count; k++) {
            offsets[k] = offsets[k - 1] + read.get(k - 1).lines;
        }
        return new RowParts(read.stream().map(Part::columns).toList(), offsets);
    }

    /** The rows of all parts, in file order; null when there are none or an id repeats. */
    LocatedPredictions joined(List<String> labels, List<String> attributes, String fileName, int threads) {
        return PredictionColumns.concat(parts, lineOffsets, labels, attributes, fileName, threads);
    }

    /**
     * {@code count + 1} offsets from {@code from} to the end: part k is {@code [bounds[k], bounds[k + 1])}, each
     * inner bound just after the first line end at or after an even share of the bytes (a part may be empty).
     */
    static int[] bounds(byte[] bytes, int from, int count) {
        int[] bounds = new int[count + 1];
        bounds[0] = from;
        bounds[count] = bytes.length;
        long length = bytes.length - (long) from;
        for (int k = 1; k < count; k++) {
            int at = (int) Math.max(bounds[k - 1], from + length * k / count);
            while (at < bytes.length && bytes[at] != '\n') {
                at++;
            }
            bounds[k] = Math.min(bytes.length, at + 1);
        }
        return bounds;
    }

    /** One part's rows and the lines it spans. */
    private record Part(PredictionColumns columns, int lines) {
        static Part read(byte[] bytes, int from, int to, PredictionsLayout layout) {
            try {
                CsvByteRows csv = new CsvByteRows(bytes, from, to);
                PredictionColumns columns = new PredictionColumns(layout,
                        PredictionColumns.expectedRows(to - from, layout.width()));
                while (csv.next()) {
                    columns.add(csv, csv.line());
                }
                return new Part(columns, csv.nextLine() - 1);
            } catch (CsvUnsupported e) {
                throw new PartUnsupported(e);
            } catch (java.io.IOException inMemory) {
                throw new IllegalStateException("a part in memory cannot fail to read", inMemory);
            }
        }
    }

    /** A part's {@link CsvUnsupported}, across {@link Parallel#map}. */
    private static final class PartUnsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient CsvUnsupported reason;

        PartUnsupported(CsvUnsupported reason) {
            super(null, null, false, false);
            this.reason = reason;
        }
    }
}
