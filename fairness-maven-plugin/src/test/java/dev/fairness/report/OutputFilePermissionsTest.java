package dev.fairness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.fairness.cache.EvaluationCache;
import dev.fairness.cache.EvaluationKey;
import dev.fairness.cache.EvaluationKeys;
import dev.fairness.dataset.PredictionsCsvWriter;
import dev.fairness.engine.EvaluationResult;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every writer of the output directory leaves files that other users (a CI container with another uid) can read:
 * the mode a plainly created file gets, {@code rw-r--r--} under the usual {@code 022} umask, not {@code 0600}.
 */
class OutputFilePermissionsTest {
    @TempDir
    Path dir;

    @Test
    void fairnessJsonPredictionsReportAndCacheFilesGetTheUsualMode() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file modes only");
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain")));
        assumeTrue(usual.contains(PosixFilePermission.OTHERS_READ),
                "the umask gives new files no read permission for others; the test would not tell 0600 apart");
        Path out = dir.resolve("out");
        EvaluationResult result = ReportFixtures.evaluate(ReportFixtures.predictions(dir, ReportFixtures.GROUP), 1,
                List.of(ReportFixtures.TPR_DIFFERENCE));

        ResultFiles.write(result, out);
        // the scores came from a predictions file, so ResultFiles wrote none: write the one a model run leaves
        PredictionsCsvWriter.write(result.predictions(), out.resolve(ResultFiles.PREDICTIONS));
        HtmlReportFile.write(ReportFixtures.page(ReportFixtures.source(result)), out);
        new EvaluationCache(out.resolve("cache")).store(
                new EvaluationKey("m", "f", "i", EvaluationKeys.BY_SIZE_AND_TIME, "c"), result.predictions(),
                JsonNodeFactory.instance.objectNode());

        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            assertEquals(PosixFilePermissions.toString(usual),
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), out.relativize(file).toString());
        }
        assertEquals(List.of("TEST-fairness.xml", "cache/evaluation.json", "cache/predictions-", "fairness.json",
                        "metrics.txt", "predictions.csv", "report.html", "summary.md"),
                files.stream().map(f -> out.relativize(f).toString().replaceAll("-[0-9a-f]{16}\\.csv$", "-"))
                        .toList());
    }
}
