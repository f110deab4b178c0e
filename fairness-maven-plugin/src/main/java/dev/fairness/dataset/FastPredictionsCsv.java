package dev.fairness.dataset;

import dev.fairness.metrics.Parallel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The predictions CSV read from its bytes ({@link CsvByteRows}), with the values {@link PredictionsCsvReader}'s
 * Jackson path gives, to the last bit: the same ids, truths, scores, attribute texts and lines. It gives up
 * ({@code null}) on anything it does not read the same way for certain — a file {@link CsvByteRows} leaves to
 * Jackson, a missing column, a ragged row, any value in error, a repeated id — and the caller then reads the file
 * with the full parser, which reports the error with its file, line and column. Errors therefore cost a second
 * read; valid files cost one pass and no object per number.
 *
 * <p>A file of up to {@value #IN_MEMORY} bytes (and an eighth of the heap) has its rows parsed in parts on every
 * core ({@link RowParts}), each part through a small buffer of its own, never the whole file in memory: the parts
 * split at line ends, so each starts at a row, and their rows land in file order with their lines. A quoted cell
 * anywhere could hold a line end, so such a file is parsed in one part.
 */
final class FastPredictionsCsv {
    /** The largest file read in parts; larger files are read as a stream, in one part. */
    static final long IN_MEMORY = 1L << 30;
    /** The share of the heap a file read in parts may take at most: a small heap streams the file as before. */
    private static final int HEAP_SHARE = 8;
    /** The bytes the header row must lie within to be read in parts. */
    static final int HEADER_BYTES = 1 << 16;

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
        return readOrNull(file, labels, attributes, threads, parts, PartScanner.BUFFER);
    }

    /** @param buffer each part's buffer size (tests make it small, so that rows cross its ends) */
    static LocatedPredictions readOrNull(Path file, List<String> labels, List<String> attributes, int threads,
                                         int parts, int buffer) throws IOException {
        String name = String.valueOf(file.getFileName());
        try {
            long size = Files.size(file);
            if (size <= Math.min(IN_MEMORY, Runtime.getRuntime().maxMemory() / HEAP_SHARE)) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                    RowParts rows = inParts(channel, size, labels, attributes, threads, parts, buffer);
                    if (rows != null) {
                        return rows.joined(labels, attributes, name, threads);
                    }
                } catch (CsvUnsupported.QuotedCell quoted) {
                    // a quoted cell may hold a line end: the file is read in one part, below
                }
            }
            try (InputStream in = Files.newInputStream(file); CsvByteRows csv = new CsvByteRows(in)) {
                return inOnePart(csv, name, labels, attributes, size);
            }
        } catch (CsvUnsupported needsFullParser) {
            return null;
        }
    }

    /**
     * The rows read in parts, or null when the header row is not within the file's first {@value #HEADER_BYTES}
     * bytes (the file is then read in one part).
     */
    private static RowParts inParts(FileChannel channel, long size, List<String> labels, List<String> attributes,
                                    int threads, int parts, int buffer) throws IOException, CsvUnsupported {
        byte[] head = new byte[(int) Math.min(size, HEADER_BYTES)];
        ByteBuffer into = ByteBuffer.wrap(head);
        while (into.hasRemaining() && channel.read(into, into.position()) > 0) {
            // reads the first bytes
        }
        boolean whole = head.length == size;
        CsvByteRows header = new CsvByteRows(head);
        PredictionsLayout layout;
        try {
            if (!header.next() || header.position() == head.length && !whole) {
                return null;
            }
            layout = PredictionsLayout.of(header, labels, attributes);
        } catch (CsvUnsupported cut) {
            if (whole) {
                throw cut;
            }
            return null; // perhaps only because the header row goes on past the bytes read
        }
        int count = parts > 0 ? parts : RowParts.count(size - header.position(), threads);
        return RowParts.read(channel, header.position(), header.nextLine() - 1, count, layout, threads, buffer);
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
