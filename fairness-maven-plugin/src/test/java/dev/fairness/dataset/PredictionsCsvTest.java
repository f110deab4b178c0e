package dev.fairness.dataset;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.fairness.dataset.Errors.assertInputError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PredictionsCsvTest {
    private static final List<String> LABELS = List.of("Effusion", "No Finding");

    @TempDir
    Path dir;

    private Predictions sample() {
        Map<String, String[]> attributes = new LinkedHashMap<>();
        attributes.put("sex", new String[] {"M", "F", ""});
        attributes.put("site", new String[] {"a, \"b\"", "line\nbreak", " padded "});
        return new Predictions(LABELS, new String[] {"images/a.png", "images/b,c.png", "x"},
                new boolean[][] {{true, false, true}, {false, true, false}},
                new double[][] {{0.1, 1e-9, 0.9999999999999999}, {0.0, 1.0, 0.123456789012345678}},
                attributes);
    }

    private Path csv(String content) throws IOException {
        return Files.write(dir.resolve("predictions.csv"), content.getBytes(StandardCharsets.UTF_8));
    }

    private static final String HEADER = "id,true_Effusion,score_Effusion,sex\n";

    private static Predictions read(Path file) {
        return PredictionsCsvReader.read(file, List.of("Effusion"), List.of("sex"));
    }

    @Nested
    class RoundTrip {
        @Test
        void writesAndReadsBackEveryValueExactly() throws IOException {
            Predictions written = sample();
            Path file = dir.resolve("out/fairness/predictions.csv");

            PredictionsCsvWriter.write(written, file);
            Predictions read = PredictionsCsvReader.read(file, LABELS, List.of("sex", "site"));

            assertEquals(written.labels(), read.labels());
            assertEquals(written.size(), read.size());
            for (int r = 0; r < written.size(); r++) {
                assertEquals(written.id(r), read.id(r));
            }
            for (int l = 0; l < LABELS.size(); l++) {
                assertArrayEquals(written.truth(l), read.truth(l));
                assertArrayEquals(written.scores(l), read.scores(l), 0.0);
            }
            assertEquals(written.attributeNames(), read.attributeNames());
            assertArrayEquals(written.attribute("sex"), read.attribute("sex"));
            assertArrayEquals(written.attribute("site"), read.attribute("site"));
        }

        @Test
        void writesTheDocumentedColumnsAndLeavesNoTemporaryFile() throws IOException {
            Path file = dir.resolve("predictions.csv");
            Files.writeString(file, "old content");

            PredictionsCsvWriter.write(sample(), file);

            String text = Files.readString(file);
            assertEquals("id,true_Effusion,score_Effusion,\"true_No Finding\",\"score_No Finding\",sex,site",
                    text.lines().findFirst().orElseThrow());
            assertEquals("images/a.png,1,0.1,0,0.0,M,\"a, \"\"b\"\"\"", text.lines().skip(1).findFirst().orElseThrow());
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(List.of(file), files.toList());
            }
        }

        @Test
        void textCellsThatASpreadsheetWouldRunAsFormulasAreQuotedWithAMarkAndReadBackExactly() throws IOException {
            String[] ids = {"=1+1", "-3", "@x", "+SUM(A1)", "-2+3", "'=x", "\t=1", "\r=1", "'5", "plain", "-0.25e2"};
            String[] sex = {"=HYPERLINK(\"http://x\")", "F", "-", "@", "+1", "''-x", "=", "M", "\t", "-1", "'"};
            double[] scores = {0.5, 0.0, 1.0, 0.25, 1e-9, 0.75, 0.125, 0.3, 0.6, 0.9, 0.1};
            Predictions written = new Predictions(List.of("Effusion"), ids, new boolean[][] {new boolean[ids.length]},
                    new double[][] {scores}, new LinkedHashMap<>(Map.of("sex", sex)));
            Path file = dir.resolve("predictions.csv");

            PredictionsCsvWriter.write(written, file);

            assertEquals(List.of("id,true_Effusion,score_Effusion,sex",
                    "\"'=1+1\",0,0.5,\"'=HYPERLINK(\"\"http://x\"\")\"",
                    "-3,0,0.0,F",
                    "\"'@x\",0,1.0,\"'-\"",
                    "\"'+SUM(A1)\",0,0.25,\"'@\"",
                    "\"'-2+3\",0,1.0E-9,\"+1\"",
                    "\"''=x\",0,0.75,\"'''-x\"",
                    "\"'\t=1\",0,0.125,\"'=\"",
                    "\"'\r=1\",0,0.3,M",
                    "\"'5\",0,0.6,\"'\t\"",
                    "plain,0,0.9,-1",
                    "-0.25e2,0,0.1,\"'\""), List.of(Files.readString(file).split("\n")));
            Predictions read = PredictionsCsvReader.read(file, List.of("Effusion"), List.of("sex"));
            for (int r = 0; r < ids.length; r++) {
                assertEquals(ids[r], read.id(r), "id of row " + r);
            }
            assertArrayEquals(sex, read.attribute("sex"));
            assertArrayEquals(scores, read.scores(0), 0.0);
        }

        @Test
        void readsOnlyTheRequestedColumnsAndAcceptsTrueFalse() throws IOException {
            Path file = csv("extra,id,score_Effusion,true_Effusion,sex\r\nq,a,0.5,true,M\r\nq,b,1e-3,No,F\r\n");

            Predictions p = read(file);

            assertArrayEquals(new boolean[] {true, false}, p.truth(0));
            assertArrayEquals(new double[] {0.5, 0.001}, p.scores(0));
            assertEquals(List.of("sex"), p.attributeNames());
        }
    }

    @Nested
    class Fails {
        @Test
        void whenTheFileIsMissing() {
            Path missing = dir.resolve("predictions.csv");
            assertInputError("Predictions file not found: " + missing + ". Set <predictions> to an existing CSV file.",
                    () -> read(missing));
        }

        @Test
        void whenTheFileIsADirectory() {
            assertInputError("Predictions file " + dir + " is a directory, not a CSV file. Set <predictions> to the CSV"
                    + " file (e.g. " + dir.resolve("predictions.csv") + ").", () -> read(dir));
        }

        @Test
        void whenTheFileIsEmptyOrHasNoRows() throws IOException {
            Path empty = csv("");
            assertInputError("predictions.csv is empty: expected a header line (id, true_<label>, score_<label>,"
                    + " attributes), then one row per sample. Write the header and rows, or set <predictions> to"
                    + " another file.", () -> read(empty));
            Path headerOnly = csv(HEADER);
            assertInputError("predictions.csv has a header but no rows: expected one row per sample. Add rows, or set"
                    + " <predictions> to another file.", () -> read(headerOnly));
        }

        @Test
        void whenAColumnIsMissingNamingItAndTheColumnsFound() throws IOException {
            Path file = csv("id,true_Effusion,sex\na,1,M\n");
            assertInputError("predictions.csv, line 1: column 'score_Effusion' not found; found columns: 'id',"
                    + " 'true_Effusion', 'sex'. Add the column to the file or fix <labels>.", () -> read(file));
            Path noId = csv("key,true_Effusion,score_Effusion,sex\na,1,0.5,M\n");
            assertInputError("predictions.csv, line 1: column 'id' not found; found columns: 'key', 'true_Effusion',"
                    + " 'score_Effusion', 'sex'. Add the column to the file.", () -> read(noId));
            Path noSex = csv("id,true_Effusion,score_Effusion\na,1,0.5\n");
            assertInputError("predictions.csv, line 1: column 'sex' not found; found columns: 'id', 'true_Effusion',"
                    + " 'score_Effusion'. Add the column to the file or fix <attributes>.", () -> read(noSex));
        }

        @Test
        void whenARowIsRagged() throws IOException {
            Path file = csv(HEADER + "a,1,0.5,M\nb,0,0.5\n");
            assertInputError("predictions.csv, line 3: expected 4 cells (one per header column), found 3."
                    + " Quote cells that contain commas, or fix the row.", () -> read(file));
        }

        @Test
        void whenAScoreIsNotAProbability() throws IOException {
            StringBuilder rows = new StringBuilder(HEADER);
            for (int i = 2; i < 12; i++) {
                rows.append("r").append(i).append(",0,0.").append(i).append(",F\n");
            }
            Path file = csv(rows + "r12,1,1.7,M\n");
            assertInputError("predictions.csv, line 12, column 'score_Effusion': expected a probability between 0"
                    + " and 1, found '1.7'. Write probabilities (apply a sigmoid or softmax to logits), or remove the"
                    + " row.", () -> read(file));
            for (String bad : List.of("-0.1", "abc", "", "NaN", "0x1p-2", "0.5f", "Infinity")) {
                Path badFile = csv(HEADER + "a,1," + bad + ",M\n");
                assertInputError("predictions.csv, line 2, column 'score_Effusion': expected a probability between 0"
                        + " and 1, found '" + bad + "'. Write probabilities (apply a sigmoid or softmax to logits),"
                        + " or remove the row.", () -> read(badFile));
            }
        }

        @Test
        void whenATruthValueIsNotZeroOrOne() throws IOException {
            Path file = csv(HEADER + "a,1,0.5,M\nb,2,0.5,F\n");
            assertInputError("predictions.csv, line 3, column 'true_Effusion': expected 0 or 1 (or true/false,"
                    + " yes/no), found '2'. Fix the value or remove the row.", () -> read(file));
        }

        @Test
        void whenAnIdIsEmptyOrRepeated() throws IOException {
            Path repeated = csv(HEADER + "a,1,0.5,M\nb,1,0.5,M\na,0,0.5,F\n");
            assertInputError("predictions.csv, line 4, column 'id': duplicate id 'a' (also on line 2). Ids must be"
                    + " unique: remove the duplicate row.",
                    () -> read(repeated));
            Path empty = csv(HEADER + " ,1,0.5,M\n");
            assertInputError("predictions.csv, line 2, column 'id': the id is empty. Fill it in or remove the row.",
                    () -> read(empty));
        }
    }
}
