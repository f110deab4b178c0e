package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fairness.groups.Grouping;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The metrics whose replicates keep their law when the counted prevalence-dependent ones are drawn from the
 * group's confusion cells ({@link SmoothedCells}): the class-conditional metrics (TPR, FPR, TNR, FNR, balanced accuracy,
 * AUC), the row-level prevalence-dependent ones (average precision, Brier, ECE) and the counts stay bit-identical,
 * so every coverage figure measured on them stays valid. The fingerprint was taken on the bootstrap before the
 * cell draws existed (main at fb1c75a). It leaves out the class-conditional rates of a grouping's own overall line,
 * which {@link OverallComposition} changed on purpose in the same release (their law is its own test's), and its AUC,
 * changed on purpose later ({@link OverallAucPass}).
 */
class KeptReplicatesTest {
    private static final int ROWS = 900;
    private static final double THRESHOLD = 0.5;
    private static final Set<Metric> KEPT = EnumSet.complementOf(EnumSet.of(Metric.PPV, Metric.NPV, Metric.ACCURACY,
            Metric.F1, Metric.SELECTION_RATE));
    /**
     * The own overall line's rates that {@link OverallComposition} draws with every group's class counts (AUC by
     * {@link OverallAucPass}, since the rates branch; every other cell is still bit-identical).
     */
    private static final Set<Metric> COMPOSED = EnumSet.of(Metric.TPR, Metric.FNR, Metric.FPR, Metric.TNR,
            Metric.BALANCED_ACCURACY, Metric.AUC);

    private final Grouping site;
    private final Grouping sex;
    private final SortedLabel label;

    KeptReplicatesTest() {
        Random random = new Random(2026);
        boolean[] truth = new boolean[ROWS];
        double[] scores = new double[ROWS];
        int[] siteOf = new int[ROWS];
        int[] sexOf = new int[ROWS];
        for (int r = 0; r < ROWS; r++) {
            siteOf[r] = random.nextInt(15) == 0 ? Grouping.NO_GROUP : random.nextInt(3);
            sexOf[r] = random.nextInt(2);
            truth[r] = random.nextDouble() < 0.2;
            double raw = (truth[r] ? 0.25 : 0) + 0.35 + 0.2 * random.nextGaussian();
            scores[r] = Math.round(Math.min(1, Math.max(0, raw)) * 40) / 40.0;
        }
        site = new Grouping("site", List.of("x", "y", "z"), siteOf);
        sex = new Grouping("sex", List.of("F", "M"), sexOf);
        label = SortedLabel.of(truth, scores);
    }

    @Test
    void theClassConditionalAndRowLevelReplicatesAreBitIdenticalToThoseBeforeTheCellDraws() {
        BootstrapReplicates b = new Bootstrap(new BootstrapSettings(300, 0.95, 7), 3)
                .run("Effusion", label, THRESHOLD, List.of(site, sex));
        assertEquals(FINGERPRINT, fingerprint(b, KEPT));
    }

    /** Recomputed on main (4393dec) with the own overall AUC left out too: the same value as on this branch. */
    private static final long FINGERPRINT = 8652488951176418102L;

    /** A 64-bit polynomial hash of the exact bits of every replicate of the given metrics, line by line. */
    private long fingerprint(BootstrapReplicates b, Set<Metric> metrics) {
        long h = 17;
        for (Metric m : metrics) {
            for (int r = 0; r < b.replicates(); r++) {
                h = 31 * h + Double.doubleToLongBits(b.overallValue(r, m).value());
                for (Grouping g : List.of(site, sex)) {
                    if (!COMPOSED.contains(m)) {
                        h = 31 * h + Double.doubleToLongBits(b.ownOverallValue(r, g.name(), m).value());
                    }
                    for (String group : g.groupNames()) {
                        h = 31 * h + Double.doubleToLongBits(b.value(r, g.name(), group, m).value());
                    }
                }
            }
        }
        return h;
    }
}
