package dev.fairness.dataset;

import dev.fairness.metrics.Parallel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data rows of a CSV file, parsed in parts in parallel: the bytes after the header are split at line ends into
 * parts that each start at a row; their line ends are counted (on every thread), which gives each part its first
 * line and room for its rows in arrays allocated once for the file; then each part is read into its room by a
 * {@link PartScanner} through a buffer of its own. Only for files without quoted cells (a quoted cell may hold a line
 * end): a part that meets a quote throws {@link CsvUnsupported.QuotedCell} and the caller reads the file in one part.
 *
 * @param ids        the ids of all rows, in file order
 * @param arrays     the rows of all parts, in file order
 * @param rows       how many rows were read
 * @param values     per attribute, the text of each code
 * @param partStarts where each part's rows start, then {@code rows}
 * @param codes      per part, each attribute's codes in the part's own numbering
 * @param partCodes  per attribute and part, the attribute's code of each of the part's own codes (null: the same)
 * @param lines      the line each row starts on
 */
record RowParts(ByteIds ids, PredictionArrays arrays, int rows, List<List<String>> values, int[] partStarts,
                List<PartCodes[]> codes, int[][][] partCodes, RowLines lines) {
    /** The fewest bytes a part has when the count is chosen here: smaller files are one part. */
    static final int PART_BYTES = 1 << 20;

    /** Parts for {@code bytes} of rows: up to four per thread (a slow part holds up less), at least 1 MB each. */
    static int count(long bytes, int threads) {
        return (int) Math.max(1, Math.min(4L * threads, bytes / PART_BYTES));
    }

    /**
     * @param from        the first byte after the header row
     * @param headerLines the lines up to and including the header row
     * @param buffer      each part's buffer size (tests make it small, so that rows cross its ends)
     */
    static RowParts read(FileChannel file, long from, int headerLines, int count, PredictionsLayout layout,
                         int threads, int buffer) throws IOException, CsvUnsupported {
        try {
            return readParts(file, from, headerLines, count, layout, threads, buffer);
        } catch (PartFailed e) { // the first part in file order that failed
            if (e.unsupported != null) {
                throw e.unsupported;
            }
            throw e.io;
        }
    }

    private static RowParts readParts(FileChannel file, long from, int headerLines, int count,
                                      PredictionsLayout layout, int threads, int buffer)
            throws IOException, CsvUnsupported {
        long[] bounds = bounds(file, from, count);
        IdBytes idBytes = new IdBytes();
        List<PartScanner> scanners = new ArrayList<>(); // each with its own buffer and dictionaries
        for (int k = 0; k < count; k++) {
            scanners.add(new PartScanner(file, layout, idBytes, buffer));
        }
        List<Integer> most = Parallel.map(count, threads, k -> inPart(() ->
                scanners.get(k).mostRows(bounds[k], bounds[k + 1])));
        int[] offsets = new int[count];
        int[] firstLines = new int[count];
        long room = 0;
        for (int k = 0; k < count; k++) {
            offsets[k] = (int) room;
            // without quoted cells every line end ends a line: a part's lines are its line ends
            firstLines[k] = headerLines + 1 + (int) room;
            room += most.get(k);
        }
        if (room > Integer.MAX_VALUE - 8) {
            throw new CsvUnsupported();
        }
        PredictionArrays arrays = new PredictionArrays((int) room, layout.labelCount(), threads);
        List<Integer> read = Parallel.map(count, threads, k -> inPart(() -> scanners.get(k).read(arrays,
                bounds[k], bounds[k + 1], offsets[k], firstLines[k], most.get(k))));
        int[] rows = read.stream().mapToInt(Integer::intValue).toArray();
        List<PartCodes[]> codes = scanners.stream().map(PartScanner::codes).toList();
        List<List<String>> values = new ArrayList<>();
        int[][][] partCodes = mergeCodes(codes, layout.attributeCount(), values);
        int total = arrays.closeGaps(offsets, rows);
        int[] partStarts = new int[count + 1];
        for (int k = 0; k < count; k++) {
            partStarts[k + 1] = partStarts[k] + rows[k];
        }
        RowLines lines = RowLines.ofParts(scanners.stream().map(PartScanner::lineRuns)
                .toArray(RowLines.Runs[]::new), partStarts);
        return new RowParts(new ByteIds(idBytes.chunks(), idBytes.ends(), arrays.idAddresses,
                arrays.idHashes), arrays, total, values, partStarts, codes, partCodes, lines);
    }

    /** A part's work, its {@link CsvUnsupported} or {@link IOException} carried across {@link Parallel#map}. */
    private static int inPart(PartWork work) {
        try {
            return work.run();
        } catch (CsvUnsupported e) {
            throw new PartFailed(e);
        } catch (IOException e) {
            throw new PartFailed(e);
        }
    }

    private interface PartWork {
        int run() throws IOException, CsvUnsupported;
    }

    /**
     * Gives each attribute one code per distinct text across the parts, in the order the texts first appear in the
     * file (the parts' own codes, part after part), so that codes never depend on how the file was split. The rows
     * keep their part's codes; {@link AttributeColumn#mapped} translates them in the groupings' pass.
     *
     * @param values per attribute, filled with the text of each code
     * @return per attribute and part, the attribute's code of each of the part's codes (null where they are equal)
     */
    private static int[][][] mergeCodes(List<PartCodes[]> codes, int attributes, List<List<String>> values) {
        int[][][] partCodes = new int[attributes][codes.size()][];
        for (int a = 0; a < attributes; a++) {
            Map<String, Integer> merged = new LinkedHashMap<>();
            for (int k = 0; k < codes.size(); k++) {
                List<String> texts = codes.get(k)[a].dictionary().texts();
                int[] remap = new int[texts.size()];
                boolean same = true;
                for (int d = 0; d < remap.length; d++) {
                    Integer code = merged.putIfAbsent(texts.get(d), merged.size());
                    remap[d] = code != null ? code : merged.size() - 1;
                    same &= remap[d] == d;
                }
                partCodes[a][k] = same ? null : remap;
            }
            values.add(List.copyOf(merged.keySet()));
        }
        return partCodes;
    }

    /** The rows of all parts, in file order; null when there are none or an id repeats. */
    LocatedPredictions joined(List<String> labels, List<String> attributes, String fileName, int threads) {
        if (rows == 0 || !DistinctByteIds.allDistinct(ids, threads)) {
            return null;
        }
        Map<String, AttributeColumn> columns = new LinkedHashMap<>();
        for (int a = 0; a < attributes.size(); a++) {
            int attribute = a;
            columns.put(attributes.get(a), AttributeColumn.ofParts(codes.stream().map(part -> part[attribute])
                    .toList(), values.get(a), partStarts, partCodes[a]));
        }
        Predictions predictions = new Predictions(labels, ids, arrays.truth, arrays.scores, columns);
        return new LocatedPredictions(predictions, fileName, lines);
    }

    /**
     * {@code count + 1} offsets from {@code from} to the end: part k is {@code [bounds[k], bounds[k + 1])}, each
     * inner bound just after the first line end at or after an even share of the bytes (a part may be empty).
     */
    static long[] bounds(FileChannel file, long from, int count) throws IOException {
        long size = file.size();
        long[] bounds = new long[count + 1];
        bounds[0] = from;
        bounds[count] = size;
        ByteBuffer window = ByteBuffer.allocate(1 << 12);
        for (int k = 1; k < count; k++) {
            long at = Math.max(bounds[k - 1], from + (size - from) * k / count);
            bounds[k] = size;
            while (at < size) {
                window.clear();
                int read = file.read(window, at);
                if (read <= 0) {
                    break;
                }
                int lf = indexOfLf(window.array(), read);
                if (lf >= 0) {
                    bounds[k] = at + lf + 1;
                    break;
                }
                at += read;
            }
        }
        return bounds;
    }

    private static int indexOfLf(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** A part's {@link CsvUnsupported} or {@link IOException}, across {@link Parallel#map}. */
    private static final class PartFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient CsvUnsupported unsupported;
        private final transient IOException io;

        PartFailed(CsvUnsupported unsupported) {
            super(null, null, false, false);
            this.unsupported = unsupported;
            this.io = null;
        }

        PartFailed(IOException io) {
            super(null, null, false, false);
            this.unsupported = null;
            this.io = io;
        }
    }
}
