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
import org.apache.maven.plugin.MojoFailureException;
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

    @Test
    void aViolatedRuleEndsTheBuildWithTheFirstLineThenTheRulesLine() throws IOException {
        CheckMojo goal = goal();
        goal.predictions = Files.writeString(dir.resolve("predictions.csv"),
                "id,true_y,score_y,sex\na,1,0.9,M\nb,1,0.2,F\nc,0,0.1,M\nd,0,0.3,F\n").toFile();
        goal.bootstrap = 0;
        goal.failOnViolation = true;
        RuleConfiguration rule = new RuleConfiguration();
        rule.metric = "tpr";
        rule.attribute = "sex";
        rule.maximum = 0.1;
        goal.rules = List.of(rule);

        MojoFailureException e = assertThrows(MojoFailureException.class, goal::execute);

        assertEquals(String.join(System.lineSeparator(), "Fairness checks have not been met. See log for details.",
                "Rule violated for label 'y', attribute 'sex': TPR difference is 1.000, but expected maximum is 0.100 "
                        + "('M' 1.000, 'F' 0.000)"), e.getMessage());
        // the CI files of the failing run are written before the build fails
        Path out = dir.resolve("out");
        assertEquals(List.of(true, true, true), List.of(Files.isRegularFile(out.resolve("TEST-fairness.xml")),
                Files.isRegularFile(out.resolve("summary.md")), Files.isRegularFile(out.resolve("metrics.txt"))));
    }

    @Test
    void aComparisonLogsTheCandidatesRuleLinesAndEndsTheBuildAsAOneModelCheckDoes() throws IOException {
        CheckMojo alone = violatingGoal("alone");
        List<String> aloneLines = recordedLog(alone);
        MojoFailureException aloneFailure = assertThrows(MojoFailureException.class, alone::execute);
        CheckMojo compared = violatingGoal("compared");
        compared.baseline = new BaselineConfiguration();
        compared.baseline.predictions = Files.copy(compared.predictions.toPath(), dir.resolve("baseline.csv")).toFile();
        List<String> comparedLines = recordedLog(compared);
        MojoFailureException comparedFailure = assertThrows(MojoFailureException.class, compared::execute);

        String ruleLine = "[WARNING] Rule violated for label 'y', attribute 'sex': TPR difference is 1.000, but expected "
                + "maximum is 0.100 ('M' 1.000, 'F' 0.000)";
        assertEquals(List.of(ruleLine), aloneLines.stream().filter(l -> l.contains("Rule ")).toList());
        assertEquals(List.of(ruleLine), comparedLines.stream().filter(l -> l.contains("Rule ")).toList());
        assertEquals(aloneFailure.getMessage(), comparedFailure.getMessage());
    }

    private CheckMojo violatingGoal(String out) throws IOException {
        CheckMojo goal = goal();
        goal.predictions = Files.writeString(dir.resolve(out + ".csv"),
                "id,true_y,score_y,sex\na,1,0.9,M\nb,1,0.2,F\nc,0,0.1,M\nd,0,0.3,F\n").toFile();
        goal.outputDirectory = dir.resolve(out).toFile();
        goal.bootstrap = 0;
        goal.failOnViolation = true;
        RuleConfiguration rule = new RuleConfiguration();
        rule.metric = "tpr";
        rule.attribute = "sex";
        rule.maximum = 0.1;
        goal.rules = List.of(rule);
        return goal;
    }

    /** The lines the goal logs at info level and above, from now on. */
    private static List<String> recordedLog(CheckMojo goal) {
        List<String> lines = new java.util.ArrayList<>();
        goal.setLog(new org.apache.maven.plugin.logging.SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                lines.add("[INFO] " + content);
            }

            @Override
            public void warn(CharSequence content) {
                lines.add("[WARNING] " + content);
            }
        });
        return lines;
    }

    @Test
    void anEarlierRunsCiFilesAreRemovedBeforeAnythingCanFail() throws IOException {
        CheckMojo goal = goal();
        Path out = Files.createDirectories(dir.resolve("out"));
        for (String name : List.of("TEST-fairness.xml", "summary.md", "metrics.txt")) {
            Files.writeString(out.resolve(name), "an earlier run's passing result\n");
        }
        goal.threshold = Double.NaN;

        assertThrows(MojoExecutionException.class, goal::execute);

        assertEquals(List.of(false, false, false), List.of(Files.exists(out.resolve("TEST-fairness.xml")),
                Files.exists(out.resolve("summary.md")), Files.exists(out.resolve("metrics.txt"))));
    }
}
