package dev.fairness.dataset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.fairness.dataset.Errors.assertInputError;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ManifestReaderTest {
    private static final LabelSpec EFFUSION = LabelSpec.binaryColumns(List.of("Effusion"));

    @TempDir
    Path dir;
    Path manifest;

    @BeforeEach
    void images() throws IOException {
        manifest = dir.resolve("manifest.csv");
        Files.createDirectories(dir.resolve("images"));
        for (String name : List.of("a.png", "b.png", "c.png", "d.png", "e.png", "f.png")) {
            Files.write(dir.resolve("images").resolve(name), new byte[] {1});
        }
    }

    private void manifest(String content) throws IOException {
        Files.write(manifest, content.getBytes(StandardCharsets.UTF_8));
    }

    private Manifest read(LabelSpec labels, String... attributes) {
        return ManifestReader.read(ManifestSpec.of(manifest, labels, List.of(attributes)));
    }

    private static List<Boolean> truth(Boolean... values) {
        return List.of(values);
    }

    /** A job that reads no image (a shard merge) reads the rows without looking for the images. */
    @Nested
    class WithoutImages {
        @Test
        void readsTheSameRowsAndIdsWhenTheImagesAndTheImageRootAreAbsent() throws IOException {
            manifest("image,Effusion,sex\nimages/a.png,1,M\nimages/./sub/../b.png,0,F\n");
            Manifest withImages = read(EFFUSION, "sex");
            Path absentRoot = dir.resolve("no-images-here");

            Manifest without = ManifestReader.readWithoutImages(new ManifestSpec(manifest, null, null, EFFUSION,
                    List.of("sex"), absentRoot));

            assertEquals(withImages.rows().stream().map(ManifestRow::id).toList(),
                    without.rows().stream().map(ManifestRow::id).toList());
            assertEquals(List.of("images/a.png", "images/b.png"), without.rows().stream().map(ManifestRow::id).toList());
            assertEquals(absentRoot.resolve("images/b.png"), without.row(1).image());
            assertEquals(withImages.row(1).truth(), without.row(1).truth());
            assertEquals(List.of("F"), without.row(1).attributes());
        }

        @Test
        void stillRefusesAnImagePathThatLeavesTheImageRoot() throws IOException {
            Path data = Files.createDirectories(dir.resolve("data"));
            manifest = data.resolve("manifest.csv");
            manifest("image,Effusion\nimages/a.png,1\n../images/a.png,1\n");
            assertInputError("manifest.csv, line 3, column 'image': image path '../images/a.png' resolves to "
                    + dir.resolve("images/a.png").toAbsolutePath() + ", outside the image root "
                    + data.toAbsolutePath() + " (symbolic links are followed). Move the image into the image root "
                    + "(or a subfolder), or set <imageRoot> to a folder that contains it.",
                    () -> ManifestReader.readWithoutImages(ManifestSpec.of(manifest, EFFUSION, List.of())));
        }
    }

    @Nested
    class Reads {
        @Test
        void binaryLabelColumnsWithAttributesIdsAndLineNumbers() throws IOException {
            manifest("image,Effusion,Atelectasis,sex,age\n"
                    + "images/a.png,1,0,M,61\n"
                    + "images/b.png, TRUE ,no,F,\n"
                    + "images/c.png,Yes,False, M ,40\n");
            Manifest m = read(LabelSpec.binaryColumns(List.of("Effusion", "Atelectasis")), "sex", "age");

            assertEquals(List.of("Effusion", "Atelectasis"), m.labels());
            assertEquals(List.of("sex", "age"), m.attributeNames());
            assertEquals(3, m.size());
            assertEquals(new ManifestRow(2, "images/a.png", dir.resolve("images/a.png").toRealPath(),
                    truth(true, false), List.of("M", "61")), m.row(0));
            assertEquals(new ManifestRow(3, "images/b.png", dir.resolve("images/b.png").toRealPath(),
                    truth(true, false), List.of("F", "")), m.row(1));
            assertEquals(new ManifestRow(4, "images/c.png", dir.resolve("images/c.png").toRealPath(),
                    truth(true, false), List.of(" M ", "40")), m.row(2));
            assertEquals("manifest.csv, line 3", m.location(1));
        }

        @Test
        void utf8ByteOrderMarkAndCrlfLineEnds() throws IOException {
            manifest("\uFEFFimage,Effusion,sex\r\nimages/a.png,1,M\r\nimages/b.png,0,F\r\n");
            Manifest m = read(EFFUSION, "sex");

            assertEquals(2, m.size());
            assertEquals(truth(true), m.row(0).truth());
            assertEquals(List.of("F"), m.row(1).attributes());
            assertEquals(3, m.row(1).line());
        }

        @Test
        void findingListAsMultiLabel() throws IOException {
            manifest("Image Index,Finding Labels,Patient Gender\n"
                    + "images/a.png,Effusion|Atelectasis,M\n"
                    + "images/b.png,No Finding,F\n"
                    + "images/c.png, Atelectasis ,F\n"
                    + "images/d.png,Effusion|Effusion,M\n");
            LabelSpec spec = LabelSpec.findingList("Finding Labels", "|", List.of("Effusion", "Atelectasis"));
            Manifest m = ManifestReader.read(
                    new ManifestSpec(manifest, "Image Index", null, spec, List.of("Patient Gender")));

            assertEquals(List.of("Effusion", "Atelectasis"), m.labels());
            assertEquals(truth(true, true), m.row(0).truth());
            assertEquals(truth(false, false), m.row(1).truth());
            assertEquals(truth(false, true), m.row(2).truth());
            assertEquals(truth(true, false), m.row(3).truth());
        }

        @Test
        void findingListWithItsNoneValueAsALabel() throws IOException {
            manifest("image,findings\nimages/a.png,none\nimages/b.png,Mass;Nodule\n");
            LabelSpec spec = new LabelSpec.FindingList("findings", ";", List.of("none", "Mass", "Nodule"), "none");
            Manifest m = read(spec);

            assertEquals(truth(true, false, false), m.row(0).truth());
            assertEquals(truth(false, true, true), m.row(1).truth());
        }

        @Test
        void multiClassAsOneVersusRest() throws IOException {
            manifest("image,finding\n"
                    + "images/a.png,COVID-19\n"
                    + "images/b.png,\"COVID-19, ARDS\"\n"
                    + "images/c.png,No Finding\n");
            Manifest m = read(LabelSpec.multiClass("finding", List.of("COVID-19", "COVID-19, ARDS", "No Finding")));

            assertEquals(List.of("COVID-19", "COVID-19, ARDS", "No Finding"), m.labels());
            assertEquals(truth(true, false, false), m.row(0).truth());
            assertEquals(truth(false, true, false), m.row(1).truth());
            assertEquals(truth(false, false, true), m.row(2).truth());
        }

        @Test
        void idsFromAConfiguredColumn() throws IOException {
            manifest("file,key,Effusion\nimages/a.png,p1-a,1\nimages/b.png,p1-b,0\n");
            Manifest m = ManifestReader.read(new ManifestSpec(manifest, "file", "key", EFFUSION, null));

            assertEquals("p1-a", m.row(0).id());
            assertEquals(dir.resolve("images/b.png").toRealPath(), m.row(1).image());
        }

        @Test
        void imagePathsNormalisedIntoIdsRelativeToTheManifestFolder() throws IOException {
            String absolute = dir.resolve("images/b.png").toAbsolutePath().toString();
            manifest("image,Effusion\n./images/x/../a.png,1\n\"" + absolute + "\",0\n");
            Manifest m = read(EFFUSION);

            assertEquals("images/a.png", m.row(0).id());
            assertEquals("images/b.png", m.row(1).id());
        }

        @Test
        void blankLinesSkippedAndLineNumbersCountQuotedLineBreaks() throws IOException {
            manifest("image,Effusion,note\n\nimages/a.png,1,\"two\nlines\"\n\nimages/b.png,0,x\n");
            Manifest m = read(EFFUSION, "note");

            assertEquals(List.of("two\nlines"), m.row(0).attributes());
            assertEquals(3, m.row(0).line());
            assertEquals(6, m.row(1).line());
        }

        @Test
        void toPredictionsJoinsScoresToTruthAndAttributes() throws IOException {
            manifest("image,Effusion,sex\nimages/a.png,1,M\nimages/b.png,0,F\n");
            Predictions p = read(EFFUSION, "sex").toPredictions(new double[][] {{0.9, 0.2}});

            assertEquals("images/b.png", p.id(1));
            assertEquals(true, p.truth(0)[0]);
            assertEquals(0.2, p.scores(0)[1]);
            assertEquals(List.of("M", "F"), List.of(p.attribute("sex")));
        }
    }

    @Nested
    class Fails {
        @Test
        void whenTheManifestIsMissing() {
            Path missing = dir.resolve("missing.csv");
            assertInputError("Test set manifest not found: " + missing
                            + ". Set <manifest> to an existing CSV file.",
                    () -> ManifestReader.read(ManifestSpec.of(missing, EFFUSION, null)));
        }

        @Test
        void whenTheManifestIsEmpty() throws IOException {
            manifest("");
            assertInputError("manifest.csv is empty: expected a header line with the column names, then one row"
                    + " per image. Add them, or set <manifest> to another file.", () -> read(EFFUSION));
        }

        @Test
        void whenTheManifestHasOnlyAHeader() throws IOException {
            manifest("image,Effusion\r\n");
            assertInputError("manifest.csv has a header but no rows: expected one row per image."
                    + " Add rows, or set <manifest> to another file.", () -> read(EFFUSION));
        }

        @Test
        void whenAConfiguredColumnIsMissingListingTheColumnsThatExist() throws IOException {
            manifest("image,Effusion,sex\nimages/a.png,1,M\n");
            assertInputError("manifest.csv, line 1: column 'Atelectasis' not found; found columns: 'image',"
                            + " 'Effusion', 'sex'. Add the column to the file or fix <labels>.",
                    () -> read(LabelSpec.binaryColumns(List.of("Effusion", "Atelectasis"))));
            assertInputError("manifest.csv, line 1: column 'age' not found; found columns: 'image',"
                    + " 'Effusion', 'sex'. Add the column to the file or fix <attributes>.",
                    () -> read(EFFUSION, "sex", "age"));
            assertInputError("manifest.csv, line 1: column 'path' not found; found columns: 'image',"
                            + " 'Effusion', 'sex'. Add the column to the file or fix <imageColumn>.",
                    () -> ManifestReader.read(new ManifestSpec(manifest, "path", null, EFFUSION, null)));
            assertInputError("manifest.csv, line 1: column 'finding' not found; found columns: 'image',"
                            + " 'Effusion', 'sex'. Add the column to the file or fix <labelColumn>.",
                    () -> read(LabelSpec.multiClass("finding", List.of("A"))));
        }

        @Test
        void whenAColumnUsedAppearsTwiceInTheHeader() throws IOException {
            manifest("image,sex,Effusion,sex\nimages/a.png,M,1,F\n");
            assertInputError("manifest.csv, line 1: column 'sex' appears twice in the header (columns 2 and 4)."
                    + " Rename or remove one of them.", () -> read(EFFUSION, "sex"));
        }

        @Test
        void whenARowHasMoreCellsThanTheHeader() throws IOException {
            manifest("image,Effusion,sex\nimages/a.png,1,M\nimages/b.png,0,F,extra\n");
            assertInputError("manifest.csv, line 3: expected 3 cells (one per header column), found 4."
                    + " Quote cells that contain commas, or fix the row.", () -> read(EFFUSION, "sex"));
        }

        @Test
        void whenARowHasFewerCellsThanTheHeader() throws IOException {
            manifest("image,Effusion,sex\r\nimages/a.png,1\r\n");
            assertInputError("manifest.csv, line 2: expected 3 cells (one per header column), found 2."
                    + " Quote cells that contain commas, or fix the row.", () -> read(EFFUSION, "sex"));
        }

        @Test
        void whenABinaryLabelIsNotZeroOrOne() throws IOException {
            manifest("image,Effusion\nimages/a.png,1\nimages/b.png,0\nimages/c.png,1\nimages/d.png,0\n"
                    + "images/e.png,1\nimages/f.png,maybe\n");
            assertInputError("manifest.csv, line 7, column 'Effusion': expected 0 or 1 (or true/false, yes/no),"
                    + " found 'maybe'. Fix the value or remove the row.", () -> read(EFFUSION));
        }

        @Test
        void whenAMultiClassValueIsNotAClass() throws IOException {
            manifest("image,finding\nimages/a.png,COVID-19\nimages/b.png,SARS\n");
            assertInputError("manifest.csv, line 3, column 'finding': expected one of 'COVID-19', 'No Finding',"
                            + " found 'SARS'. Add 'SARS' to <classes>, fix the value or remove the row.",
                    () -> read(LabelSpec.multiClass("finding", List.of("COVID-19", "No Finding"))));
        }

        @Test
        void whenAFindingIsUnknown() throws IOException {
            manifest("image,Finding Labels\nimages/a.png,Effusion|Hernia\n");
            assertInputError("manifest.csv, line 2, column 'Finding Labels': unknown finding 'Hernia' (expected"
                            + " findings from 'Effusion', 'Mass' separated by '|', or 'No Finding'). Add 'Hernia'"
                            + " to <classes>, fix the value or remove the row.",
                    () -> read(LabelSpec.findingList("Finding Labels", "|", List.of("Effusion", "Mass"))));
        }

        @Test
        void whenAFindingListIsEmptyOrCombinesNoneWithFindings() throws IOException {
            LabelSpec spec = LabelSpec.findingList("Finding Labels", "|", List.of("Effusion", "Mass"));
            for (String bad : List.of("", "Effusion||Mass", "No Finding|Mass")) {
                manifest("image,Finding Labels\nimages/a.png," + bad + "\n");
                assertInputError("manifest.csv, line 2, column 'Finding Labels': expected findings from 'Effusion',"
                        + " 'Mass' separated by '|', or 'No Finding' alone, found '" + bad + "'. Fix the value or"
                        + " remove the row.", () -> read(spec));
            }
        }

        @Test
        void whenTheImagePathIsEmpty() throws IOException {
            manifest("image,Effusion\nimages/a.png,1\n  ,0\n");
            assertInputError("manifest.csv, line 3, column 'image': the image path is empty. Fill in the image's"
                    + " path relative to the image root (<imageRoot>, by default the manifest's folder), or remove"
                    + " the row.", () -> read(EFFUSION));
        }

        @Test
        void whenTheImagePathLeavesTheManifestFolder() throws IOException {
            Path data = dir.resolve("data");
            Files.createDirectories(data);
            manifest = data.resolve("manifest.csv");
            Path outside = dir.resolve("images/a.png").toAbsolutePath();
            manifest("image,Effusion\n../images/a.png,1\n");
            assertInputError("manifest.csv, line 2, column 'image': image path '../images/a.png' resolves to "
                    + outside + ", outside the image root " + data.toAbsolutePath() + " (symbolic links are"
                    + " followed). Move the image into the image root (or a subfolder), or set <imageRoot> to a"
                    + " folder that contains it.", () -> read(EFFUSION));
            manifest("image,Effusion\n" + outside + ",1\n");
            assertInputError("manifest.csv, line 2, column 'image': image path '" + outside + "' resolves to "
                    + outside + ", outside the image root " + data.toAbsolutePath() + " (symbolic links are"
                    + " followed). Move the image into the image root (or a subfolder), or set <imageRoot> to a"
                    + " folder that contains it.", () -> read(EFFUSION));
        }

        @Test
        void whenTheImageFileIsMissing() throws IOException {
            manifest("image,Effusion\nimages/a.png,1\nimages/zzz.png,0\n");
            assertInputError("manifest.csv, line 3, column 'image': image file not found: "
                            + dir.resolve("images/zzz.png").toAbsolutePath()
                            + ". Fix the path (relative to the image root " + dir.toAbsolutePath() + ") or remove the"
                            + " row.",
                    () -> read(EFFUSION));
        }

        @Test
        void whenTwoRowsHaveTheSameImage() throws IOException {
            manifest("image,Effusion\nimages/a.png,1\nimages/b.png,1\n./images/a.png,0\n");
            assertInputError("manifest.csv, line 4, column 'image': duplicate id 'images/a.png' (also on line 2)."
                    + " Ids must be unique: remove the duplicate row or use a column with unique values as the id.",
                    () -> read(EFFUSION));
        }

        @Test
        void whenTwoRowsHaveTheSameIdOrAnEmptyId() throws IOException {
            manifest("image,key,Effusion\nimages/a.png,k1,1\nimages/b.png,k1,0\n");
            ManifestSpec spec = new ManifestSpec(manifest, null, "key", EFFUSION, null);
            assertInputError("manifest.csv, line 3, column 'key': duplicate id 'k1' (also on line 2)."
                    + " Ids must be unique: remove the duplicate row or use a column with unique values as the id.",
                    () -> ManifestReader.read(spec));
            manifest("image,key,Effusion\nimages/a.png,,1\n");
            assertInputError("manifest.csv, line 2, column 'key': the id is empty. Fill it in or remove the row.",
                    () -> ManifestReader.read(spec));
        }

        @Test
        void whenTheCsvIsMalformed() throws IOException {
            manifest("image,Effusion\nimages/a.png,1\n\"images/b.png,0\nimages/c.png,1\n");
            assertInputError("manifest.csv, line 3: not valid CSV (Missing closing quote for value). Fix the file:"
                    + " save it as UTF-8 and quote cells that contain commas, quotes or line breaks (a quote inside"
                    + " a quoted cell is written \"\").", () -> read(EFFUSION));
        }

        @Test
        void whenTheFileIsNotUtf8() throws IOException {
            Files.write(manifest, "image,Effusion,sex\nimages/a.png,1,M\u00e4nnlich\n".getBytes(StandardCharsets.ISO_8859_1));
            assertInputError("manifest.csv, line 2: the text is not UTF-8 encoded. Save the file as UTF-8"
                    + " (in Excel: \"CSV UTF-8\").", () -> read(EFFUSION, "sex"));
        }
    }

    @Nested
    class RejectsConfiguration {
        @Test
        void withNoClasses() {
            assertInputError("Invalid <classes>: the list is empty. List every value of the label column, e.g."
                    + " <classes><class>COVID-19</class></classes>.", () -> LabelSpec.multiClass("finding", List.of()));
        }

        @Test
        void withAClassListedTwice() {
            assertInputError("Invalid <classes>: 'Mass' is listed twice. List each name once.",
                    () -> LabelSpec.findingList("f", "|", List.of("Mass", " Mass")));
        }

        @Test
        void withAnEmptySeparator() {
            assertInputError("Invalid <labelSeparator>: it is empty. Set it to the text between findings, e.g. |.",
                    () -> LabelSpec.findingList("f", "", List.of("Mass")));
        }

        @Test
        void withAnAttributeListedTwice() {
            assertInputError("Invalid <attributes>: 'sex' is listed twice. List each attribute column once.", () -> ManifestSpec.of(Path.of("m.csv"), EFFUSION,
                    List.of("sex", "age", "sex")));
        }
    }
}
