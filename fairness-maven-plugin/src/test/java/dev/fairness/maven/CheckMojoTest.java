package dev.fairness.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check goal ends a user error as Maven's execution error with the message alone, before any work. */
class CheckMojoTest {
    @TempDir
    Path dir;

    private CheckMojo goal() throws IOException {
        CheckMojo goal = new CheckMojo();
        goal.project = new MavenProject();
        goal.predictions = Files.writeString(dir.resolve("predictions.csv"),
                "id,true_y,score_y,sex\na,1,0.9,M\nb,0,0.2,F\n").toFile();
        goal.labels = List.of("y");
        goal.attributes = List.of("sex");
        goal.imageColumn = "image";
        goal.noneValue = "No Finding";
        goal.outputs = "probabilities";
        goal.device = "auto";
        goal.threshold = 0.5;
        goal.thresholdMethod = "fixed";
        goal.confidenceLevel = 0.95;
        goal.outputDirectory = dir.resolve("out").toFile();
        return goal;
    }

    @Test
    void aBadParameterIsAUserErrorWithTheReadersMessage() throws IOException {
        CheckMojo goal = goal();
        goal.threshold = Double.NaN;

        MojoExecutionException e = assertThrows(MojoExecutionException.class, goal::execute);

        assertEquals("<threshold> must be a number between 0 and 1, e.g. 0.5; found NaN.", e.getMessage());
        assertNull(e.getCause(), "the cause is attached at debug level only");
    }

    @Test
    void anOutputDirectoryThatIsAFileIsAUserError() throws IOException {
        CheckMojo goal = goal();
        File file = Files.writeString(dir.resolve("results"), "not a folder\n").toFile();
        goal.outputDirectory = file;

        MojoExecutionException e = assertThrows(MojoExecutionException.class, goal::execute);

        assertEquals("The output directory " + file.toPath().toAbsolutePath() + " is a file, not a folder. Delete or "
                + "rename the file, or set <outputDirectory> (property fairness.outputDirectory) to a writable folder.",
                e.getMessage());
    }
}
