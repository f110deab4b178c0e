package dev.fairness.coverage;

import dev.fairness.metrics.GapInterval;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.Metric;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The max-t critical value the plugin gives a {@code toOverall} / {@code toOverallRatio} family in one cell of the
 * {@code overallMetric} table ({@link OverallGapModel}), over 100 simulated sets: why a cell covers more than its
 * level when its bounds are MOVER's (coverage page, "`toOverall` and `toOverallRatio` of every metric"). Run from
 * the test classpath:
 * {@code java dev.fairness.coverage.ToOverallCriticalValues metric k prevalence toOverall|toOverallRatio gap},
 * e.g. {@code PPV 5 0.1 toOverallRatio 1.0}.
 */
public final class ToOverallCriticalValues {
    private static final int SETS = 100;

    private ToOverallCriticalValues() {
    }

    public static void main(String[] args) {
        Metric metric = Metric.valueOf(args[0]);
        int k = Integer.parseInt(args[1]);
        double prevalence = Double.parseDouble(args[2]);
        GapMethod method = "toOverallRatio".equals(args[3]) ? GapMethod.TO_OVERALL_RATIO : GapMethod.TO_OVERALL;
        double gap = Double.parseDouble(args[4]);
        double u = OverallGapModel.solve(metric, method, k, 200, prevalence, gap);
        List<SimulatedGroup> model = OverallGapModel.groups(metric, k, 200, prevalence, u);
        double[] critical = new double[SETS];
        for (int s = 0; s < SETS; s++) {
            SimulatedTestSet set = SimulatedTestSet.draw(model, Experiments.THRESHOLD, 555_000L + s, 200, true);
            GapInterval family = set.replicates.gapInterval(metric, method, SimulatedTestSet.GROUPING,
                    SimulatedTestSet.names(k), null);
            critical[s] = family.critical();
        }
        Arrays.sort(critical);
        System.out.printf(Locale.ROOT, "%s %s, %d groups of 200 at prevalence %.1f, true gap %.2f: q mean %.3f, "
                        + "10%% / 50%% / 90%% %.3f / %.3f / %.3f over %d sets%n", metric, method.id(), k, prevalence,
                gap, Arrays.stream(critical).average().orElseThrow(), critical[SETS / 10], critical[SETS / 2],
                critical[SETS * 9 / 10], SETS);
    }
}
