package dev.fairness.benchmark;

import dev.fairness.groups.Grouping;
import dev.fairness.metrics.Bootstrap;
import dev.fairness.metrics.BootstrapReplicates;
import dev.fairness.metrics.BootstrapSettings;
import dev.fairness.metrics.Metric;
import dev.fairness.metrics.Parallel;
import dev.fairness.metrics.SortedLabel;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The bootstrap of the 1,000,000-row job alone, in a plain JVM: the file of {@code bootstrap-1m/generate.py}, its
 * 3 labels and 4 groupings (sex, age in bins 0,20,40,60,80, race, sex×age), threshold 0.5, the job's seed. Prints
 * per round the bootstrap's wall and CPU time (the whole process's, every thread), each label's wall time, and a
 * 64-bit fingerprint of the exact bits of every replicate of every line and metric, so that two builds can be
 * shown to give the same replicates.
 *
 * <pre>java -cp CLASSPATH dev.fairness.benchmark.BootstrapBenchmark predictions.csv [replicates] [threads] [rounds]
 * [ownOverall]</pre>
 * {@code ownOverall} ({@code true}/{@code false}, default false as in the job, whose rules have no {@code toOverall}
 * gap) also recomputes every grouping's own overall line.
 */
public final class BootstrapBenchmark {
    private static final List<String> LABELS = List.of("Effusion", "Atelectasis", "Cardiomegaly");
    private static final int[] AGE_EDGES = {20, 40, 60, 80};

    private BootstrapBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int replicates = args.length > 1 ? Integer.parseInt(args[1]) : BootstrapSettings.DEFAULT_REPLICATES;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Parallel.defaultThreads();
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        boolean ownOverall = args.length > 4 && Boolean.parseBoolean(args[4]);
        Data data = read(file);
        List<Grouping> groupings = data.groupings();
        Set<String> own = new HashSet<>();
        if (ownOverall) {
            groupings.forEach(g -> own.add(g.name()));
        }
        Bootstrap bootstrap = new Bootstrap(new BootstrapSettings(replicates, 0.95, BootstrapSettings.DEFAULT_SEED),
                threads);
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            double cpu = cpuSeconds();
            long fingerprint = 17;
            StringBuilder perLabel = new StringBuilder();
            for (int l = 0; l < LABELS.size(); l++) {
                long t = System.nanoTime();
                BootstrapReplicates b = bootstrap.run(LABELS.get(l), data.labels().get(l), 0.5, groupings, own);
                perLabel.append(String.format(Locale.ROOT, " %s %.2f s", LABELS.get(l), (System.nanoTime() - t) / 1e9));
                fingerprint = fingerprint(fingerprint, b, groupings);
            }
            System.out.printf(Locale.ROOT, "round %d: bootstrap %.2f s, CPU %.2f s (%s), fingerprint %d%n",
                    round, (System.nanoTime() - start) / 1e9, cpuSeconds() - cpu, perLabel.toString().trim(),
                    fingerprint);
        }
    }

    /** A 64-bit polynomial hash of the exact bits of every replicate of every line and metric. */
    private static long fingerprint(long h, BootstrapReplicates b, List<Grouping> groupings) {
        for (Metric m : Metric.values()) {
            for (int r = 0; r < b.replicates(); r++) {
                h = 31 * h + Double.doubleToLongBits(b.overallValue(r, m).value());
                for (Grouping g : groupings) {
                    for (String group : g.groupNames()) {
                        h = 31 * h + Double.doubleToLongBits(b.value(r, g.name(), group, m).value());
                    }
                }
            }
        }
        return h;
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    private record Data(List<SortedLabel> labels, List<Grouping> groupings) {
    }

    /** The generator's columns: id, then truth and score per label, then sex, age, race. */
    private static Data read(Path file) throws IOException {
        List<boolean[]> truths = new ArrayList<>();
        List<double[]> scores = new ArrayList<>();
        int capacity = 1 << 20;
        for (int l = 0; l < LABELS.size(); l++) {
            truths.add(new boolean[capacity]);
            scores.add(new double[capacity]);
        }
        int[] sex = new int[capacity];
        int[] age = new int[capacity];
        int[] race = new int[capacity];
        int n = 0;
        try (BufferedReader in = Files.newBufferedReader(file)) {
            String header = in.readLine();
            if (!header.startsWith("id,true_Effusion,score_Effusion")) {
                throw new IOException("not a file of bootstrap-1m/generate.py: " + header);
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (n == sex.length) {
                    int grown = 2 * n;
                    for (int l = 0; l < LABELS.size(); l++) {
                        truths.set(l, Arrays.copyOf(truths.get(l), grown));
                        scores.set(l, Arrays.copyOf(scores.get(l), grown));
                    }
                    sex = Arrays.copyOf(sex, grown);
                    age = Arrays.copyOf(age, grown);
                    race = Arrays.copyOf(race, grown);
                }
                String[] cells = line.split(",", -1);
                for (int l = 0; l < LABELS.size(); l++) {
                    truths.get(l)[n] = cells[1 + 2 * l].equals("1");
                    scores.get(l)[n] = Double.parseDouble(cells[2 + 2 * l]);
                }
                sex[n] = cells[7].equals("F") ? 0 : 1;
                age[n] = ageBin(Integer.parseInt(cells[8]));
                race[n] = cells[9].charAt(0) - 'A';
                n++;
            }
        }
        List<SortedLabel> labels = new ArrayList<>();
        for (int l = 0; l < LABELS.size(); l++) {
            labels.add(SortedLabel.of(Arrays.copyOf(truths.get(l), n), Arrays.copyOf(scores.get(l), n)));
        }
        int[] sexAge = new int[n];
        for (int i = 0; i < n; i++) {
            sexAge[i] = sex[i] * (AGE_EDGES.length + 1) + age[i];
        }
        List<String> ageNames = List.of("0-20", "20-40", "40-60", "60-80", "80+");
        List<String> sexAgeNames = new ArrayList<>();
        for (String s : List.of("F", "M")) {
            ageNames.forEach(a -> sexAgeNames.add(s + "×" + a));
        }
        List<Grouping> groupings = List.of(
                new Grouping("sex", List.of("F", "M"), Arrays.copyOf(sex, n)),
                new Grouping("age", ageNames, Arrays.copyOf(age, n)),
                new Grouping("race", List.of("A", "B", "C", "D"), Arrays.copyOf(race, n)),
                new Grouping("sex×age", sexAgeNames, sexAge));
        return new Data(labels, groupings);
    }

    private static int ageBin(int age) {
        int bin = 0;
        while (bin < AGE_EDGES.length && age >= AGE_EDGES[bin]) {
            bin++;
        }
        return bin;
    }
}
