package dev.fairness.coverage;

import static dev.fairness.coverage.CoverageGrid.BASE_FPR;
import static dev.fairness.coverage.CoverageGrid.BASE_TPR;

import dev.fairness.metrics.Comparison;
import dev.fairness.metrics.GapInterval;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.GroupValue;
import dev.fairness.metrics.Metric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Separates the causes of a {@code toOverall} TPR interval that covers too rarely (issue 10), in one cell of the
 * method table ({@code k} groups of {@code n}, g0's TPR lowered so that the true gap is {@code gap}): over the
 * simulated sets, the spread of each comparison {@code d = TPR(g) - TPR(overall)} against the bootstrap SD the
 * interval uses, the critical value against the one the true spreads would need, the centre's bias, and the
 * coverage against the population truth (the positives-weighted overall TPR) and against the truth of the set's
 * own class counts. Run from the test classpath:
 * {@code java dev.fairness.coverage.ToOverallDiagnosis k n prevalence gap [sets] [replicates] [toOverallRatio]}
 * (the method it diagnosed, {@code toOverall} as {@code d ± q·s} with the overall line keeping each group's class
 * counts, is on the coverage page, "Methods tried and not kept").
 */
public final class ToOverallDiagnosis {
    private ToOverallDiagnosis() {
    }

    public static void main(String[] args) {
        int k = Integer.parseInt(args[0]);
        int n = Integer.parseInt(args[1]);
        double prevalence = Double.parseDouble(args[2]);
        double gap = Double.parseDouble(args[3]);
        int sets = args.length > 4 ? Integer.parseInt(args[4]) : 1000;
        int replicates = args.length > 5 ? Integer.parseInt(args[5]) : 200;
        boolean log = args.length > 6 && "toOverallRatio".equals(args[6]);
        GapMethod method = log ? GapMethod.TO_OVERALL_RATIO : GapMethod.TO_OVERALL;
        double tpr0 = BASE_TPR - gap * k / (k - 1);
        List<SimulatedGroup> model = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            double tpr = g == 0 ? tpr0 : BASE_TPR;
            model.add(SimulatedGroup.withRates(n, prevalence, tpr, BASE_FPR, Experiments.THRESHOLD));
        }
        double[] truth = model.stream().mapToDouble(g -> g.tpr(Experiments.THRESHOLD)).toArray();
        double overall = Arrays.stream(truth).average().orElseThrow();
        ComparisonDraws draws = new ComparisonDraws(sets, k);
        double[][] conditional = new double[sets][k];
        IntStream.range(0, sets).parallel().forEach(s -> {
            SimulatedTestSet set = SimulatedTestSet.draw(model, Experiments.THRESHOLD, 77_000_000L + s, replicates,
                    true);
            List<String> names = SimulatedTestSet.names(k);
            GapInterval family = set.replicates.gapInterval(Metric.TPR, method, SimulatedTestSet.GROUPING, names, null);
            draws.record(s, family);
            List<GroupValue> positives = set.metrics.values(SimulatedTestSet.GROUPING, Metric.POSITIVES);
            double weighted = 0;
            double all = 0;
            for (int g = 0; g < k; g++) {
                double p = positives.get(g).value().value();
                weighted += p * truth[g];
                all += p;
            }
            for (Comparison c : family.comparisons()) {
                int g = ComparisonDraws.group(c);
                conditional[s][g] = log ? Math.log(truth[g] / (weighted / all)) : truth[g] - weighted / all;
            }
        });
        double[] trueD = new double[k];
        for (int g = 0; g < k; g++) {
            trueD[g] = log ? Math.log(truth[g] / overall) : truth[g] - overall;
        }
        System.out.printf(Locale.ROOT, "%s k=%d n=%d prevalence=%.1f gap=%.3f sets=%d replicates=%d%n", method.id(), k,
                n, prevalence, gap, sets, replicates);
        double[] trueSd = new double[k];
        for (int g = 0; g < k; g++) {
            int group = g;
            double mean = Arrays.stream(draws.estimate).mapToDouble(e -> e[group]).average().orElseThrow();
            trueSd[g] = Math.sqrt(Arrays.stream(draws.estimate)
                    .mapToDouble(e -> (e[group] - mean) * (e[group] - mean)).sum()
                    / (sets - 1));
            double meanSd = Arrays.stream(draws.sd).mapToDouble(e -> e[group]).average().orElseThrow();
            double rmsSd = Math.sqrt(Arrays.stream(draws.sd).mapToDouble(e -> e[group] * e[group]).average()
                    .orElseThrow());
            double condMean = Arrays.stream(conditional).mapToDouble(e -> e[group]).average().orElseThrow();
            double condSd = Math.sqrt(IntStream.range(0, sets).mapToDouble(s -> {
                double e = draws.estimate[s][group] - conditional[s][group];
                return e * e;
            }).sum() / sets);
            if (g < 2) {
                System.out.printf(Locale.ROOT, "g%d: true d %.4f, mean estimate %.4f (bias %+.4f); SD of estimate %.4f, "
                                + "SD of estimate - conditional truth %.4f; interval SD (width / 2q: the bootstrap "
                                + "SD for d ± q·s) mean %.4f rms %.4f "
                                + "(ratio to true SD %.3f, to conditional %.3f)%n", g, trueD[g], mean, mean - trueD[g],
                        trueSd[g], condSd, meanSd, rmsSd, meanSd / trueSd[g], meanSd / condSd);
            }
        }
        double[] oracleMax = new double[sets];
        int cover = 0;
        int coverConditional = 0;
        int coverOracleSd = 0;
        int coverOracleQ;
        for (int s = 0; s < sets; s++) {
            double max = 0;
            boolean all = true;
            boolean cond = true;
            boolean oracleSd = true;
            for (int g = 0; g < k; g++) {
                max = Math.max(max, Math.abs(draws.estimate[s][g] - trueD[g]) / trueSd[g]);
                all &= draws.lower[s][g] <= trueD[g] && trueD[g] <= draws.upper[s][g];
                cond &= draws.lower[s][g] <= conditional[s][g] && conditional[s][g] <= draws.upper[s][g];
                oracleSd &= Math.abs(draws.estimate[s][g] - trueD[g]) <= draws.critical[s] * trueSd[g];
            }
            oracleMax[s] = max;
            cover += all ? 1 : 0;
            coverConditional += cond ? 1 : 0;
            coverOracleSd += oracleSd ? 1 : 0;
        }
        double[] sortedMax = oracleMax.clone();
        Arrays.sort(sortedMax);
        double oracleQ = sortedMax[(int) Math.ceil(0.95 * sets) - 1];
        coverOracleQ = 0;
        for (int s = 0; s < sets; s++) {
            boolean ok = true;
            for (int g = 0; g < k; g++) {
                ok &= Math.abs(draws.estimate[s][g] - trueD[g]) <= oracleQ * draws.sd[s][g];
            }
            coverOracleQ += ok ? 1 : 0;
        }
        double meanQ = Arrays.stream(draws.critical).average().orElseThrow();
        System.out.printf(Locale.ROOT, "critical value: plugin mean %.3f (min %.3f), needed with the true SDs %.3f%n",
                meanQ,
                Arrays.stream(draws.critical).min().orElseThrow(), oracleQ);
        System.out.printf(Locale.ROOT, "all comparisons cover: plugin %.1f%%; against the set's own class-count truth "
                        + "%.1f%%; plugin q with the true SDs %.1f%%; bootstrap SDs with the true-SD q %.3f %.1f%%%n",
                100.0 * cover / sets, 100.0 * coverConditional / sets, 100.0 * coverOracleSd / sets, oracleQ,
                100.0 * coverOracleQ / sets);
    }
}
