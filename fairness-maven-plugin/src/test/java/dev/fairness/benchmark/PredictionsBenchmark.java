package dev.fairness.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The predictions path measured beside Fairlearn (issue 13), whole processes on the same file, alternating: the
 * anchor {@code fairlearn_job.py} (pandas + scikit-learn + Fairlearn 0.9, the same per-group metrics and gaps) and
 * {@code mvn -o verify} of a project gating that file with this build's plugin ({@link PluginProject}), bootstrap
 * off; at the sizes in {@code benchmark.bootstrapRows} also with 1,000 replicates. The files are made by
 * {@link NihPredictionsFile} from the real NIH metadata. Prints every run (wall, CPU, peak memory, the goal's own
 * time, the load average when it started) and per size the medians and the ratio; writes the same to
 * {@code results.md} in the work folder. A program run by {@code -Pbenchmark-predictions}, not a test.
 *
 * <p>System properties: {@code fairness.sharedData} (the folder with {@code nih-metadata/}), {@code benchmark.anchor}
 * ({@code fairlearn_job.py}), {@code benchmark.rows} (default 100000,1000000,10000000), {@code benchmark.rounds} (3),
 * {@code benchmark.anchorMaxRows} (1000000: above it the anchor is not run, at about 4 minutes per million rows),
 * {@code benchmark.bootstrapRows} (1000000), {@code benchmark.work}, and the plugin's jar, pom, parent pom, version
 * and the user's local repository ({@code benchmark.pluginJar}, ...), which the profile sets; {@code
 * benchmark.jvmConfig}: JVM options that every plugin run is repeated with, in the project's {@code .mvn/jvm.config}
 * (e.g. {@code -XX:TieredStopAtLevel=1}). The headline figures and the ratio are always Maven's default JVM, as users
 * run it; the tuned runs are printed beside them, labelled with their options.
 */
public final class PredictionsBenchmark {
    private static final long SEED = 13L;
    private static final int REPLICATES = 1000;

