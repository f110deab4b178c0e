package dev.fairness.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fairness.InputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
    private static final List<String> RESULTS = List.of("fairness.json", "predictions.csv", "report.html");

    @TempDir
    Path dir;

    @Test
    void thePreviousRunsResultsAreRemovedAndTheCacheStays() throws IOException {
        Path out = Files.createDirectories(dir.resolve("fairness"));
        for (String name : RESULTS) {
            Files.writeString(out.resolve(name), "{\"verdict\": {\"passed\": true}}");
        }
        Path key = Files.createDirectories(out.resolve("cache")).resolve("evaluation.json");
        Files.writeString(key, "{}");

        OutputFolder.prepare(out, RESULTS);

        for (String name : RESULTS) {
            assertFalse(Files.exists(out.resolve(name)), name);
        }
        assertTrue(Files.exists(key));
        try (var files = Files.list(out)) {
            assertEquals(List.of(out.resolve("cache")), files.toList(), "no probe file is left");
        }
    }

    @Test
    void aResultFileThatIsThisRunsInputIsKept() throws IOException {
        Path out = Files.createDirectories(dir.resolve("fairness"));
        Path predictions = Files.writeString(out.resolve("predictions.csv"), "id,true_y,score_y\n");
        Files.writeString(out.resolve("fairness.json"), "{}");

        // given as <predictions> through another path to the same file
        OutputFolder.prepare(out, RESULTS, List.of(dir.resolve("fairness/../fairness/predictions.csv")));

        assertEquals("id,true_y,score_y\n", Files.readString(predictions));
        assertFalse(Files.exists(out.resolve("fairness.json")));
    }

    @Test
    void aMissingOutputDirectoryIsCreated() {
        OutputFolder.prepare(dir.resolve("target").resolve("fairness"), RESULTS);

        assertTrue(Files.isDirectory(dir.resolve("target").resolve("fairness")));
    }

    @Test
    void anOutputDirectoryThatIsAFileIsAUserErrorThatSaysWhatToDo() throws IOException {
        Path file = Files.writeString(dir.resolve("fairness"), "not a folder");

        InputException e = assertThrows(InputException.class, () -> OutputFolder.prepare(file, RESULTS));

        assertEquals("The output directory " + file + " is a file, not a folder. Delete or rename the file, or set "
                + "<outputDirectory> (property fairness.outputDirectory) to a writable folder.", e.getMessage());
    }

    @Test
    void anOutputDirectoryBelowAFileCannotBeCreated() throws IOException {
        Path file = Files.writeString(dir.resolve("target"), "not a folder");
        Path out = file.resolve("fairness");

        InputException e = assertThrows(InputException.class, () -> OutputFolder.prepare(out, RESULTS));

        assertEquals("Could not create the output directory " + out + " (a file is in the way: " + file + "). Check "
                + "that its parent folders exist as folders and are writable, or set <outputDirectory> (property "
                + "fairness.outputDirectory) to a writable folder.", e.getMessage());
    }

    @Test
    void aReadOnlyOutputDirectoryIsAUserErrorThatSaysWhatToDo() throws Exception {
        Path out = Files.createDirectories(dir.resolve("fairness"));
        try (ReadOnlyFolder readOnly = ReadOnlyFolder.of(out)) {
            assumeTrue(readOnly != null, "cannot make a folder read-only for this user (root without chattr)");

            InputException e = assertThrows(InputException.class, () -> OutputFolder.prepare(out, RESULTS));

            assertTrue(e.getMessage().matches("Cannot write into the output directory " + java.util.regex.Pattern.quote(
                    out.toString()) + " \\((permission denied|operation not permitted)\\)\\. Make it writable for "
                    + "the user running Maven, or set <outputDirectory> \\(property fairness.outputDirectory\\) to "
                    + "a writable folder\\."), e.getMessage());
        }
    }

    @Test
    void aPreviousResultThatCannotBeRemovedIsAUserErrorThatSaysWhy() throws Exception {
        Path out = Files.createDirectories(dir.resolve("fairness"));
        Path json = Files.writeString(out.resolve("fairness.json"), "{\"verdict\": {\"passed\": true}}");
        // an immutable file in a writable folder: the folder passes its check, the file cannot be deleted
        assumeTrue(ReadOnlyFolder.run("chattr", "+i", json.toString()), "chattr +i is not available to this user");
        try {
            InputException e = assertThrows(InputException.class, () -> OutputFolder.prepare(out, RESULTS));

            assertEquals("Could not remove the previous result " + json + " (operation not permitted); it would be "
                    + "taken for this build's result. Delete it and make the output directory writable, or set "
                    + "<outputDirectory> (property fairness.outputDirectory) to a writable folder.", e.getMessage());
        } finally {
            ReadOnlyFolder.run("chattr", "-i", json.toString());
        }
    }

    @Test
    void aResultThatCannotBeWrittenNamesTheFileAndWhatToDo() throws Exception {
        Path out = Files.createDirectories(dir.resolve("fairness"));
        try (ReadOnlyFolder readOnly = ReadOnlyFolder.of(out)) {
            assumeTrue(readOnly != null, "cannot make a folder read-only for this user (root without chattr)");

            InputException e = assertThrows(InputException.class,
                    () -> OutputFolder.write(out.resolve("report.html"), o -> o.write('x')));

            assertNotNull(e.getCause());
            assertTrue(e.getMessage().matches("Could not write " + java.util.regex.Pattern.quote(
                    out.resolve("report.html").toString()) + " \\((permission denied|operation not permitted)\\)\\. "
                    + "Check that the output directory is writable and the disk has space, or set <outputDirectory> "
                    + "\\(property fairness.outputDirectory\\) to a writable folder\\."), e.getMessage());
        }
    }
}
