package dev.fairness.dataset;

import dev.fairness.groups.AttributeSpec;
import dev.fairness.groups.Grouping;
import dev.fairness.groups.GroupingBuilder;
import dev.fairness.metrics.Parallel;
import dev.fairness.metrics.SortedLabel;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The read and the groupings of the predictions benchmark's file on a cold JVM, without Maven: wall and process CPU
 * (user + system, the JIT's threads included) of each, for figures that compare builds on a busy machine, where the
 * CPU time is steadier than the wall time. Not a test. Run, after {@code mvn test-compile}:
 * {@code java -cp target/classes:target/test-classes:<runtime classpath> dev.fairness.dataset.ReadTiming <file>
 * [repeats]} on a file with labels Effusion, Atelectasis, Cardiomegaly and attributes sex, age, race (the
 * benchmark's); groupings sex, age in bins 0,20,40,60,80, race, sex×age; then each label's sort, on every core as
 * the goal sorts them. A repeat after the first shows the warm JVM. With {@code -XX:+UnlockExperimentalVMOptions
 * -XX:+UseEpsilonGC -Xmx4g} (no collection) the heap's growth per phase is the memory it allocated.
 */
public final class ReadTiming {
    private ReadTiming() {
    }

    private static long used() {
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }

    public static void main(String[] args) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        for (int repeat = 0; repeat < repeats; repeat++) {
            long used0 = used();
            long cpu0 = os.getProcessCpuTime();
            long wall0 = System.nanoTime();
            LocatedPredictions read = PredictionsCsvReader.readLocated(Path.of(args[0]),
                    List.of("Effusion", "Atelectasis", "Cardiomegaly"), List.of("sex", "age", "race"));
            long cpu1 = os.getProcessCpuTime();
            long used1 = used();
            long wall1 = System.nanoTime();
            Map<String, AttributeColumn> columns = new LinkedHashMap<>();
            for (String attribute : read.predictions().attributeNames()) {
                columns.put(attribute, read.predictions().attributeColumn(attribute));
            }
            GroupingBuilder builder = GroupingBuilder.ofColumns(columns,
                    Map.of("age", new AttributeSpec("age", List.of(0.0, 20.0, 40.0, 60.0, 80.0))), read::location);
            List<Grouping> groupings = new ArrayList<>();
            for (String name : List.of("sex", "age", "race", "sex×age")) {
                groupings.add(builder.build(name));
            }
            long cpu2 = os.getProcessCpuTime();
            long wall2 = System.nanoTime();
            long used2 = used();
            Predictions predictions = read.predictions();
            List<SortedLabel> sorted = Parallel.map(predictions.labels().size(), Parallel.defaultThreads(),
                    label -> SortedLabel.of(predictions.truth(label), predictions.scores(label)));
            long cpu3 = os.getProcessCpuTime();
            long wall3 = System.nanoTime();
            long used3 = used();
            System.out.printf(java.util.Locale.ROOT, "rows %d read %.3f s (cpu %.3f) groupings %.3f s (cpu %.3f) "
                    + "sort %.3f s (cpu %.3f) groups %d blocks %d%n", predictions.size(), (wall1 - wall0) / 1e9,
                    (cpu1 - cpu0) / 1e9, (wall2 - wall1) / 1e9, (cpu2 - cpu1) / 1e9, (wall3 - wall2) / 1e9,
                    (cpu3 - cpu2) / 1e9, groupings.stream().mapToInt(Grouping::groupCount).sum(),
                    sorted.stream().mapToInt(SortedLabel::blockCount).sum());
            System.out.printf(java.util.Locale.ROOT, "heap growth: read %.1f MB, groupings %.1f MB, sort %.1f MB%n",
                    (used1 - used0) / 1e6, (used2 - used1) / 1e6, (used3 - used2) / 1e6);
        }
    }
}
