package dev.fairness.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

/** The predictions benchmark's output: every run as it ends, and per size the medians and ratios; printed and kept. */
final class BenchmarkReport {
    private final Path file;
    /** One line per size and job for the closing side-by-side table. */
    private final List<String> table = new java.util.ArrayList<>();

    BenchmarkReport(Path file) {
        this.file = file;
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(String text) {
        System.out.println(text);
        try {
            Files.writeString(file, text + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TimedProcess run(String job, int round, TimedProcess run) {
        line(String.format(Locale.ROOT, "  round %d  %-26s wall %7.2f s  CPU %7.2f s  peak %.2f GB  load %.2f", round,
                job, run.wallSeconds(), run.cpuSeconds(), run.peakGigabytes(), run.loadBefore()));
        return run;
    }

    double goal(double seconds) {
        line(String.format(Locale.ROOT, "      goal %.2f s (from the build log's timestamps)", seconds));
        return seconds;
    }

    void summary(int rows, List<TimedProcess> anchor, List<TimedProcess> plugin, List<Double> goal,
                 List<TimedProcess> replicated, List<Double> replicatedGoal) {
        line(String.format(Locale.ROOT, "  %,d rows, medians: plugin wall %.2f s (goal %.2f s, peak %.2f GB)", rows,
                median(plugin.stream().mapToDouble(TimedProcess::wallSeconds).toArray()),
                median(goal.stream().mapToDouble(Double::doubleValue).toArray()),
                median(plugin.stream().mapToDouble(TimedProcess::peakGigabytes).toArray())));
        if (!anchor.isEmpty()) {
            double anchorWall = median(anchor.stream().mapToDouble(TimedProcess::wallSeconds).toArray());
            line(String.format(Locale.ROOT, "  fairlearn wall %.2f s (peak %.2f GB); ratio fairlearn / plugin: "
                            + "%.1f× (whole mvn -o verify), %.1f× (goal)", anchorWall,
                    median(anchor.stream().mapToDouble(TimedProcess::peakGigabytes).toArray()),
                    anchorWall / median(plugin.stream().mapToDouble(TimedProcess::wallSeconds).toArray()),
                    anchorWall / median(goal.stream().mapToDouble(Double::doubleValue).toArray())));
            line(String.format(Locale.ROOT, "  CPU (user + system) medians: fairlearn %.2f s, plugin %.2f s, ratio %.1f×"
                            + " (less sensitive to other processes than wall time)",
                    median(anchor.stream().mapToDouble(TimedProcess::cpuSeconds).toArray()),
                    median(plugin.stream().mapToDouble(TimedProcess::cpuSeconds).toArray()),
                    median(anchor.stream().mapToDouble(TimedProcess::cpuSeconds).toArray())
                            / median(plugin.stream().mapToDouble(TimedProcess::cpuSeconds).toArray())));
            for (int i = 0; i < Math.min(anchor.size(), plugin.size()); i++) {
                line(String.format(Locale.ROOT, "    round %d ratio %.1f× (wall), %.1f× (CPU)", i + 1,
                        anchor.get(i).wallSeconds() / plugin.get(i).wallSeconds(),
                        anchor.get(i).cpuSeconds() / plugin.get(i).cpuSeconds()));
            }
        }
        double pluginWall = median(plugin.stream().mapToDouble(TimedProcess::wallSeconds).toArray());
        double pluginCpu = median(plugin.stream().mapToDouble(TimedProcess::cpuSeconds).toArray());
        if (!anchor.isEmpty()) {
            double anchorWall = median(anchor.stream().mapToDouble(TimedProcess::wallSeconds).toArray());
            double anchorCpu = median(anchor.stream().mapToDouble(TimedProcess::cpuSeconds).toArray());
            tableRow(rows, "fairlearn_job.py", anchor, Double.NaN, String.format(Locale.ROOT, "%.1f× wall, %.1f× CPU",
                    anchorWall / pluginWall, anchorCpu / pluginCpu));
        }
        tableRow(rows, "mvn -o verify, bootstrap off", plugin,
                median(goal.stream().mapToDouble(Double::doubleValue).toArray()), "");
        if (!replicated.isEmpty()) {
            tableRow(rows, "mvn -o verify, 1,000 replicates", replicated,
                    median(replicatedGoal.stream().mapToDouble(Double::doubleValue).toArray()), "");
        }
        if (!replicated.isEmpty()) {
            line(String.format(Locale.ROOT, "  with 1,000 replicates: wall %.2f s, goal %.2f s, peak %.2f GB",
                    median(replicated.stream().mapToDouble(TimedProcess::wallSeconds).toArray()),
                    median(replicatedGoal.stream().mapToDouble(Double::doubleValue).toArray()),
                    median(replicated.stream().mapToDouble(TimedProcess::peakGigabytes).toArray())));
        }
    }

    /**
     * The runs with a tuned {@code .mvn/jvm.config}, beside the default ones: their medians, their own ratio to
     * the anchor, and table rows labelled with the options (the headline stays the default JVM's).
     */
    void tuned(int rows, String jvmConfig, List<TimedProcess> anchor, JobRuns runs) {
        double wall = median(runs.plugin.stream().mapToDouble(TimedProcess::wallSeconds).toArray());
        double cpu = median(runs.plugin.stream().mapToDouble(TimedProcess::cpuSeconds).toArray());
        double goal = median(runs.goal.stream().mapToDouble(Double::doubleValue).toArray());
        String ratio = "";
        if (!anchor.isEmpty()) {
            ratio = String.format(Locale.ROOT, "%.1f× wall, %.1f× CPU (tuned)",
                    median(anchor.stream().mapToDouble(TimedProcess::wallSeconds).toArray()) / wall,
                    median(anchor.stream().mapToDouble(TimedProcess::cpuSeconds).toArray()) / cpu);
        }
        line(String.format(Locale.ROOT, "  with .mvn/jvm.config %s: plugin wall %.2f s, CPU %.2f s (goal %.2f s, "
                        + "peak %.2f GB)%s", jvmConfig, wall, cpu, goal,
                median(runs.plugin.stream().mapToDouble(TimedProcess::peakGigabytes).toArray()),
                ratio.isEmpty() ? "" : "; ratio fairlearn / tuned plugin " + ratio));
        tableRow(rows, "mvn -o verify, bootstrap off, jvm.config `" + jvmConfig + "`", runs.plugin, goal, ratio);
        if (!runs.replicated.isEmpty()) {
            double replicatedGoal = median(runs.replicatedGoal.stream().mapToDouble(Double::doubleValue).toArray());
            line(String.format(Locale.ROOT, "  with .mvn/jvm.config %s and 1,000 replicates: wall %.2f s, CPU %.2f s, "
                            + "goal %.2f s, peak %.2f GB", jvmConfig,
                    median(runs.replicated.stream().mapToDouble(TimedProcess::wallSeconds).toArray()),
                    median(runs.replicated.stream().mapToDouble(TimedProcess::cpuSeconds).toArray()), replicatedGoal,
                    median(runs.replicated.stream().mapToDouble(TimedProcess::peakGigabytes).toArray())));
            tableRow(rows, "mvn -o verify, 1,000 replicates, jvm.config `" + jvmConfig + "`", runs.replicated,
                    replicatedGoal, "");
        }
    }

    private void tableRow(int rows, String job, List<TimedProcess> runs, double goal, String ratio) {
        table.add(String.format(Locale.ROOT, "| %,d | %s | %d | %.2f s | %.2f s | %.2f GB | %s | %.1f–%.1f | %s |", rows,
                job, runs.size(), median(runs.stream().mapToDouble(TimedProcess::wallSeconds).toArray()),
                median(runs.stream().mapToDouble(TimedProcess::cpuSeconds).toArray()),
                median(runs.stream().mapToDouble(TimedProcess::peakGigabytes).toArray()),
                Double.isNaN(goal) ? "" : String.format(Locale.ROOT, "%.2f s", goal),
                runs.stream().mapToDouble(TimedProcess::loadBefore).min().orElse(Double.NaN),
                runs.stream().mapToDouble(TimedProcess::loadBefore).max().orElse(Double.NaN), ratio));
    }

    /** Every size and job side by side (medians over the rounds), as a Markdown table. */
    void table() {
        line("\nSide by side (medians; load = 1-minute load average when the runs started, lowest–highest; ratio = "
                + "fairlearn / plugin without the bootstrap):\n");
        line("| rows | job | runs | wall | CPU | peak memory | goal | load | ratio |");
        line("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        table.forEach(this::line);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
