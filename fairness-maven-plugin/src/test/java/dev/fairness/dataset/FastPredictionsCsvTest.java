package dev.fairness.dataset;

import dev.fairness.InputException;
import dev.fairness.groups.AttributeSpec;
import dev.fairness.groups.Grouping;
import dev.fairness.groups.GroupingBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The byte-level read gives exactly what Jackson's read gives — rows, lines, ids, truths, every score to the last
 * bit, attribute texts — or gives up, leaving the file (and its error message) to Jackson.
 */
class FastPredictionsCsvTest {
    private static final List<String> LABELS = List.of("A", "B");
    private static final List<String> ATTRIBUTES = List.of("sex", "age");
    private static final String HEADER = "id,true_A,score_A,true_B,score_B,sex,age";

    @TempDir
    Path dir;

    private Path file(byte[] content) throws IOException {
        return Files.write(dir.resolve("predictions.csv"), content);
    }

    private Path file(String content) throws IOException {
        return file(content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The fast read of the file, asserted equal to Jackson's; null when it left the file to Jackson. Read in 2 and 7
     * parts too, which must give the same rows or give up likewise.
     */
    private static LocatedPredictions fastEqualToFull(Path file) throws IOException {
        LocatedPredictions fast = FastPredictionsCsv.readOrNull(file, LABELS, ATTRIBUTES);
        for (int parts : new int[] {2, 7}) {
            LocatedPredictions inParts = FastPredictionsCsv.readOrNull(file, LABELS, ATTRIBUTES, 2, parts);
            assertEquals(fast == null, inParts == null, "read in " + parts + " parts gave up differently");
            if (fast != null) {
                assertSame(fast, inParts);
            }
        }
        if (fast == null) {
            return null;
        }
        LocatedPredictions full = PredictionsCsvReader.readWithFullParser(file, LABELS, ATTRIBUTES);
        assertSame(full, fast);
        return fast;
    }

    private static void assertSame(LocatedPredictions expected, LocatedPredictions actual) {
        Predictions e = expected.predictions();
        Predictions a = actual.predictions();
        assertEquals(expected.fileName(), actual.fileName());
        assertArrayEquals(expected.lines().toArray(), actual.lines().toArray(), "lines");
        assertEquals(e.size(), a.size(), "rows");
        for (int r = 0; r < e.size(); r++) {
            assertEquals(e.id(r), a.id(r), "id of row " + r);
        }
        for (int l = 0; l < e.labels().size(); l++) {
            assertArrayEquals(e.truth(l), a.truth(l), "truth of label " + l);
            for (int r = 0; r < e.size(); r++) {
                assertEquals(Double.doubleToRawLongBits(e.scores(l)[r]), Double.doubleToRawLongBits(a.scores(l)[r]),
                        "score of label " + l + ", row " + r + ": " + e.scores(l)[r] + " and " + a.scores(l)[r]);
            }
        }
        for (String attribute : e.attributeNames()) {
            assertArrayEquals(e.attribute(attribute), a.attribute(attribute), attribute);
        }
    }

    @Test
    void readsQuotedCellsWithSeparatorsQuotesAndLineBreaksAsJacksonDoes() throws IOException {
        LocatedPredictions read = fastEqualToFull(file(HEADER + "\n"
                + "\"a,1\",1,0.25,0,0.5,\"M \"\"x\"\"\",40\n"
                + "\"b\n2\",0,\"0.75\",1,1,\"F\",\"\"\n"
                + "c,1,1.,0,.5,M,\"6\n0\"\n"));

        assertNotNull(read, "quoted cells are read without Jackson");
        assertEquals(List.of("a,1", "b\n2", "c"), List.of(read.predictions().id(0), read.predictions().id(1),
                read.predictions().id(2)));
        assertArrayEquals(new int[] {2, 3, 5}, read.lines().toArray());
        assertArrayEquals(new String[] {"M \"x\"", "F", "M"}, read.predictions().attribute("sex"));
        assertArrayEquals(new String[] {"40", "", "6\n0"}, read.predictions().attribute("age"));
    }

    @Test
    void readsAByteOrderMarkCrlfLineEndsBlankLinesAndSpacesAsJacksonDoes() throws IOException {
        byte[] text = ("\r\n" + " id , true_A,score_A ,true_B,score_B,sex,age\r\n\r\n"
                + " x ,1, 0.5 ,true,1e-3, M ,  40\r\n"
                + "\n"
                + "y,0,0.12345678901234567,FALSE,+0.5,F,\r\n"
                + "z, yes ,1,no,0.000000000000000000001,Ä,é").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        LocatedPredictions read = fastEqualToFull(file(withBom));

        assertNotNull(read, "a BOM, CRLF and spaces are read without Jackson");
        assertArrayEquals(new int[] {4, 6, 7}, read.lines().toArray());
        assertArrayEquals(new String[] {" M ", "F", "Ä"}, read.predictions().attribute("sex"));
        assertEquals("x", read.predictions().id(0));
        assertEquals(0.12345678901234567, read.predictions().scores(0)[1]);
    }

    @Test
    void readsRowsThatCrossItsOneMegabyteBufferAsJacksonDoes() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        Random random = new Random(7);
        for (int r = 0; r < 60_000; r++) { // about 3 MB: rows, quotes and CRLFs fall across every refill
            csv.append(random.nextBoolean() ? "\"id\n" + r + "\"" : "id" + r).append(",1,")
                    .append(random.nextDouble()).append(",0,0.").append(random.nextInt(1000)).append(',')
                    .append(random.nextBoolean() ? "\"M, \"\"x\"\"\"" : "F").append(',').append(random.nextInt(90))
                    .append(random.nextBoolean() ? "\r\n" : "\n\n");
        }

        LocatedPredictions read = fastEqualToFull(file(csv.toString()));

        assertNotNull(read);
        assertEquals(60_000, read.predictions().size());
    }

    @Test
    void leavesToJacksonWhatItDoesNotReadTheSameWay() throws IOException {
        for (String row : List.of("a,1,0.5,0,0.5,M\"x,40", "\"a\" ,1,0.5,0,0.5,M,40", "a,1,0.5,0,0.5,M,40\rb",
                "\"a,1,0.5,0,0.5,M,40", "a,1,0.5,0,0.5,M", "a,2,0.5,0,0.5,M,40", "a,1,1.5,0,0.5,M,40", ",1,0.5,0,0.5,M,40")) {
            assertNull(FastPredictionsCsv.readOrNull(file(HEADER + "\n" + row + "\n"), LABELS, ATTRIBUTES), row);
        }
        assertNull(FastPredictionsCsv.readOrNull(file(HEADER + "\na,1,0.5,0,0.5,M,40\na,0,0.5,0,0.5,M,40\n"),
                LABELS, ATTRIBUTES), "a repeated id");
        assertNull(FastPredictionsCsv.readOrNull(file(new byte[] {'i', 'd', ',', (byte) 0xC3, '\n'}), LABELS,
                ATTRIBUTES), "not UTF-8");
    }

    @Test
    void anErrorIsReportedWithTheFullParsersMessage() throws IOException {
        Path path = file(HEADER + "\na,1,0.5,0,0.5,M,40\n\nb,1,0.5,0,x,F,40\n");

        InputException error = assertThrows(InputException.class,
                () -> PredictionsCsvReader.readLocated(path, LABELS, ATTRIBUTES));

        assertEquals("predictions.csv, line 4, column 'score_B': expected a probability between 0 and 1, found 'x'. "
                + "Write probabilities (apply a sigmoid or softmax to logits), or remove the row.", error.getMessage());
    }

    @Test
    void randomFilesOfTrickyCellsReadTheSameOrAreLeftToJackson() throws IOException {
        String[] ids = {"a", "b", " c", "\"d,\"", "\"e\"\"f\"", "'=1+1", "é", "\"g\nh\"", "i ", "j"};
        String[] truths = {"0", "1", " 1", "true", "No", "\"1\"", "2", ""};
        String[] scores = {"0.5", "0.955757", "1", "0", "1.", ".25", " 0.3 ", "0.1234567890123456789", "1e-2",
            "+0.5", "-0.0", "0.30000000000000004", "\"0.7\"", "0.999999999999999", "1.0000001", "x", ""};
        String[] texts = {"M", "F", "", " M", "\"M, F\"", "40", "\"4\n0\"", "Ä", "'-x", "M\"", "\"a\" "};
        String[] ends = {"\n", "\r\n", "\n\n", "\r\n\r\n", "\r"};
        Random random = new Random(13);
        int fast = 0;
        int files = 400;
        for (int f = 0; f < files; f++) {
            StringBuilder csv = new StringBuilder(random.nextInt(8) == 0 ? "\uFEFF" : "").append(HEADER);
            csv.append(random.nextInt(10) == 0 ? "\r\n" : "\n");
            int rows = 1 + random.nextInt(6);
            for (int r = 0; r < rows; r++) {
                // each cell plain three times in four, so that many files are valid and read fast
                csv.append(plain(random) ? "r" + r : pick(random, ids) + r).append(',')
                        .append(plain(random) ? "1" : pick(random, truths)).append(',')
                        .append(plain(random) ? "0.25" : pick(random, scores)).append(',')
                        .append(plain(random) ? "0" : pick(random, truths)).append(',')
                        .append(plain(random) ? "0.955757" : pick(random, scores)).append(',')
                        .append(plain(random) ? "M" : pick(random, texts)).append(',')
                        .append(plain(random) ? "40" : pick(random, texts));
                if (r + 1 < rows || random.nextBoolean()) {
                    csv.append(plain(random) ? "\n" : pick(random, ends));
                }
            }
            if (fastEqualToFull(file(csv.toString())) != null) {
                fast++;
            }
        }
        assertTrue(fast > files / 5, "only " + fast + " of " + files + " files were read fast");
    }

    @Test
    void randomFilesReadInAnyNumberOfPartsEqualTheFullParserWithTheirLines() throws IOException {
        String[] ends = {"\n", "\r\n", "\n\n", "\r\n\r\n", "\n\n\n"};
        Random random = new Random(29);
        for (int f = 0; f < 30; f++) {
            StringBuilder csv = new StringBuilder(random.nextInt(4) == 0 ? "\uFEFF" : "").append(HEADER)
                    .append(random.nextBoolean() ? "\n\n" : "\r\n");
            int rows = 1 + random.nextInt(300);
            for (int r = 0; r < rows; r++) {
                csv.append(random.nextInt(5) == 0 ? " id" + r + " " : "id" + r).append(',')
                        .append(random.nextInt(2)).append(',').append(random.nextDouble()).append(',')
                        .append(random.nextBoolean() ? "true" : "0").append(",0.").append(random.nextInt(1_000_000))
                        .append(',').append(random.nextBoolean() ? "M" : "Ä").append(',')
                        .append(random.nextInt(5) == 0 ? "" : Integer.toString(random.nextInt(90)));
                if (r + 1 < rows || random.nextBoolean()) {
                    csv.append(ends[random.nextInt(ends.length)]);
                }
            }
            Path path = file(csv.toString());
            LocatedPredictions full = PredictionsCsvReader.readWithFullParser(path, LABELS, ATTRIBUTES);
            for (int parts = 1; parts <= 9; parts++) {
                LocatedPredictions inParts = FastPredictionsCsv.readOrNull(path, LABELS, ATTRIBUTES, 3, parts);
                assertNotNull(inParts, "file " + f + " in " + parts + " parts");
                assertSame(full, inParts);
            }
        }
    }

    @Test
    void groupingsOfAFileReadInPartsEqualThoseOfTheFullParsersTextsThoughEachPartNumbersItsValuesItself()
            throws IOException {
        Random random = new Random(37);
        String[] sexes = {"M", "F", " F", "", "Ä"};
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int r = 0; r < 2_000; r++) {
            // later rows meet the values in another order than the first part does: the parts' codes differ
            csv.append("id").append(r).append(",1,0.25,0,0.5,").append(sexes[(r < 1_000 ? r : 7 * r) % sexes.length])
                    .append(',').append(random.nextInt(10) == 0 ? "" : Integer.toString(99 - random.nextInt(100)))
                    .append('\n');
        }
        Path path = file(csv.toString());
        Map<String, AttributeSpec> bins = Map.of("age", new AttributeSpec("age", List.of(0.0, 20.0, 40.0, 60.0)));
        List<Grouping> expected = groupings(PredictionsCsvReader.readWithFullParser(path, LABELS, ATTRIBUTES), bins);

        for (int parts = 1; parts <= 7; parts += 3) {
            List<Grouping> inParts = groupings(FastPredictionsCsv.readOrNull(path, LABELS, ATTRIBUTES, 2, parts), bins);
            for (int g = 0; g < expected.size(); g++) {
                assertEquals(expected.get(g).groupNames(), inParts.get(g).groupNames(), parts + " parts");
                assertArrayEquals(expected.get(g).groupOf(), inParts.get(g).groupOf(), parts + " parts");
            }
        }
    }

