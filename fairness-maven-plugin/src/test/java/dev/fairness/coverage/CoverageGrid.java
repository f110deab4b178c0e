package dev.fairness.coverage;

import dev.fairness.metrics.Metric;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * The coverage suite's grid (issue 10): the scenarios, and one markdown table per experiment. The full grid is
 * run by {@link CoverageSuite} ({@code -Pcoverage-full}); {@code GapCoverageTest} runs a reduced one.
 *
 * <p>The model: threshold 0; a group's negatives score N(mu0, 1), positives N(mu1, 1), each row positive with
 * probability {@code prevalence}. The base group has TPR 0.70 and FPR 0.20 (AUC 0.833); a gap moves one group.
 */
final class CoverageGrid {
    static final double BASE_TPR = 0.70;
    static final double BASE_FPR = 0.20;
    static final double TPR_LIMIT = 0.10;
    static final double FPR_LIMIT = 0.10;
    static final double AUC_LIMIT = 0.05;
    static final double FAR = 0.30;

    private final int simulations;
    private final int replicates;

    CoverageGrid(int simulations, int replicates) {
        this.simulations = simulations;
        this.replicates = replicates;
    }

    int simulations() {
        return simulations;
    }

    int replicates() {
        return replicates;
    }

    /** The base group, and the other group with its metric moved by {@code gap} (the metric gets worse). */
    static List<SimulatedGroup> twoGroups(Metric metric, int n, double prevalence, double gap) {
        double t = Experiments.THRESHOLD;
        return switch (metric) {
            case TPR -> List.of(SimulatedGroup.withRates(n, prevalence, BASE_TPR, BASE_FPR, t),
                    SimulatedGroup.withRates(n, prevalence, BASE_TPR - gap, BASE_FPR, t));
            case FPR -> List.of(SimulatedGroup.withRates(n, prevalence, BASE_TPR, BASE_FPR + gap, t),
                    SimulatedGroup.withRates(n, prevalence, BASE_TPR, BASE_FPR, t));
            case AUC -> {
                double auc = SimulatedGroup.withRates(n, prevalence, BASE_TPR, BASE_FPR, t).auc();
                yield List.of(SimulatedGroup.withAuc(n, prevalence, auc), SimulatedGroup.withAuc(n, prevalence, auc - gap));
            }
            default -> throw new IllegalArgumentException(metric.toString());
        };
    }

    static double trueValue(Metric metric, SimulatedGroup g) {
        double t = Experiments.THRESHOLD;
        return switch (metric) {
            case TPR -> g.tpr(t);
            case FPR -> g.fpr(t);
            case AUC -> g.auc();
            case PPV -> g.ppv(t);
            case NPV -> g.npv(t);
            case SELECTION_RATE -> g.selectionRate(t);
            case ACCURACY -> g.accuracy(t);
            case F1 -> g.f1(t);
            default -> throw new IllegalArgumentException(metric.toString());
        };
    }

    static double limit(Metric metric) {
        return metric == Metric.AUC ? AUC_LIMIT : metric == Metric.TPR ? TPR_LIMIT : FPR_LIMIT;
    }

    /** k groups: g0 with TPR lower by {@code range}, the others at the base. */
    static List<SimulatedGroup> kGroups(int k, int n, double prevalence, double range) {
        return kGroups(k, n, prevalence, range, 0);
    }

