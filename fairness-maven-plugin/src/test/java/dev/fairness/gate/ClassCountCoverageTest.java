package dev.fairness.gate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Why the minimum class count ({@link ClassCounts#DEFAULT_MINIMUM}): the 95% percentile bootstrap interval of a rate
 * that rests on k cases of its class (TPR on k positives, FPR on k negatives), resampled within the class as the
 * plugin's stratified bootstrap does (each replicate's count is Binomial(k, observed rate)). For each true rate p
 * and k, 1,000 simulated groups, 500 replicates each; the printed figures are on the statistics page of the
 * documentation, "Enough cases per metric (`minClassCount`)". With a handful of cases the interval is often
 * zero-width (all k cases alike) and misses the true rate; from 10 cases on it covers as it should for rates near
 * one half and misses less often near 0.9.
 */
class ClassCountCoverageTest {
    private static final int SIMULATIONS = 1000;
    private static final int REPLICATES = 500;

    /** {coverage, share of zero-width intervals}. */
    private static double[] coverage(double p, int k, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int covered = 0;
        int zeroWidth = 0;
        double[] replicates = new double[REPLICATES];
        for (int s = 0; s < SIMULATIONS; s++) {
            double observed = binomial(random, k, p) / (double) k;
            for (int r = 0; r < REPLICATES; r++) {
                replicates[r] = binomial(random, k, observed) / (double) k;
            }
            Arrays.sort(replicates);
            double lower = percentile(replicates, 0.025);
            double upper = percentile(replicates, 0.975);
            covered += lower <= p && p <= upper ? 1 : 0;
            zeroWidth += lower == upper ? 1 : 0;
        }
        return new double[] {covered / (double) SIMULATIONS, zeroWidth / (double) SIMULATIONS};
    }

    private static int binomial(SplittableRandom random, int k, double p) {
        int x = 0;
        for (int i = 0; i < k; i++) {
            x += random.nextDouble() < p ? 1 : 0;
        }
        return x;
    }

    /** NumPy's default (linear) percentile of sorted values. */
    private static double percentile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    @Test
    void aRateFromAHandfulOfCasesHasIntervalsThatMissAndTenCasesCoverARateNearOneHalf() {
        double[][] table = new double[3][];
        double[] rates = {0.5, 0.8, 0.9};
        int[] counts = {3, 5, 10, 20, 40};
        StringBuilder out = new StringBuilder("Coverage of a rate's 95% interval by class count (zero-width share):");
        for (int i = 0; i < rates.length; i++) {
            table[i] = new double[counts.length];
            out.append(String.format(Locale.ROOT, "%n  p = %.1f:", rates[i]));
            for (int j = 0; j < counts.length; j++) {
                double[] c = coverage(rates[i], counts[j], 1000L * i + j);
                table[i][j] = c[0];
                out.append(String.format(Locale.ROOT, "  k=%d %.1f%% (%.1f%%)", counts[j], 100 * c[0], 100 * c[1]));
            }
        }
        System.out.println(out);
        assertTrue(table[2][0] < 0.5, "3 cases at p = 0.9 should miss often: " + table[2][0]);
        assertTrue(table[0][2] >= 0.93, "10 cases at p = 0.5 should cover: " + table[0][2]);
        assertTrue(table[2][2] > table[2][0] + 0.2, "10 cases should cover far better than 3 at p = 0.9");
    }
}
