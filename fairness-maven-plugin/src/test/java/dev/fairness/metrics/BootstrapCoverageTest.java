package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.groups.Grouping;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Do nominal 95% intervals cover the true gap 95% of the time? Many seeded test sets are simulated from a model
 * whose gaps are known exactly, and each gets its own stratified bootstrap.
 *
 * <p>Model: two groups; a negative's score is N(0, 1); a positive's is N(1.5, 1) in group A and N(1.0, 1) in group B.
 * Then AUC = Phi(mu / sqrt 2): 0.85558 for A and 0.76025 for B, a true AUC difference of 0.09533; at threshold 1.0
 * TPR = Phi(mu - 1): 0.69146 for A and 0.5 for B, a true TPR difference of 0.19146. (Phi from
 * {@code scipy.stats.norm.cdf}; the difference is max - min, which is A - B here.)
 *
 * <p>Large groups (500 positives and 500 negatives each) must cover 93-97% of the time over 1,000 simulations
 * (the standard error of a coverage estimated from 1,000 simulations is 0.7 points). Small groups (15 and 15 each)
 * are only reported. Gaps far from 0 with fixed class counts only: the coverage suite ({@code dev.fairness.coverage})
 * covers gap 0, the limit, many groups and random class counts.
 */
class BootstrapCoverageTest {
    private static final double TRUE_AUC_DIFFERENCE = 0.8555778168267576 - 0.7602499389065233;
    private static final double TRUE_TPR_DIFFERENCE = 0.6914624612740131 - 0.5;
    private static final double THRESHOLD = 1.0;
    private static final int SIMULATIONS = 1000;
    private static final int REPLICATES = 400;

    /** Fraction of simulations whose interval covers the true gap: {AUC difference, TPR difference}. */
    private static double[] coverage(int positivesPerGroup, int negativesPerGroup) {
        List<boolean[]> covered = Parallel.map(SIMULATIONS, Parallel.defaultThreads(), sim -> {
            SplittableRandom random = new SplittableRandom(1_000_003L * positivesPerGroup + sim);
            int perGroup = positivesPerGroup + negativesPerGroup;
            boolean[] truth = new boolean[2 * perGroup];
            double[] scores = new double[2 * perGroup];
            int[] groupOf = new int[2 * perGroup];
            for (int row = 0; row < truth.length; row++) {
                int group = row / perGroup;
                boolean positive = row % perGroup < positivesPerGroup;
                double mu = positive ? (group == 0 ? 1.5 : 1.0) : 0.0;
                truth[row] = positive;
                scores[row] = mu + random.nextGaussian();
                groupOf[row] = group;
            }
            Grouping grouping = new Grouping("group", List.of("A", "B"), groupOf);
            BootstrapReplicates b = new Bootstrap(new BootstrapSettings(REPLICATES, 0.95, sim), 1)
                    .run("y", SortedLabel.of(truth, scores), THRESHOLD, List.of(grouping), java.util.Set.of());
            Interval auc = b.gap(Metric.AUC, GapMethod.DIFFERENCE, "group", List.of("A", "B"), null);
            Interval tpr = b.gap(Metric.TPR, GapMethod.DIFFERENCE, "group", List.of("A", "B"), null);
            return new boolean[] {covers(auc, TRUE_AUC_DIFFERENCE), covers(tpr, TRUE_TPR_DIFFERENCE)};
        });
        double[] rates = new double[2];
        for (boolean[] c : covered) {
            rates[0] += c[0] ? 1.0 / SIMULATIONS : 0;
            rates[1] += c[1] ? 1.0 / SIMULATIONS : 0;
        }
        return rates;
    }

    private static boolean covers(Interval interval, double truth) {
        return interval.isComplete() && interval.lower() <= truth && truth <= interval.upper();
    }

    @Test
    void nominal95PercentIntervalsCoverTheTrueGapOfLargeGroups93To97PercentOfTheTime() {
        double[] coverage = coverage(500, 500);
        System.out.printf(Locale.ROOT, "Coverage, large groups (2 x 500 positives + 500 negatives), %d simulations x %d "
                + "replicates: AUC difference %.1f%%, TPR difference %.1f%%%n", SIMULATIONS, REPLICATES,
                100 * coverage[0], 100 * coverage[1]);
        for (double c : coverage) {
            assertTrue(c >= 0.93 && c <= 0.97, "coverage " + c);
        }
    }

    @Test
    void theCoverageOfSmallGroupsIsReported() {
        double[] coverage = coverage(15, 15);
        System.out.printf(Locale.ROOT, "Coverage, small groups (2 x 15 positives + 15 negatives), %d simulations x %d "
                + "replicates: AUC difference %.1f%%, TPR difference %.1f%%%n", SIMULATIONS, REPLICATES,
                100 * coverage[0], 100 * coverage[1]);
        for (double c : coverage) {
            assertTrue(c > 0.5 && c <= 1.0, "coverage " + c);
        }
    }
}