    private PredictionsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(System.getProperty("fairness.sharedData", "../../shared/data")).toAbsolutePath().normalize();
        Path metadata = shared.resolve("nih-metadata/Data_Entry_2017_v2020.csv.gz");
        if (!Files.isRegularFile(metadata)) {
            System.out.println("Skipped: the NIH metadata " + metadata + " is absent (set -Dfairness.sharedData=<folder "
                    + "with nih-metadata/>).");
            return;
        }
        Path anchor = Path.of(System.getProperty("benchmark.anchor", "../../shared/anchors/fairlearn_job.py"))
                .toAbsolutePath().normalize();
        boolean anchorRuns = Files.isRegularFile(anchor) && pythonHasPandas();
        if (!anchorRuns) {
            System.out.println("The anchor is not run: " + anchor + " is absent or /usr/bin/python3 lacks pandas, "
                    + "scikit-learn or scipy (apt-get install python3-sklearn python3-pandas python3-scipy).");
        }
        int[] sizes = Arrays.stream(System.getProperty("benchmark.rows", "100000,1000000,10000000").split(","))
                .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        int rounds = Integer.getInteger("benchmark.rounds", 3);
        int anchorMaxRows = Integer.getInteger("benchmark.anchorMaxRows", 1_000_000);
        List<Integer> bootstrapRows = Arrays.stream(System.getProperty("benchmark.bootstrapRows", "1000000").split(","))
                .filter(s -> !s.isBlank()).map(s -> Integer.parseInt(s.trim())).toList();
        Path work = Path.of(System.getProperty("benchmark.work", "target/benchmark-predictions")).toAbsolutePath();
        PluginProject project = PluginProject.create(work.resolve("project"), System.getProperty("benchmark.pluginVersion"),
                Path.of(System.getProperty("benchmark.pluginJar")), Path.of(System.getProperty("benchmark.pluginPom")),
                Path.of(System.getProperty("benchmark.parentPom")), Path.of(System.getProperty("benchmark.userRepository")));
        String tuned = System.getProperty("benchmark.jvmConfig", "").strip();
        NihMetadata meta = NihMetadata.read(metadata);
        BenchmarkReport report = new BenchmarkReport(work.resolve("results.md"));
        report.line("Predictions path beside Fairlearn: " + meta.size() + " NIH metadata rows, seed " + SEED + ", "
                + rounds + " rounds, " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + "; load = 1-minute load average when the run started; "
                + "the plugin's runs use Maven's default JVM (no .mvn/jvm.config)"
                + (tuned.isEmpty() ? "" : "; each is repeated with .mvn/jvm.config " + tuned) + ".");
        for (int rows : sizes) {
            Path file = work.resolve("predictions-" + rows + ".csv");
            NihPredictionsFile.write(meta, rows, SEED, file);
            report.line(String.format(Locale.ROOT, "%n%,d rows (%.0f MB):", rows, Files.size(file) / 1e6));
            project.prepare(file);
            boolean withAnchor = anchorRuns && rows <= anchorMaxRows;
            if (anchorRuns && !withAnchor) {
                report.line("  (the anchor is not run above " + anchorMaxRows + " rows: about 4 minutes per million "
                        + "rows, it would take " + Math.round(rows / 1e6 * 4.3) + " minutes per round)");
            }
            boolean withBootstrap = bootstrapRows.contains(rows);
            List<TimedProcess> anchorRuns2 = new ArrayList<>();
            List<TimedProcess> plugin = new ArrayList<>();
            List<Double> goal = new ArrayList<>();
            List<TimedProcess> replicated = new ArrayList<>();
            List<Double> replicatedGoal = new ArrayList<>();
            JobRuns tunedRuns = new JobRuns();
            for (int round = 1; round <= rounds; round++) {
                // alternate which one runs first, so that a trend in the machine's load favours neither
                boolean anchorFirst = round % 2 == 1;
                if (withAnchor && anchorFirst) {
                    anchorRuns2.add(report.run("fairlearn", round, anchor(anchor, file, work, rows, round)));
                }
                if (!tuned.isEmpty() && !anchorFirst) {
                    tunedRuns.verify(report, project, file, rows, round, tuned, 0, work);
                }
                Path log = work.resolve("plugin-" + rows + "-" + round + ".log");
                TimedProcess run = report.run("plugin", round, project.verify(file, 0, log));
                plugin.add(run);
                goal.add(report.goal(PluginProject.goalSeconds(log)));
                if (!tuned.isEmpty() && anchorFirst) {
                    tunedRuns.verify(report, project, file, rows, round, tuned, 0, work);
                }
                if (withAnchor && !anchorFirst) {
                    anchorRuns2.add(report.run("fairlearn", round, anchor(anchor, file, work, rows, round)));
                }
                if (withBootstrap) {
                    Path bootLog = work.resolve("plugin-bootstrap-" + rows + "-" + round + ".log");
                    replicated.add(report.run("plugin, " + REPLICATES + " replicates", round,
                            project.verify(file, REPLICATES, bootLog)));
                    replicatedGoal.add(report.goal(PluginProject.goalSeconds(bootLog)));
                    report.line(String.format(Locale.ROOT, "      bootstrap %.2f s (the plugin's own figure)",
                            PluginProject.bootstrapSeconds(bootLog)));
                    if (!tuned.isEmpty()) {
                        tunedRuns.verify(report, project, file, rows, round, tuned, REPLICATES, work);
                    }
                }
            }
            report.summary(rows, anchorRuns2, plugin, goal, replicated, replicatedGoal);
            if (!tuned.isEmpty()) {
                report.tuned(rows, tuned, anchorRuns2, tunedRuns);
            }
        }
        report.table();
        report.line("\nWritten to " + work.resolve("results.md"));
    }

    private static TimedProcess anchor(Path anchor, Path file, Path work, int rows, int round) {
        Path out = work.resolve("fairlearn-" + rows + "-" + round + ".json");
        TimedProcess run = TimedProcess.run(List.of("/usr/bin/python3", anchor.toString(), file.toString(),
                out.toString()), work, work.resolve("fairlearn-" + rows + "-" + round + ".log"));
        if (run.exitCode() != 0) {
            throw new IllegalStateException("the anchor failed, see " + run.log());
        }
        PluginProject.delete(out);
        return run;
    }

    private static boolean pythonHasPandas() {
        try {
            Process p = new ProcessBuilder("/usr/bin/python3", "-c", "import pandas, sklearn, scipy")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
