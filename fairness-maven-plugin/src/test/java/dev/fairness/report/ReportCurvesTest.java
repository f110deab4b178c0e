package dev.fairness.report;

import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.LabelResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report's curves read what the engine kept of each label: no copy of the rows, no second packing. */
class ReportCurvesTest {
    private static final int ROWS = 400_000;

    @Test
    void theCurvesOfFourHundredThousandRowsAllocateLessThanHalfAnIntARow(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("predictions.csv");
        SplittableRandom random = new SplittableRandom(7);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,true_y,score_y,group\n");
            for (int i = 0; i < ROWS; i++) {
                boolean positive = random.nextInt(4) == 0;
                double score = Math.min(1, random.nextDouble() * 0.8 + (positive ? 0.2 : 0));
                out.write(String.format(Locale.ROOT, "r%d,%d,%.5f,%s%n", i, positive ? 1 : 0, score,
                        "abcd".charAt(random.nextInt(4))));
            }
        }
        EvaluationResult result = ReportFixtures.evaluate(file, 1, List.of());
        LabelResult label = result.labels().get(0);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

        new ReportCurves(result).roc(label, "group"); // first use: classes loaded and linked, which allocates too
        new ReportCurves(result).reliability(label, "group");

        long before = threads.getCurrentThreadAllocatedBytes();
        ReportCurves curves = new ReportCurves(result);
        List<RocCurve> roc = curves.roc(label, "group");
        List<ReliabilityCurve> reliability = curves.reliability(label, "group");
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertEquals(4, roc.size());
        assertEquals(4, reliability.size());
        // a copy of the rows' groups alone is an int a row (main: 4.1 MB); the curves' points and lists about 0.35 MB
        assertTrue(allocated < ROWS * Integer.BYTES / 2, allocated + " bytes allocated for the curves of " + ROWS
                + " rows");
    }
}
