package dev.fairness.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.InputException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every run clears and rewrites its output directory, so a baseline kept there would be gone or replaced by the
 * run's own files before the comparison: {@code <baseline>} pointing into it, and {@code fairness:baseline} writing
 * into it, are refused with what to do instead.
 */
class BaselineOutsideOutputDirectoryTest {
    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("target/fairness");
    }

    private Configuration withBaseline(Path predictions, Path json) {
        Configuration c = ConfigurationFixture.valid();
        c.outputDirectory = out().toFile();
        c.baseline = new BaselineConfiguration();
        c.baseline.predictions = predictions.toFile();
        c.baseline.fairnessJson = json == null ? null : json.toFile();
        return c;
    }

    @Test
    void aBaselineInsideTheOutputDirectoryIsRefusedSayingWhereToKeepIt() {
        // the run has already removed the previous results: the file need not exist for the message to be right
        Path predictions = out().resolve("baseline/predictions.csv");

        InputException e = assertThrows(InputException.class,
                () -> SpecReader.comparison(withBaseline(predictions, null)));
        assertEquals("<baseline><predictions> " + predictions + " is inside the output directory " + out() + ", which "
                + "every run clears and overwrites: the baseline would be deleted or replaced by this run's own results "
                + "before the comparison. Keep the baseline under src/ (fairness:baseline writes to "
                + "src/test/fairness/baseline by default), or copy it out of the output directory first (for example "
                + "to target/fairness-baseline) and point <baseline><predictions> there.", e.getMessage());
    }

    @Test
    void aBaselineFairnessJsonInsideTheOutputDirectoryIsRefusedToo() throws Exception {
        Path predictions = Files.writeString(Files.createDirectories(dir.resolve("src/test/fairness/baseline"))
                .resolve("predictions.csv"), "id,true_Effusion,score_Effusion,sex\n");
        Path json = out().resolve("fairness.json");

        InputException e = assertThrows(InputException.class,
                () -> SpecReader.comparison(withBaseline(predictions, json)));
        assertTrue(e.getMessage().startsWith("<baseline><fairnessJson> " + json + " is inside the output directory "
                + out() + ", which every run clears and overwrites"), e.getMessage());
    }

    @Test
    void aFolderBesideTheOutputDirectoryWhoseNameStartsLikeItIsOutside() throws Exception {
        Path predictions = Files.writeString(Files.createDirectories(dir.resolve("target/fairness-baseline"))
                .resolve("predictions.csv"), "id,true_Effusion,score_Effusion,sex\n");

        assertDoesNotThrow(() -> SpecReader.comparison(withBaseline(predictions, null)));
        assertFalse(OutputDirectoryGuard.inside(predictions, out()));
    }

    @Test
    void aSymbolicLinkIntoTheOutputDirectoryIsInside() throws Exception {
        Path kept = Files.writeString(Files.createDirectories(out().resolve("baseline")).resolve("predictions.csv"), "x");
        Path link = Files.createSymbolicLink(dir.resolve("baseline-link"), out().resolve("baseline"));

        assertTrue(OutputDirectoryGuard.inside(link.resolve("predictions.csv"), out()));
        assertTrue(Files.exists(kept));
    }

    @Test
    void theBaselineGoalRefusesToWriteIntoTheOutputDirectory() {
        BaselineMojo goal = new BaselineMojo();
        goal.outputDirectory = out().toFile();
        goal.baselineDirectory = new File(out().toFile(), "baseline");

        MojoExecutionException e = assertThrows(MojoExecutionException.class, goal::execute);
        assertEquals("<baselineDirectory> " + out().resolve("baseline") + " is inside the output directory " + out()
                + ", which every run of the plugin clears and overwrites: the next build would delete or replace the "
                + "baseline before comparing with it. Write it under src/ (the default is src/test/fairness/baseline) "
                + "to commit it, or outside the output directory (for example target/fairness-baseline) to keep it as "
                + "a CI artifact.", e.getMessage());
        assertFalse(Files.exists(out().resolve("baseline")), "nothing was written");
    }

    @Test
    void theBaselineGoalRefusesTheOutputDirectoryItself() {
        InputException e = assertThrows(InputException.class,
                () -> OutputDirectoryGuard.baselineDirectory(out().toFile(), out().toFile()));
        assertTrue(e.getMessage().startsWith("<baselineDirectory> " + out() + " is inside the output directory"),
                e.getMessage());
    }
}
