package dev.fairness.engine;

import dev.fairness.dataset.Predictions;
import dev.fairness.gate.CalibrationTests;
import dev.fairness.groups.Grouping;
import dev.fairness.metrics.CalibrationEvidence;
import dev.fairness.metrics.ConsistencyResampling;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The calibration test of a group, from the scored rows: the group's scores and labels go through
 * {@link ConsistencyResampling}, seeded from the run's seed and the group's names. Computed when a rule asks (only
 * calibration rules do) and kept, since the overview and the rules may ask for the same group.
 */
final class GroupCalibrationTests implements CalibrationTests {
    private final Predictions predictions;
    private final List<Grouping> groupings;
    private final long seed;
    private final double level;
    private final Map<String, CalibrationEvidence> done = new ConcurrentHashMap<>();

    GroupCalibrationTests(Predictions predictions, List<Grouping> groupings, long seed, double level) {
        this.predictions = predictions;
        this.groupings = groupings;
        this.seed = seed;
        this.level = level;
    }

    @Override
    public CalibrationEvidence of(String label, String grouping, String group) {
        return done.computeIfAbsent(label + "\u0000" + grouping + "\u0000" + group, k -> compute(label, grouping, group));
    }

    @Override
    public double level() {
        return level;
    }

    private CalibrationEvidence compute(String label, String groupingName, String group) {
        int l = predictions.labels().indexOf(label);
        Grouping grouping = groupings.stream().filter(g -> g.name().equals(groupingName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no grouping '" + groupingName + "'"));
        int index = grouping.groupNames().indexOf(group);
        int[] groupOf = grouping.groupOf();
        int n = 0;
        for (int g : groupOf) {
            if (g == index) {
                n++;
            }
        }
        double[] scores = new double[n];
        boolean[] truth = new boolean[n];
        double[] allScores = predictions.scores(l);
        boolean[] allTruth = predictions.truth(l);
        for (int i = 0, j = 0; i < groupOf.length; i++) {
            if (groupOf[i] == index) {
                scores[j] = allScores[i];
                truth[j++] = allTruth[i];
            }
        }
        return ConsistencyResampling.test(scores, truth, ConsistencyResampling.DRAWS, seed, label, groupingName, group);
    }
}
