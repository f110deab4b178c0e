package dev.fairness.benchmark;

import dev.fairness.dataset.LabelSpec;
import dev.fairness.dataset.Predictions;
import dev.fairness.engine.EvaluationLog;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.engine.Inputs;
import dev.fairness.engine.Groupings;
import dev.fairness.engine.MetricsStage;
import dev.fairness.groups.AttributeSpec;
import dev.fairness.groups.Grouping;
import dev.fairness.groups.GroupingBuilder;
import dev.fairness.metrics.BootstrapSettings;
import dev.fairness.metrics.Parallel;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Benchmark of the metrics engine (not a test: nothing here asserts a time). Builds predictions tables from the
 * real ChestX-ray14 metadata ({@code ../shared/data/nih-metadata}, found through the system property
 * {@code fairness.sharedData}), then times, through the engine's own {@link MetricsStage}:
 * <ol>
 *   <li>all metrics of 15 labels for sex, age (5 bins), view and sex x age x view, and every difference gap of
 *       every metric and compound criterion, for 112,120 to 1,000,000 rows;</li>
 *   <li>1,000 stratified bootstrap replicates of all of that (with every interval) for 100,000 rows, 15 labels,
 *       sex and age;</li>
 *   <li>the heap the tables and the engine's structures hold, per row.</li>
 * </ol>
 * Run: {@code mvn -B -pl fairness-maven-plugin -Pbenchmark-metrics test} (the profile skips the unit tests); arguments
 * {@code point}, {@code bootstrap}, {@code memory} run only those parts; {@code bootstrap-1m} (not in the default run)
 * times the bootstrap alone of issue 13's job, 1,000,000 rows x 3 labels x 4 groupings, with
 * {@code -Dbenchmark.replicates} replicates (default 1,000).
 */
public final class MetricsBenchmark {
    private static final long SEED = 20240607L;
    private static final int WARMUPS = 2;
    private static final int RUNS = 7;
    private static final int BOOTSTRAP_RUNS = 3;

    private MetricsBenchmark() {
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("fairness.sharedData", "../../shared/data")).toAbsolutePath().normalize();
        Path file = root.resolve("nih-metadata/Data_Entry_2017_v2020.csv.gz");
        if (!Files.isRegularFile(file)) {
            System.out.println("Benchmark skipped: ../shared/data not found at " + file
                    + " (set -Dfairness.sharedData=<folder with nih-metadata/>).");
            return;
        }
        int threads = Parallel.defaultThreads();
        System.out.printf(Locale.ROOT, "Metrics engine benchmark: Java %s, %d cores, max heap %d MB%n",
                System.getProperty("java.version"), threads, Runtime.getRuntime().maxMemory() >> 20);
        long t0 = System.nanoTime();
        NihMetadata meta = NihMetadata.read(file);
        System.out.printf(Locale.ROOT, "Read %,d real rows of %s in %.2f s%n%n", meta.size(), file.getFileName(),
                seconds(t0));

