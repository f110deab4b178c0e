package dev.fairness.coverage;

import dev.fairness.metrics.GapInterval;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.Metric;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Separates the causes of a {@code toOverall} / {@code toOverallRatio} interval of any metric that covers too rarely
 * (issue 10), in one cell of the {@code overallMetric} table ({@link OverallGapModel}): over the simulated sets, per
 * comparison {@code d} (group minus overall line, or their log ratio), the centre's bias (and the group's and the
 * overall line's own biases), the skew of {@code d}'s law, the interval's implied SD (its half-width over the
 * critical value) against the true SD of {@code d}, and the critical value used against the one that would cover
 * with the interval's own SDs. Run from the test classpath:
 * {@code java dev.fairness.coverage.OverallMetricDiagnosis metric method k n prevalence gap [sets] [replicates]}
 * (the method it diagnosed, AUC and F1 against the overall line as {@code d ± q·s}, and the designs measured on it
 * are on the coverage page, "Methods tried and not kept").
 */
public final class OverallMetricDiagnosis {
    private OverallMetricDiagnosis() {
    }

    public static void main(String[] args) {
        Metric metric = Metric.fromId(args[0]);
        GapMethod method = GapMethod.fromId(args[1]);
        int k = Integer.parseInt(args[2]);
        int n = Integer.parseInt(args[3]);
        double prevalence = Double.parseDouble(args[4]);
        double gap = Double.parseDouble(args[5]);
        int sets = args.length > 6 ? Integer.parseInt(args[6]) : 1000;
        int replicates = args.length > 7 ? Integer.parseInt(args[7]) : 200;
        boolean log = method.isRatio();
        double u = OverallGapModel.solve(metric, method, k, n, prevalence, gap);
        List<SimulatedGroup> model = OverallGapModel.groups(metric, k, n, prevalence, u);
        double[] truth = model.stream().mapToDouble(g -> CoverageGrid.trueValue(metric, g)).toArray();
        double overall = OverallGapModel.pooled(metric, model);
        double[] trueD = new double[k];
        for (int g = 0; g < k; g++) {
            trueD[g] = log ? Math.log(truth[g] / overall) : truth[g] - overall;
        }
        ComparisonDraws draws = new ComparisonDraws(sets, k);
        double[][] groupValue = new double[sets][k];
        double[] overallValue = new double[sets];
        long salt = 23_000_000_000L;
        IntStream.range(0, sets).parallel().forEach(s -> {
            SimulatedTestSet set = SimulatedTestSet.draw(model, Experiments.THRESHOLD, salt + s, replicates, true);
            List<String> names = SimulatedTestSet.names(k);
            GapInterval family = set.replicates.gapInterval(metric, method, SimulatedTestSet.GROUPING, names, null);
            draws.record(s, family);
            overallValue[s] = set.metrics.overall().get(metric).value();
            for (int g = 0; g < k; g++) {
                groupValue[s][g] = set.metrics.values(SimulatedTestSet.GROUPING, metric).get(g).value().value();
            }
        });
        System.out.printf(Locale.ROOT, "%s %s k=%d n=%d prevalence=%.1f gap=%.3f sets=%d replicates=%d; true overall "
                        + "%.4f, mean estimate %.4f (bias %+.4f)%n", metric.id(), method.id(), k, n, prevalence, gap,
                sets, replicates, overall, mean(overallValue), mean(overallValue) - overall);
        double[] trueSd = new double[k];
        for (int g = 0; g < k; g++) {
            int group = g;
            double[] e = Arrays.stream(draws.estimate).mapToDouble(x -> x[group]).toArray();
            double m = mean(e);
            trueSd[g] = sdOf(e);
            double skew = Arrays.stream(e).map(x -> Math.pow((x - m) / trueSd[group], 3)).sum() / sets;
            double[] s = Arrays.stream(draws.sd).mapToDouble(x -> x[group]).toArray();
            double rms = Math.sqrt(Arrays.stream(s).map(x -> x * x).average().orElseThrow());
            double[] v = Arrays.stream(groupValue).mapToDouble(x -> x[group]).toArray();
            int below = 0;
            int above = 0;
            for (int i = 0; i < sets; i++) {
                below += draws.upper[i][g] < trueD[g] ? 1 : 0;
                above += draws.lower[i][g] > trueD[g] ? 1 : 0;
            }
            if (g < 2) {
                System.out.printf(Locale.ROOT, "g%d: true value %.4f, mean estimate %.4f (bias %+.4f); true d %.4f, "
                                + "mean d %.4f (bias %+.4f = %+.2f true SD); true SD of d %.4f, skewness %+.3f; "
                                + "interval SD mean %.4f rms %.4f (ratio %.3f); misses: upper below %.1f%%, lower above "
                                + "%.1f%%%n", g, truth[g], mean(v), mean(v) - truth[g], trueD[g], m, m - trueD[g],
                        (m - trueD[g]) / trueSd[g], trueSd[g], skew, mean(s), rms, mean(s) / trueSd[g],
                        100.0 * below / sets, 100.0 * above / sets);
            }
        }
        double[] neededWithOwnSd = new double[sets];
        double[] neededWithTrueSd = new double[sets];
        int cover = 0;
        for (int s = 0; s < sets; s++) {
            boolean all = true;
            for (int g = 0; g < k; g++) {
                neededWithOwnSd[s] = Math.max(neededWithOwnSd[s],
                        Math.abs(draws.estimate[s][g] - trueD[g]) / draws.sd[s][g]);
                neededWithTrueSd[s] = Math.max(neededWithTrueSd[s],
                        Math.abs(draws.estimate[s][g] - trueD[g]) / trueSd[g]);
                all &= draws.lower[s][g] <= trueD[g] && trueD[g] <= draws.upper[s][g];
            }
            cover += all ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "critical value: plugin mean %.3f (min %.3f, max %.3f); needed to cover 95%% "
                        + "with each set's interval SDs %.3f, with the true SDs %.3f; all comparisons cover %.1f%%%n",
                mean(draws.critical), Arrays.stream(draws.critical).min().orElseThrow(),
                Arrays.stream(draws.critical).max().orElseThrow(),
                quantile(neededWithOwnSd, 0.95), quantile(neededWithTrueSd, 0.95), 100.0 * cover / sets);
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElseThrow();
    }

    private static double sdOf(double[] v) {
        double m = mean(v);
        return Math.sqrt(Arrays.stream(v).map(x -> (x - m) * (x - m)).sum() / (v.length - 1));
    }

    private static double quantile(double[] v, double p) {
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(p * sorted.length) - 1];
    }
}
