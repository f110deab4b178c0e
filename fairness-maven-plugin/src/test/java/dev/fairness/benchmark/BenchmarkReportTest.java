package dev.fairness.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's printed figures: the default JVM's stay the headline, a tuned jvm.config's are labelled beside. */
class BenchmarkReportTest {
    @TempDir
    Path dir;

    private static TimedProcess run(double wall, double cpu) {
        return new TimedProcess(wall, cpu, 512 * 1024, 1.5, 0, Path.of("x.log"));
    }

    @Test
    void tunedRunsArePrintedBesideTheDefaultOnesLabelledWithTheirJvmConfigAndTheirOwnRatio() throws IOException {
        BenchmarkReport report = new BenchmarkReport(dir.resolve("results.md"));
        List<TimedProcess> anchor = List.of(run(300, 310));
        report.summary(1_000_000, anchor, List.of(run(4, 7.5)), List.of(2.5), List.of(), List.of());
        JobRuns tuned = new JobRuns();
        tuned.plugin.add(run(3, 5));
        tuned.goal.add(1.5);
        report.tuned(1_000_000, "-XX:TieredStopAtLevel=1", anchor, tuned);
        report.table();

        List<String> lines = Files.readAllLines(dir.resolve("results.md"));
        assertEquals(List.of("  with .mvn/jvm.config -XX:TieredStopAtLevel=1: plugin wall 3.00 s, CPU 5.00 s (goal 1.50 s,"
                + " peak 0.50 GB); ratio fairlearn / tuned plugin 100.0× wall, 62.0× CPU (tuned)"),
                lines.stream().filter(line -> line.startsWith("  with .mvn/jvm.config")).toList());
        assertEquals(List.of(
                "| 1,000,000 | fairlearn_job.py | 1 | 300.00 s | 310.00 s | 0.50 GB |  | 1.5–1.5 | 75.0× wall, 41.3× CPU |",
                "| 1,000,000 | mvn -o verify, bootstrap off | 1 | 4.00 s | 7.50 s | 0.50 GB | 2.50 s | 1.5–1.5 |  |",
                "| 1,000,000 | mvn -o verify, bootstrap off, jvm.config `-XX:TieredStopAtLevel=1` | 1 | 3.00 s | 5.00 s "
                        + "| 0.50 GB | 1.50 s | 1.5–1.5 | 100.0× wall, 62.0× CPU (tuned) |"),
                lines.subList(lines.size() - 3, lines.size()));
    }
}
