package dev.fairness.dataset;

import dev.fairness.metrics.Parallel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The predictions CSV read from its bytes ({@link CsvByteRows}), with the values {@link PredictionsCsvReader}'s
 * Jackson path gives, to the last bit: the same ids, truths, scores, attribute texts and lines. It gives up
 * ({@code null}) on anything it does not read the same way for certain — a file {@link CsvByteRows} leaves to
 * Jackson, a missing column, a ragged row, any value in error, a repeated id — and the caller then reads the file
 * with the full parser, which reports the error with its file, line and column. Errors therefore cost a second
 * read; valid files cost one pass and no object per number.
 *
 * <p>A file of up to {@value #IN_MEMORY} bytes (and an eighth of the heap) is read into memory and its rows
 * parsed in parts on every core ({@link RowParts}): the parts split at line ends, so each starts at a row, and
 * they are joined in file order with their lines counted on. A quoted cell anywhere could hold a line end, so such
 * a file is parsed in one part.
 */
final class FastPredictionsCsv {
    /** The largest file read into memory (one array); larger files are read as a stream, in one part. */
    static final long IN_MEMORY = 1L << 30;
    /** The share of the heap a file in memory may take at most: a small heap streams the file as before. */
    private static final int HEAP_SHARE = 8;

    private FastPredictionsCsv() {
    }

    /** The predictions, or null when the file must be read by the full parser (see the class comment). */
    static LocatedPredictions readOrNull(Path file, List<String> labels, List<String> attributes) throws IOException {
        return readOrNull(file, labels, attributes, Parallel.defaultThreads(), 0);
    }

    /**
     * @param threads threads that parse parts; the result does not depend on it
     * @param parts   how many parts the rows are split into, or 0 for {@link RowParts#count}'s choice
     */
    static LocatedPredictions readOrNull(Path file, List<String> labels, List<String> attributes, int threads,
                                         int parts) throws IOException {
        String name = String.valueOf(file.getFileName());
        try {
            long size = Files.size(file);
            if (size > Math.min(IN_MEMORY, Runtime.getRuntime().maxMemory() / HEAP_SHARE)) {
                try (InputStream in = Files.newInputStream(file); CsvByteRows csv = new CsvByteRows(in)) {
                    return inOnePart(csv, name, labels, attributes, size);
                }
            }
            byte[] bytes = Files.readAllBytes(file);
            CsvByteRows header = new CsvByteRows(bytes);
            if (!header.next()) {
                return null;
            }
            PredictionsLayout layout = PredictionsLayout.of(header, labels, attributes);
            int count = parts > 0 ? parts : RowParts.count(bytes.length - header.position(), threads);
            try {
                return RowParts.read(bytes, header.position(), header.nextLine() - 1, count, layout, threads)
                        .joined(labels, attributes, name, threads);
            } catch (CsvUnsupported.QuotedCell quoted) {
                return inOnePart(new CsvByteRows(bytes), name, labels, attributes, bytes.length);
            }
        } catch (CsvUnsupported needsFullParser) {
            return null;
        }
    }

    /** The rows of the whole file, header first, in one part: a stream, or a file with quoted cells. */
    private static LocatedPredictions inOnePart(CsvByteRows csv, String name, List<String> labels,
                                                List<String> attributes, long bytes)
            throws IOException, CsvUnsupported {
        if (!csv.next()) {
            return null;
        }
        PredictionsLayout layout = PredictionsLayout.of(csv, labels, attributes);
        PredictionColumns columns = new PredictionColumns(layout, PredictionColumns.expectedRows(bytes,
                layout.width()));
        while (csv.next()) {
            columns.add(csv, csv.line());
        }
        return PredictionColumns.concat(List.of(columns), new int[] {0}, labels, attributes, name, 1);
    }
}