    /** k groups: g0 with TPR lower by {@code tprRange} and FPR higher by {@code fprRange}, the others at the base. */
    static List<SimulatedGroup> kGroups(int k, int n, double prevalence, double tprRange, double fprRange) {
        List<SimulatedGroup> model = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            model.add(SimulatedGroup.withRates(n, prevalence, BASE_TPR - (g == 0 ? tprRange : 0),
                    BASE_FPR + (g == 0 ? fprRange : 0), Experiments.THRESHOLD));
        }
        return model;
    }

    Experiments.DifferenceCoverage differenceCell(Metric metric, int n, double prevalence, double gap) {
        List<SimulatedGroup> model = twoGroups(metric, n, prevalence, gap);
        double trueSigned = trueValue(metric, model.get(0)) - trueValue(metric, model.get(1));
        long salt = 1_000_000L * (metric.ordinal() * 1000 + n) + Math.round(prevalence * 100) * 10_000 + Math.round(gap * 100);
        return Experiments.difference(metric, model.get(0), model.get(1), trueSigned, simulations, replicates, salt);
    }

    Experiments.GateRates gateCell(int k, int n, double prevalence, double range) {
        long salt = 7_000_000_000L + 1_000_000L * (k * 1000 + n) + Math.round(prevalence * 100) * 10_000
                + Math.round(range * 100);
        return Experiments.gate(Metric.TPR, kGroups(k, n, prevalence, range), TPR_LIMIT, simulations, replicates, salt);
    }

    Experiments.GroupMetricCoverage groupCell(Metric metric, int n, double prevalence) {
        SimulatedGroup group = SimulatedGroup.withRates(n, prevalence, BASE_TPR, BASE_FPR, Experiments.THRESHOLD);
        ToDoubleFunction<SimulatedGroup> truth = g -> trueValue(metric, g);
        long salt = 9_000_000_000L + 1_000_000L * (metric.ordinal() * 1000 + n) + Math.round(prevalence * 100);
        return Experiments.groupMetric(metric, group, truth, simulations, replicates, salt);
    }

    /** One cell of a table: its key (for selecting cells to run) and the computation of its markdown row. */
    record Cell(String table, String key, Supplier<String> row) {
    }

    static final String DIFFERENCE_HEADER = "| metric | n per group | prevalence | true gap | signed covers | "
            + "absolute covers | lower bound above truth | upper bound below truth | old percentile covers | "
            + "left out (< 10 cases) | undefined |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |";
    static final String GATE_HEADER = "| groups | n per group | prevalence | true range | significant fails | "
            + "certain passes | point fails | undetermined | a group left out |\n"
            + "| --- | --- | --- | --- | --- | --- | --- | --- | --- |";
    static final String GROUP_HEADER = "| metric | n per group | prevalence | bootstrap SD / true SD | "
            + "group interval's SD / true SD | group interval covers | zero-width group intervals | "
            + "bootstrap SD of the difference / true SD | difference interval's SD / true SD | difference of identical "
            + "groups covers 0 | left out (< 10 cases) | undefined |\n"
            + "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |";

    List<Cell> differenceCells(List<Metric> metrics, int[] sizes, double[] prevalences) {
        List<Cell> cells = new ArrayList<>();
        for (Metric metric : metrics) {
            for (int n : sizes) {
                for (double prevalence : prevalences) {
                    for (double gap : new double[] {0, limit(metric), FAR}) {
                        String key = String.format(Locale.ROOT, "difference %s %d %.1f %.2f", metric.id(), n,
                                prevalence, gap);
                        cells.add(new Cell("difference", key, () -> {
                            Experiments.DifferenceCoverage c = differenceCell(metric, n, prevalence, gap);
                            return String.format(Locale.ROOT, "| %s | %d | %.1f | %.2f | %s | %s | %s | %s | %s | %d | %d |",
                                    metric.displayName(), n, prevalence, gap, pct(c.rate(c.signedCovered())),
                                    pct(c.rate(c.absoluteCovered())), pct(c.rate(c.absoluteBelow())),
                                    pct(c.rate(c.absoluteAbove())), pct(c.rate(c.oldPercentileCovered())), c.leftOut(),
                                    c.undefined());
                        }));
                    }
                }
            }
        }
        return cells;
    }

    List<Cell> gateCells(int[] groupCounts, int[] sizes, double[] prevalences) {
        List<Cell> cells = new ArrayList<>();
        for (int k : groupCounts) {
            for (int n : sizes) {
                for (double prevalence : prevalences) {
                    for (double range : new double[] {0, TPR_LIMIT, 1.5 * TPR_LIMIT, 2.5 * TPR_LIMIT}) {
                        String key = String.format(Locale.ROOT, "gate %d %d %.1f %.3f", k, n, prevalence, range);
                        cells.add(new Cell("gate", key, () -> {
                            Experiments.GateRates g = gateCell(k, n, prevalence, range);
                            return String.format(Locale.ROOT, "| %d | %d | %.1f | %.3f | %s | %s | %s | %s | %s |", k,
                                    n, prevalence, range, pct(g.rate(g.significantFails())),
                                    pct(g.rate(g.certainPasses())), pct(g.rate(g.pointFails())),
                                    pct(g.rate(g.undetermined())), pct(g.rate(g.leftOut())));
                        }));
                    }
                }
            }
        }
        return cells;
    }

    List<Cell> groupCells(List<Metric> metrics, int[] sizes, double[] prevalences) {
        List<Cell> cells = new ArrayList<>();
        for (Metric metric : metrics) {
            for (int n : sizes) {
                for (double prevalence : prevalences) {
                    String key = String.format(Locale.ROOT, "group %s %d %.1f", metric.id(), n, prevalence);
                    cells.add(new Cell("group", key, () -> {
                        Experiments.GroupMetricCoverage c = groupCell(metric, n, prevalence);
                        return String.format(Locale.ROOT,
                                "| %s | %d | %.1f | %s | %s | %s | %d | %s | %s | %s | %d | %d |",
                                metric.displayName(), n, prevalence, ratio(c.sdRatio()), ratio(c.intervalSdRatio()),
                                pct(c.rate(c.covered())), c.zeroWidth(), ratio(c.differenceBootstrapSdRatio()),
                                ratio(c.differenceSdRatio()),
                                pct(c.rate(c.differenceCovered())), c.leftOut(), c.undefined());
                    }));
                }
            }
        }
        return cells;
    }

    static String ratio(double ratio) {
        return Double.isNaN(ratio) ? "–" : String.format(Locale.ROOT, "%.2f", ratio);
    }

    static String pct(double rate) {
        return Double.isNaN(rate) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * rate);
    }
}