    @Test
    void aBinnedValueInErrorInALaterPartIsReportedAtItsFirstLine() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int r = 0; r < 300; r++) {
            csv.append("id").append(r).append(",1,0.25,0,0.5,M,").append(r == 250 || r == 280 ? "old" : "4" + r % 7)
                    .append('\n');
        }
        Path path = file(csv.toString());
        Map<String, AttributeSpec> bins = Map.of("age", new AttributeSpec("age", List.of(0.0, 50.0)));

        InputException error = assertThrows(InputException.class,
                () -> groupings(FastPredictionsCsv.readOrNull(path, LABELS, ATTRIBUTES, 2, 3), bins));

        assertEquals("predictions.csv, line 252, column 'age': expected a number, found 'old'. Fix the value, or "
                + "remove the bins of 'age' to treat it as categorical.", error.getMessage());
    }

    @Test
    void aPartWithMoreThan256ValuesOfAnAttributeReadsAsTheFullParserReadsIt() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int r = 0; r < 3_000; r++) { // codes a byte a row up to the 256th value of a part, then an int
            csv.append("id").append(r).append(",1,0.25,0,0.5,").append(r % 3 == 0 ? "M" : "F").append(',')
                    .append(r < 1_500 ? r % 40 : (r * 7) % 1_000).append('\n');
        }
        Path path = file(csv.toString());
        LocatedPredictions full = PredictionsCsvReader.readWithFullParser(path, LABELS, ATTRIBUTES);

        for (int parts = 1; parts <= 4; parts++) {
            LocatedPredictions inParts = FastPredictionsCsv.readOrNull(path, LABELS, ATTRIBUTES, 2, parts);
            assertSame(full, inParts);
            assertEquals(1_000, inParts.predictions().attributeColumn("age").values().size(), parts + " parts");
        }
    }

    /** sex, age and sex×age, built from the attribute columns as the evaluation builds them. */
    private static List<Grouping> groupings(LocatedPredictions read, Map<String, AttributeSpec> bins) {
        Map<String, AttributeColumn> columns = new java.util.LinkedHashMap<>();
        for (String attribute : ATTRIBUTES) {
            columns.put(attribute, read.predictions().attributeColumn(attribute));
        }
        GroupingBuilder builder = GroupingBuilder.ofColumns(columns, bins, read::location);
        return List.of(builder.build("sex"), builder.build("age"), builder.build("sex×age"));
    }

    @Test
    void aFileOfSeveralMegabytesIsReadInPartsByDefaultAsTheFullParserReadsIt() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        Random random = new Random(31);
        for (int r = 0; r < 120_000; r++) { // about 5 MB: several parts of at least a megabyte
            csv.append("img").append(r).append(',').append(random.nextInt(2)).append(',')
                    .append(String.format(java.util.Locale.ROOT, "%.6f", random.nextDouble())).append(",0,0.5,")
                    .append(random.nextBoolean() ? "F" : "M").append(',').append(random.nextInt(90))
                    .append(r % 1000 == 0 ? "\n\n" : "\n");
        }
        Path path = file(csv.toString());
        assertTrue(RowParts.count(Files.size(path), 2) > 1, "more than one part");

        assertSame(PredictionsCsvReader.readWithFullParser(path, LABELS, ATTRIBUTES),
                FastPredictionsCsv.readOrNull(path, LABELS, ATTRIBUTES));
    }

    @Test
    void aQuotedCellInALaterPartHasTheWholeFileReadInOnePart() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int r = 0; r < 200; r++) {
            csv.append(r == 150 ? "\"id\n150\"" : "id" + r).append(",1,0.25,0,0.5,M,40\n");
        }
        Path path = file(csv.toString());

        LocatedPredictions inParts = FastPredictionsCsv.readOrNull(path, LABELS, ATTRIBUTES, 2, 4);

        assertNotNull(inParts);
        assertSame(PredictionsCsvReader.readWithFullParser(path, LABELS, ATTRIBUTES), inParts);
        assertEquals("id\n150", inParts.predictions().id(150));
        assertEquals(154, inParts.lines().line(151), "the row after the quoted line break (row 150 is on lines 152-153)");
    }

    @Test
    void anErrorOrRepeatedIdInAnyPartLeavesTheFileToTheFullParserWhichNamesItsLine() throws IOException {
        for (int parts = 1; parts <= 6; parts++) {
            for (int bad = 0; bad < 12; bad++) {
                StringBuilder csv = new StringBuilder(HEADER).append('\n');
                for (int r = 0; r < 12; r++) {
                    csv.append("id").append(r).append(r == bad ? ",1,0.5,0,x,F,40\n" : ",1,0.5,0,0.5,M,40\n");
                }
                Path path = file(csv.toString());
                assertNull(FastPredictionsCsv.readOrNull(path, LABELS, ATTRIBUTES, 2, parts), parts + " parts");
                InputException error = assertThrows(InputException.class,
                        () -> PredictionsCsvReader.readLocated(path, LABELS, ATTRIBUTES));
                assertEquals("predictions.csv, line " + (bad + 2) + ", column 'score_B': expected a probability "
                        + "between 0 and 1, found 'x'. Write probabilities (apply a sigmoid or softmax to logits), or "
                        + "remove the row.", error.getMessage());
            }
            String repeated = HEADER + "\n" + "a,1,0.5,0,0.5,M,40\n".repeat(1) + "b,1,0.5,0,0.5,M,40\n".repeat(5)
                    + "a,1,0.5,0,0.5,M,40\n";
            assertNull(FastPredictionsCsv.readOrNull(file(repeated), LABELS, ATTRIBUTES, 2, parts), "repeated ids");
        }
    }

    @Test
    void rowsThatCrossTheEndsOfASmallPartBufferReadAsTheFullParserReadsThem() throws IOException {
        String[] ends = {"\n", "\r\n", "\n\n", "\r\n\r\n"};
        Random random = new Random(41);
        for (int f = 0; f < 12; f++) {
            StringBuilder csv = new StringBuilder(HEADER).append('\n');
            int rows = 1 + random.nextInt(60);
            for (int r = 0; r < rows; r++) {
                csv.append(random.nextInt(4) == 0 ? " id" + r + " " : "'=id" + r).append(',')
                        .append(random.nextInt(2)).append(',').append(random.nextDouble()).append(",yes,0.")
                        .append(random.nextInt(1000)).append(',').append(random.nextBoolean() ? "M" : "Ä").append(',')
                        .append(random.nextInt(4) == 0 ? "" : Integer.toString(random.nextInt(90)));
                if (r + 1 < rows || random.nextBoolean()) {
                    csv.append(ends[random.nextInt(ends.length)]);
                }
            }
            Path path = file(csv.toString());
            LocatedPredictions full = PredictionsCsvReader.readWithFullParser(path, LABELS, ATTRIBUTES);
            for (int buffer : new int[] {1, 2, 7, 31, 64, 200}) {
                for (int parts = 1; parts <= 4; parts++) {
                    LocatedPredictions read = FastPredictionsCsv.readOrNull(path, LABELS, ATTRIBUTES, 2, parts, buffer);
                    assertNotNull(read, "file " + f + ", buffer " + buffer + ", " + parts + " parts");
                    assertSame(full, read);
                }
            }
        }
    }

    @Test
    void aMillionIdsCostTheirBytesNotAStringEach() throws IOException {
        int rows = 100_000;
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int r = 0; r < rows; r++) {
            csv.append(String.format(java.util.Locale.ROOT, "images/%08d.png", r)).append(",1,0.25,0,0.5,")
                    .append(r % 2 == 0 ? "M" : "F").append(',').append(r % 90).append('\n');
        }
        Path path = file(csv.toString());
        FastPredictionsCsv.readOrNull(path, LABELS, ATTRIBUTES, 1, 1); // classes loaded, code compiled
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

        long before = threads.getCurrentThreadAllocatedBytes();
        LocatedPredictions read = FastPredictionsCsv.readOrNull(path, LABELS, ATTRIBUTES, 1, 1);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertEquals("images/00099999.png", read.predictions().id(rows - 1));
        // per row: 2 truths, 2 scores, 2 attribute codes, an id's address and end, its line and its 19 bytes; the
        // duplicate-id table (a power of two of ints, at least twice the rows); the parts' buffers. A String per id
        // (about 64 bytes a row) or the whole file held (43 bytes a row) does not fit; main allocated 23.4 MB here.
        long columns = rows * (2L * 1 + 2L * 8 + 2L * 4 + 4 + 4 + 4 + 19);
        long table = 4L * Integer.highestOneBit(2 * rows - 1) * 2;
        long fixed = 2L << 20;
        assertTrue(allocated < columns + table + fixed, "the read allocated " + allocated + " bytes, more than the "
                + columns + " bytes of its columns, " + table + " of its id table and " + fixed + " of buffers");
    }

    @Test
    void aRowCostsItsValuesItsIdsBytesAddressAndHashButNoLineAndNoIdEnd() throws IOException {
        Path small = idsFile(100_000);
        Path large = idsFile(200_000);
        FastPredictionsCsv.readOrNull(large, LABELS, List.of(), 1, 1); // classes loaded, code compiled

        long perRow = (allocatedByRead(large, List.of()) - allocatedByRead(small, List.of())) / 100_000;

        // 2 truths, 2 scores, the id's 19 bytes, its address and hash, and its entry (hash and row) in the repeated-id
        // check; main also kept an int a row for the row's line and one for the id's end: 61 bytes
        assertEquals(2 * 1 + 2 * 8 + 19 + 4 + 4 + 8, perRow);
    }

    @Test
    void aFileReadOnTwoThreadsHasItsColumnsAllocatedByThemNotByTheCallingThread() throws IOException {
        int rows = 200_000;
        Path path = idsFile(rows);
        FastPredictionsCsv.readOrNull(path, LABELS, List.of(), 2, 2); // classes loaded, code compiled
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

        long before = threads.getCurrentThreadAllocatedBytes();
        assertNotNull(FastPredictionsCsv.readOrNull(path, LABELS, List.of(), 2, 2));
        long perRow = (threads.getCurrentThreadAllocatedBytes() - before) / rows;

        // the calling thread keeps the repeated-id check's entries (8 bytes a row); with the columns allocated there
        // too (2 truths, 2 scores, the ids' addresses and hashes) it allocated 44 bytes a row, main 52
        assertTrue(perRow < 2 * 1 + 2 * 8, perRow + " bytes a row allocated by the calling thread");
    }

    @Test
    void aFileWithoutBlankLinesKeepsItsLinesAsOneRun() throws IOException {
        Path path = idsFile(200_000);

        LocatedPredictions read = FastPredictionsCsv.readOrNull(path, LABELS, List.of(), 2, 4);

        assertEquals(1, read.lines().runs());
        assertEquals(200_001, read.lines().line(199_999));
    }

    private Path idsFile(int rows) throws IOException {
        StringBuilder csv = new StringBuilder("id,true_A,score_A,true_B,score_B\n");
        for (int r = 0; r < rows; r++) {
            csv.append(String.format(java.util.Locale.ROOT, "images/%08d.png", r)).append(",1,0.25,0,0.5\n");
        }
        return Files.writeString(dir.resolve(rows + ".csv"), csv);
    }

    @Test
    void anAttributeOfFewValuesCostsAByteARow() throws IOException {
        int rows = 100_000;
        List<String> attributes = List.of("a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8");
        StringBuilder csv = new StringBuilder("id,true_A,score_A,true_B,score_B,").append(String.join(",", attributes))
                .append('\n');
        for (int r = 0; r < rows; r++) {
            csv.append("id").append(r).append(",1,0.25,0,0.5");
            for (int a = 0; a < attributes.size(); a++) {
                csv.append(',').append((char) ('A' + (r + a) % 20));
            }
            csv.append('\n');
        }
        Path path = file(csv.toString());
        FastPredictionsCsv.readOrNull(path, LABELS, attributes, 1, 1); // classes loaded, code compiled

        long withoutAttributes = allocatedByRead(path, List.of());
        long withAttributes = allocatedByRead(path, attributes);

        // main coded every cell as an int: 3.2 MB for these 800,000 cells
        long perCell = (withAttributes - withoutAttributes) / (rows * (long) attributes.size());
        assertEquals(1, perCell, (withAttributes - withoutAttributes) + " bytes for " + rows * attributes.size()
                + " cells");
    }

    private static long allocatedByRead(Path path, List<String> attributes) throws IOException {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        assertNotNull(FastPredictionsCsv.readOrNull(path, LABELS, attributes, 1, 1));
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    private static boolean plain(Random random) {
        return random.nextInt(4) > 0;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