        List<String> parts = args.length == 0 ? List.of("point", "bootstrap", "memory") : List.of(args);
        List<String> all = List.of("sex", "age", "view", "sex×age×view");
        if (parts.contains("point")) {
            System.out.println("1. All metrics and gaps (15 labels; sex, age, view, sex×age×view; no bootstrap)");
            for (int rows : new int[] {112_120, 250_000, 500_000, 1_000_000}) {
                pointPhase(meta, rows, all, threads);
            }
            System.out.println();
        }
        if (parts.contains("bootstrap")) {
            System.out.println("2. Stratified bootstrap (15 labels; sex, age)");
            bootstrapPhase(meta, 100_000, List.of("sex", "age"), 1000, threads);
            System.out.println();
        }
        if (parts.contains("bootstrap-1m")) {
            System.out.println("2b. The bootstrap alone of the 1,000,000-row job (3 labels; sex, age, view, sex×age)");
            bootstrapMillion(meta, Integer.getInteger("benchmark.replicates", 1000), threads);
            System.out.println();
        }
        if (parts.contains("memory")) {
            System.out.println("3. Memory (heap held after a full GC)");
            memory(meta, all, threads);
        }
    }

    private static void pointPhase(NihMetadata meta, int rows, List<String> groupingNames, int threads) {
        Predictions p = BenchmarkData.predictions(meta, rows, SEED);
        long t = System.nanoTime();
        List<Grouping> groupings = groupings(p, groupingNames);
        double groupingSeconds = seconds(t);
        EvaluationSpec spec = spec(groupingNames, BootstrapSettings.NONE);
        MetricsStage stage = new MetricsStage(EvaluationLog.SILENT, threads);
        double[] times = new double[RUNS];
        double[] cpus = new double[RUNS];
        MetricsStage.Outcome outcome = null;
        for (int run = -WARMUPS; run < RUNS; run++) {
            long start = System.nanoTime();
            long cpu = cpuNanos();
            outcome = stage.run(spec, p, groupings, null, null);
            if (run >= 0) {
                times[run] = seconds(start);
                cpus[run] = (cpuNanos() - cpu) / 1e9;
            }
        }
        int groups = groupings.stream().mapToInt(Grouping::groupCount).sum();
        int gaps = outcome.labels().stream().mapToInt(l -> l.gaps().size()).sum();
        System.out.printf(Locale.ROOT, "   %,9d rows x %d labels, %d groupings with %d groups, %,d gaps: "
                        + "median %.0f ms (min %.0f, max %.0f) over %d runs, median CPU %.0f ms; groupings built in %.0f ms%n",
                rows, p.labels().size(), groupings.size(), groups, gaps, median(times) * 1000,
                Arrays.stream(times).min().orElse(0) * 1000, Arrays.stream(times).max().orElse(0) * 1000, RUNS,
                median(cpus) * 1000, groupingSeconds * 1000);
    }

    private static void bootstrapPhase(NihMetadata meta, int rows, List<String> groupingNames, int replicates,
                                       int threads) {
        Predictions p = BenchmarkData.predictions(meta, rows, SEED);
        List<Grouping> groupings = groupings(p, groupingNames);
        MetricsStage stage = new MetricsStage(EvaluationLog.SILENT, threads);
        stage.run(spec(groupingNames, new BootstrapSettings(50, 0.95, 42)), p, groupings, null, null); // warm-up
        EvaluationSpec none = spec(groupingNames, BootstrapSettings.NONE);
        long start = System.nanoTime();
        stage.run(none, p, groupings, null, null);
        double point = seconds(start);
        double[] times = new double[BOOTSTRAP_RUNS];
        double[] cpus = new double[BOOTSTRAP_RUNS];
        MetricsStage.Outcome outcome = null;
        for (int run = 0; run < BOOTSTRAP_RUNS; run++) {
            start = System.nanoTime();
            long cpu = cpuNanos();
            outcome = stage.run(spec(groupingNames, new BootstrapSettings(replicates, 0.95, 42)), p, groupings, null,
                    null);
            times[run] = seconds(start);
            cpus[run] = (cpuNanos() - cpu) / 1e9;
        }
        int groups = groupings.stream().mapToInt(Grouping::groupCount).sum();
        System.out.printf(Locale.ROOT, "   %,d rows x %d labels, %d groupings with %d groups, %,d replicates with every "
                        + "interval: median %.2f s (min %.2f, max %.2f) over %d runs, median CPU %.1f s; the point "
                        + "estimates alone %.2f s%n",
                rows, p.labels().size(), groupings.size(), groups, replicates, median(times),
                Arrays.stream(times).min().orElse(0), Arrays.stream(times).max().orElse(0), BOOTSTRAP_RUNS,
                median(cpus), point);
        var label = outcome.labels().get(4);
        var tpr = label.bootstrap().group("sex", "F", dev.fairness.metrics.Metric.TPR);
        System.out.printf(Locale.ROOT, "   e.g. %s TPR for F: %.4f (95%% CI %.4f-%.4f)%n", label.label(),
                label.metrics().group("sex", "F").get(dev.fairness.metrics.Metric.TPR).value(), tpr.lower(), tpr.upper());
    }

    /**
     * Issue 13's bootstrap job, engine only: 1,000,000 rows x 3 labels x 4 groupings, {@code replicates} replicates
     * (no grouping's own overall line: the job has no {@code toOverall} rule), timed per label. Prints the work in row visits and its cost per visit.
     */
    private static void bootstrapMillion(NihMetadata meta, int replicates, int threads) {
        int rows = 1_000_000;
        Predictions p = BenchmarkData.predictions(meta, rows, SEED);
        List<String> names = List.of("sex", "age", "view", "sex×age");
        List<Grouping> groupings = groupings(p, names);
        java.util.Set<String> ownOverall = java.util.Set.of(); // the job has no toOverall rule
        dev.fairness.metrics.Bootstrap bootstrap = new dev.fairness.metrics.Bootstrap(
                new BootstrapSettings(replicates, 0.95, 42), threads);
        List<String> labels = List.of("Effusion", "Atelectasis", "Cardiomegaly");
        List<dev.fairness.metrics.SortedLabel> sorted = new ArrayList<>();
        for (String label : labels) {
            int l = p.labels().indexOf(label);
            sorted.add(dev.fairness.metrics.SortedLabel.of(p.truth(l), p.scores(l)));
        }
        new dev.fairness.metrics.Bootstrap(new BootstrapSettings(20, 0.95, 42), threads)
                .run(labels.get(0), sorted.get(0), 0.5, groupings, ownOverall); // warm-up
        long start = System.nanoTime();
        long cpu = cpuNanos();
        double check = 0;
        for (int l = 0; l < labels.size(); l++) {
            long t = System.nanoTime();
            var replicatesOf = bootstrap.run(labels.get(l), sorted.get(l), 0.5, groupings, ownOverall);
            var auc = replicatesOf.group("sex", "F", dev.fairness.metrics.Metric.AUC);
            var ppv = replicatesOf.group("age", groupings.get(1).groupNames().get(3), dev.fairness.metrics.Metric.PPV);
            check += auc.lower() + ppv.upper();
            System.out.printf(Locale.ROOT, "   %s: %.2f s; sex F AUC 95%% CI %.5f-%.5f, age %s PPV %.5f-%.5f%n",
                    labels.get(l), seconds(t), auc.lower(), auc.upper(), groupings.get(1).groupNames().get(3), ppv.lower(), ppv.upper());
        }
        double wall = seconds(start);
        double cpuSeconds = (cpuNanos() - cpu) / 1e9;
        long visits = (long) labels.size() * (names.size() + 1) * replicates * rows;
        System.out.printf(Locale.ROOT, "   %,d replicates: %.2f s wall, %.1f s CPU on %d threads; %.2e row visits "
                        + "(labels x (groupings + overall) x replicates x rows), %.2f ns CPU per visit (check %.6f)%n",
                replicates, wall, cpuSeconds, threads, (double) visits, cpuSeconds * 1e9 / visits, check);
    }

    private static void memory(NihMetadata meta, List<String> groupingNames, int threads) {
        int[] sizes = {250_000, 1_000_000};
        long[] table = new long[sizes.length];
        long[] engine = new long[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            long base = usedAfterGc();
            Predictions p = BenchmarkData.predictions(meta, sizes[i], SEED);
            List<Grouping> groupings = groupings(p, groupingNames);
            long withTable = usedAfterGc();
            List<dev.fairness.metrics.SortedLabel> sorted = Parallel.map(p.labels().size(), threads,
                    l -> dev.fairness.metrics.SortedLabel.of(p.truth(l), p.scores(l)));
            long withSorted = usedAfterGc();
            table[i] = withTable - base;
            engine[i] = withSorted - withTable;
            if (sorted.size() != p.labels().size() || groupings.isEmpty()) {
                throw new AssertionError();
            }
        }
        int labels = NihMetadata.LABELS.size();
        double tablePerRow = (double) (table[1] - table[0]) / (sizes[1] - sizes[0]);
        double enginePerRow = (double) (engine[1] - engine[0]) / (sizes[1] - sizes[0]);
        System.out.printf(Locale.ROOT, "   predictions table + 4 groupings: %.0f bytes per row (%d labels; ids, "
                + "attribute references)%n", tablePerRow, labels);
        System.out.printf(Locale.ROOT, "   one sort per label kept for reuse: %.0f bytes per row (%.1f per row and label)%n",
                enginePerRow, enginePerRow / labels);
        System.out.printf(Locale.ROOT, "   at 1,000,000 rows: table %d MB, sorts %d MB%n", table[1] >> 20, engine[1] >> 20);
    }

    /** CPU time of the whole process (all threads), to tell contention on a shared machine from slowness. */
    private static long cpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static List<Grouping> groupings(Predictions p, List<String> names) {
        Map<String, String[]> values = Map.of("sex", p.attribute("sex"), "age", p.attribute("age"), "view",
                p.attribute("view"));
        GroupingBuilder builder = new GroupingBuilder(values,
                Map.of("age", new AttributeSpec("age", List.of(0.0, 20.0, 40.0, 60.0, 80.0))), row -> "row " + row);
        List<Grouping> groupings = new ArrayList<>();
        for (String name : names) {
            groupings.add(builder.build(name));
        }
        return groupings;
    }

    private static EvaluationSpec spec(List<String> groupings, BootstrapSettings bootstrap) {
        return EvaluationSpec.of(Inputs.predictions(Path.of("predictions.csv"),
                        LabelSpec.binaryColumns(NihMetadata.LABELS)), Path.of("target"))
                .withGroupings(Groupings.NONE.withMinGroupSize(30).withMinClassCount(0))
                .withBootstrap(bootstrap);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
