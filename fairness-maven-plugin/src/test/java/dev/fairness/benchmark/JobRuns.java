package dev.fairness.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The plugin's runs with one set of JVM options (a project's {@code .mvn/jvm.config}): without and with the bootstrap. */
final class JobRuns {
    final List<TimedProcess> plugin = new ArrayList<>();
    final List<Double> goal = new ArrayList<>();
    final List<TimedProcess> replicated = new ArrayList<>();
    final List<Double> replicatedGoal = new ArrayList<>();

    /** One timed run with {@code jvmConfig}, printed with its options, kept with the others of its kind. */
    void verify(BenchmarkReport report, PluginProject project, Path file, int rows, int round, String jvmConfig,
                int replicates, Path work) throws IOException {
        String kind = replicates == 0 ? "tuned-" : "tuned-bootstrap-";
        Path log = work.resolve("plugin-" + kind + rows + "-" + round + ".log");
        String job = replicates == 0 ? "plugin, jvm.config" : "plugin, jvm.config, " + replicates + " replicates";
        TimedProcess run = report.run(job, round, project.verify(file, replicates, jvmConfig, log));
        double seconds = report.goal(PluginProject.goalSeconds(log));
        if (replicates == 0) {
            plugin.add(run);
            goal.add(seconds);
        } else {
            replicated.add(run);
            replicatedGoal.add(seconds);
            report.line(String.format(Locale.ROOT, "      bootstrap %.2f s (the plugin's own figure)",
                    PluginProject.bootstrapSeconds(log)));
        }
    }
}
