package dev.fairness.coverage;

import static dev.fairness.coverage.CoverageGrid.BASE_FPR;
import static dev.fairness.coverage.CoverageGrid.BASE_TPR;
import static dev.fairness.coverage.CoverageGrid.TPR_LIMIT;
import static dev.fairness.coverage.CoverageGrid.pct;
import static dev.fairness.coverage.CoverageGrid.trueValue;

import dev.fairness.gate.Measure;
import dev.fairness.metrics.CompoundMetric;
import dev.fairness.metrics.Gap;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.Metric;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The coverage suite's cells for rules on the other gap methods (issue 10): {@code ratio} rules on selection rate
 * and TPR, TPR rules on {@code toReference}, {@code toOverall} and {@code worst}, and {@code toOverall} /
 * {@code toOverallRatio} rules on PPV, NPV, accuracy, F1, selection rate and AUC against the pooled population's
 * overall value ({@link OverallGapModel}), and the compound rule {@code equalizedOdds difference <= 0.10}, each run
 * by {@link GapRuleExperiment} with the model of {@link CoverageGrid}.
 */
final class GapRuleGrid {
    static final double RATIO_LIMIT = 0.8;
    static final double WORST_LIMIT = 0.6;

    private final CoverageGrid grid;

    GapRuleGrid(CoverageGrid grid) {
        this.grid = grid;
    }

    /** k groups: g0 with TPR and FPR both times {@code ratio}, so its TPR and selection rate are that of the others'. */
    static List<SimulatedGroup> ratioGroups(int k, int n, double prevalence, double ratio) {
        List<SimulatedGroup> model = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            double f = g == 0 ? ratio : 1;
            model.add(SimulatedGroup.withRates(n, prevalence, BASE_TPR * f, BASE_FPR * f, Experiments.THRESHOLD));
        }
        return model;
    }

    GapRuleExperiment.Rates ratioCell(Metric metric, int k, int n, double prevalence, double ratio) {
        List<SimulatedGroup> model = ratioGroups(k, n, prevalence, ratio);
        double[] truth = model.stream().mapToDouble(g -> trueValue(metric, g)).toArray();
        long salt = 11_000_000_000L + 1_000_000L * (metric.ordinal() * 100 + k) + 1_000L * n
                + Math.round(prevalence * 10) * 100 + Math.round(ratio * 100);
        return GapRuleExperiment.run(new GapRuleExperiment.RuleUnderTest(metric, GapMethod.RATIO, null, true,
                RATIO_LIMIT), model, truth, Double.NaN, grid.simulations(), grid.replicates(), salt);
    }

    /** k groups: g0's TPR (and selection rate) {@code ratio} times the overall one (the groups' mean). */
    static List<SimulatedGroup> overallRatioGroups(int k, int n, double prevalence, double ratio) {
        return ratioGroups(k, n, prevalence, ratio * (k - 1) / (k - ratio));
    }

    /**
     * Rule {@code metric toOverallRatio >= 0.8} over k groups: g0's TPR and FPR both times
     * {@code ratio · (k − 1) / (k − ratio)} of the others', so that g0's TPR (and selection rate) is {@code ratio}
     * times the overall one (the groups' mean: equal sizes and prevalence).
     */
    GapRuleExperiment.Rates overallRatioCell(Metric metric, int k, int n, double prevalence, double ratio) {
        List<SimulatedGroup> model = overallRatioGroups(k, n, prevalence, ratio);
        double[] truth = model.stream().mapToDouble(g -> trueValue(metric, g)).toArray();
        double overall = java.util.Arrays.stream(truth).average().orElseThrow();
        long salt = 17_000_000_000L + 1_000_000L * (metric.ordinal() * 100 + k) + 1_000L * n
                + Math.round(prevalence * 10) * 100 + Math.round(ratio * 100);
        return GapRuleExperiment.run(new GapRuleExperiment.RuleUnderTest(metric, GapMethod.TO_OVERALL_RATIO, null,
                true, RATIO_LIMIT), model, truth, overall, grid.simulations(), grid.replicates(), salt);
    }

    /** k groups at the base but g0, whose TPR gives the true gap of {@link #methodCell}. */
    static List<SimulatedGroup> methodGroups(GapMethod method, int k, int n, double prevalence, double gap) {
        double tpr0 = switch (method) {
            case TO_OVERALL -> BASE_TPR - gap * k / (k - 1);
            case WORST -> gap;
            default -> BASE_TPR - gap;
        };
        List<SimulatedGroup> model = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            model.add(SimulatedGroup.withRates(n, prevalence, g == 0 ? tpr0 : BASE_TPR, BASE_FPR,
                    Experiments.THRESHOLD));
        }
        return model;
    }

    /**
     * A TPR rule on {@code toReference} (reference g1, {@code <= 0.10}), {@code toOverall} ({@code <= 0.10}) or
     * {@code worst} ({@code >= 0.60}) over k groups at the base but g0, whose TPR is set so that the true gap is
     * {@code gap}: for {@code toOverall} g0 lies {@code gap · k / (k − 1)} below the others (the overall TPR is
     * the groups' mean: equal sizes and prevalence), for {@code worst} g0's TPR is {@code gap} itself.
     */
    GapRuleExperiment.Rates methodCell(GapMethod method, int k, int n, double prevalence, double gap) {
        List<SimulatedGroup> model = methodGroups(method, k, n, prevalence, gap);
        double[] truth = model.stream().mapToDouble(g -> trueValue(Metric.TPR, g)).toArray();
        double overall = java.util.Arrays.stream(truth).average().orElseThrow();
        boolean worst = method == GapMethod.WORST;
        long salt = 13_000_000_000L + 1_000_000L * (method.ordinal() * 100 + k) + 1_000L * n
                + Math.round(prevalence * 10) * 100 + Math.round(gap * 100);
        return GapRuleExperiment.run(new GapRuleExperiment.RuleUnderTest(Metric.TPR, method,
                method == GapMethod.TO_REFERENCE ? "g1" : null, worst, worst ? WORST_LIMIT : TPR_LIMIT), model,
                truth, overall, grid.simulations(), grid.replicates(), salt);
    }

    /**
     * Rule {@code metric toOverall <= limit} (0.05 for AUC, 0.10 otherwise) or {@code metric toOverallRatio >= 0.8}
     * over k groups, {@code g0} moved along its metric's path ({@link OverallGapModel}) until the true gap to the
     * pooled overall value is {@code gap}.
     */
    GapRuleExperiment.Rates overallMetricCell(Metric metric, GapMethod method, int k, int n, double prevalence,
                                              double gap) {
        double u = OverallGapModel.solve(metric, method, k, n, prevalence, gap);
        List<SimulatedGroup> model = OverallGapModel.groups(metric, k, n, prevalence, u);
        double[] truth = model.stream().mapToDouble(g -> trueValue(metric, g)).toArray();
        double overall = OverallGapModel.pooled(metric, model);
        boolean ratio = method.isRatio();
        long salt = 19_000_000_000L + 100_000_000L * method.ordinal() + 1_000_000L * (metric.ordinal() * 10 + k)
                + 1_000L * n + Math.round(prevalence * 10) * 100 + Math.round(gap * 100);
        return GapRuleExperiment.run(new GapRuleExperiment.RuleUnderTest(metric, method, null, ratio,
                ratio ? RATIO_LIMIT : overallLimit(metric)), model, truth, overall, grid.simulations(),
                grid.replicates(), salt);
    }

    static double overallLimit(Metric metric) {
        return metric == Metric.AUC ? CoverageGrid.AUC_LIMIT : TPR_LIMIT;
    }

    static final String OVERALL_METRIC_HEADER = "| metric | gap | groups | n per group | prevalence | true gap "
            + "| comparisons all cover | gap interval covers | lower bound above truth | upper bound below truth "
            + "| significant fails | certain passes | point fails | undetermined |\n"
            + "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |";

    /** {@code toOverall} and {@code toOverallRatio} rules of each metric: at no gap, at the limit and beyond it. */
    List<CoverageGrid.Cell> overallMetricCells(List<Metric> metrics, int[] groupCounts, int[] sizes,
                                               double[] prevalences) {
        List<CoverageGrid.Cell> cells = new ArrayList<>();
        for (GapMethod method : List.of(GapMethod.TO_OVERALL, GapMethod.TO_OVERALL_RATIO)) {
            for (Metric metric : metrics) {
                double limit = method.isRatio() ? RATIO_LIMIT : overallLimit(metric);
                double[] gaps = method.isRatio() ? new double[] {1, RATIO_LIMIT, 0.6}
                        : new double[] {0, limit, 2.5 * limit};
                for (int k : groupCounts) {
                    for (int n : sizes) {
                        for (double prevalence : prevalences) {
                            for (double gap : gaps) {
                                String key = String.format(Locale.ROOT, "overallMetric %s %s %d %d %.1f %.3f",
                                        method.id(), metric.id(), k, n, prevalence, gap);
                                cells.add(new CoverageGrid.Cell("overallMetric", key, () -> String.format(Locale.ROOT,
                                        "| %s | %s | %d | %d | %.1f | %.3f | %s |", metric.displayName(),
                                        method.id(), k, n, prevalence, gap, rateColumns(overallMetricCell(metric,
                                                method, k, n, prevalence, gap)))));
                            }
                        }
                    }
                }
            }
        }
        return cells;
    }

    static final String RATIO_HEADER = "| metric | groups | n per group | prevalence | true ratio | log-ratio intervals "
            + "all cover | ratio interval covers | lower bound above truth | upper bound below truth | significant fails "
            + "| certain passes | point fails | undetermined |\n"
            + "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |";

    /** Rule {@code metric ratio >= 0.8}: at true ratio 1, at the limit and beyond it. */
    List<CoverageGrid.Cell> ratioCells(List<Metric> metrics, int[] groupCounts, int[] sizes, double[] prevalences) {
        return ratioTable("ratio", metrics, groupCounts, sizes, prevalences, this::ratioCell);
    }

    /** Rule {@code metric toOverallRatio >= 0.8}: at true ratio 1, at the limit and beyond it. */
    List<CoverageGrid.Cell> overallRatioCells(List<Metric> metrics, int[] groupCounts, int[] sizes,
                                              double[] prevalences) {
        return ratioTable("overallRatio", metrics, groupCounts, sizes, prevalences, this::overallRatioCell);
    }

    /** One ratio experiment: a metric, k groups of n at a prevalence, at a true ratio. */
    private interface RatioExperiment {
        GapRuleExperiment.Rates run(Metric metric, int k, int n, double prevalence, double ratio);
    }

    /** The cells of one ratio table, keyed {@code "<table> <metric> <k> <n> <prevalence> <ratio>"}. */
    private static List<CoverageGrid.Cell> ratioTable(String table, List<Metric> metrics, int[] groupCounts,
                                                      int[] sizes, double[] prevalences, RatioExperiment experiment) {
        List<CoverageGrid.Cell> cells = new ArrayList<>();
        for (Metric metric : metrics) {
            for (int k : groupCounts) {
                for (int n : sizes) {
                    for (double prevalence : prevalences) {
                        for (double ratio : new double[] {1, RATIO_LIMIT, 0.6}) {
                            String key = String.format(Locale.ROOT, "%s %s %d %d %.1f %.2f", table, metric.id(), k, n,
                                    prevalence, ratio);
                            cells.add(new CoverageGrid.Cell(table, key, () -> String.format(Locale.ROOT,
                                    "| %s | %d | %d | %.1f | %.2f | %s |", metric.displayName(), k, n, prevalence,
                                    ratio, rateColumns(experiment.run(metric, k, n, prevalence, ratio)))));
                        }
                    }
                }
            }
        }
        return cells;
    }

    /** The columns of a gap table after its leading ones, from "groups" to "undetermined". */
    private static final String GAP_COLUMNS = "| groups | n per group | prevalence | true gap | comparisons all cover "
            + "| gap interval covers | lower bound above truth | upper bound below truth | significant fails "
            + "| certain passes | point fails | undetermined |";

    static final String METHOD_HEADER = header("| gap " + GAP_COLUMNS);

    /** The equalizedOdds table: the method table's columns, {@code moved} ({@link OddsMovement}) after "gap". */
    static final String EQUALIZED_ODDS_HEADER = header("| gap | moved " + GAP_COLUMNS);

    /** A markdown header: the column names, then one {@code ---} per column. */
    private static String header(String columns) {
        long count = columns.chars().filter(c -> c == '|').count() - 1;
        return columns + "\n" + "| --- ".repeat((int) count) + "|";
    }

    /**
     * TPR rules {@code toReference <= 0.10}, {@code toOverall <= 0.10}, {@code worst >= 0.60}: at no gap (worst:
     * every group at the base TPR 0.70), at the limit and beyond it.
     */
    List<CoverageGrid.Cell> methodCells(int[] groupCounts, int[] sizes, double[] prevalences) {
        List<CoverageGrid.Cell> cells = new ArrayList<>();
        for (GapMethod method : List.of(GapMethod.TO_REFERENCE, GapMethod.TO_OVERALL, GapMethod.WORST)) {
            double[] gaps = method == GapMethod.WORST ? new double[] {BASE_TPR, WORST_LIMIT, 0.5}
                    : new double[] {0, TPR_LIMIT, 2.5 * TPR_LIMIT};
            cells.addAll(gapTable("method " + method.id(), method.id(), gaps, groupCounts, sizes, prevalences,
                    (k, n, prevalence, gap) -> methodCell(method, k, n, prevalence, gap)));
        }
        return cells;
    }

    /** The rule {@code equalizedOdds difference <= 0.10}. */
    static final GapRuleExperiment.RuleUnderTest EQUALIZED_ODDS = new GapRuleExperiment.RuleUnderTest(
            new Measure(null, CompoundMetric.EQUALIZED_ODDS), GapMethod.DIFFERENCE, null, false, TPR_LIMIT);

    /**
     * How g0 departs from the base in the equalizedOdds table: {@code tpr}, its TPR lower by the gap and its FPR the
     * others'; {@code both}, its TPR lower and its FPR higher by the gap.
     */
    enum OddsMovement {
        TPR, BOTH;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Rule {@code equalizedOdds difference <= 0.10} over k groups at the base but g0 ({@link CoverageGrid#kGroups}),
     * whose TPR is lower by {@code gap} and whose FPR is either the others' ({@link OddsMovement#TPR}) or higher by
     * {@code gap} ({@link OddsMovement#BOTH}): the TPR difference is {@code gap}, the FPR difference 0 or
     * {@code gap}, so the rule's true value (the larger of the two) is {@code gap} either way.
     *
     * <p>{@code tpr}: the decision rests on one component while the other's comparisons, all of true value 0, take
     * part in the family: TPR rests on the positives and FPR on the negatives, disjoint rows, so the two blocks of the
     * family are independent and a critical value fitted to either block alone would cover both at once only about
     * 0.95 × 0.95 of the time. TPR, moved here, is the noisier component (fewer positives than negatives at
     * prevalence 0.1; at 0.5 its variance 0.7 × 0.3 is above FPR's 0.2 × 0.8), so the component that decides is the
     * one with the widest bounds. {@code both}: both components sit at the gap, so at the limit {@code significant}
     * has two ways to fail falsely, one per component.
     *
     * <p>The {@code tpr} cells keep their seeds; the {@code both} cells have their own.
     */
    GapRuleExperiment.Rates equalizedOddsCell(OddsMovement moved, int k, int n, double prevalence, double gap) {
        List<SimulatedGroup> model = CoverageGrid.kGroups(k, n, prevalence, gap,
                moved == OddsMovement.BOTH ? gap : 0);
        long salt = 23_000_000_000L + 100_000_000L * moved.ordinal() + 1_000_000L * k + 1_000L * n
                + Math.round(prevalence * 10) * 100 + Math.round(gap * 100);
        return GapRuleExperiment.run(EQUALIZED_ODDS, model, (metric, line) -> line.equals(Gap.OVERALL) ? Double.NaN
                : trueValue(metric, model.get(Integer.parseInt(line.substring(1)))), grid.simulations(),
                grid.replicates(), salt);
    }

    /**
     * Rule {@code equalizedOdds difference <= 0.10}, g0 moved each way ({@link OddsMovement}): identical groups, at
     * the limit and beyond it. Keys {@code "equalizedOdds <moved> <k> <n> <prevalence> <gap>"}.
     */
    List<CoverageGrid.Cell> equalizedOddsCells(int[] groupCounts, int[] sizes, double[] prevalences) {
        List<CoverageGrid.Cell> cells = new ArrayList<>();
        for (OddsMovement moved : OddsMovement.values()) {
            cells.addAll(gapTable("equalizedOdds " + moved.id(), GapMethod.DIFFERENCE.id() + " | " + moved.id(),
                    new double[] {0, TPR_LIMIT, 2.5 * TPR_LIMIT}, groupCounts, sizes, prevalences,
                    (k, n, prevalence, gap) -> equalizedOddsCell(moved, k, n, prevalence, gap)));
        }
        return cells;
    }

    /** One gap experiment: k groups of n at a prevalence, at a true gap. */
    private interface GapExperiment {
        GapRuleExperiment.Rates run(int k, int n, double prevalence, double gap);
    }

    /**
     * The cells of a table in the columns of {@link #METHOD_HEADER} (or {@link #EQUALIZED_ODDS_HEADER}), keyed
     * {@code "<prefix> <k> <n> <prevalence> <gap>"}, the leading columns {@code leading} (the gap method, and for
     * equalized odds the movement); the table is the prefix's first word.
     */
    private static List<CoverageGrid.Cell> gapTable(String prefix, String leading, double[] gaps, int[] groupCounts,
                                                    int[] sizes, double[] prevalences, GapExperiment experiment) {
        String table = prefix.split(" ")[0];
        List<CoverageGrid.Cell> cells = new ArrayList<>();
        for (int k : groupCounts) {
            for (int n : sizes) {
                for (double prevalence : prevalences) {
                    for (double gap : gaps) {
                        String key = String.format(Locale.ROOT, "%s %d %d %.1f %.3f", prefix, k, n, prevalence, gap);
                        cells.add(new CoverageGrid.Cell(table, key, () -> String.format(Locale.ROOT,
                                "| %s | %d | %d | %.1f | %.3f | %s |", leading, k, n, prevalence, gap,
                                rateColumns(experiment.run(k, n, prevalence, gap)))));
                    }
                }
            }
        }
        return cells;
    }

    /** The eight rate columns both tables share, from "comparisons all cover" to "undetermined". */
    private static String rateColumns(GapRuleExperiment.Rates r) {
        return String.join(" | ", pct(r.coverage(r.allCovered())), pct(r.coverage(r.gapCovered())),
                pct(r.coverage(r.lowerAbove())), pct(r.coverage(r.upperBelow())),
                pct(r.rate(r.significantFails())), pct(r.rate(r.certainPasses())),
                pct(r.rate(r.pointFails())), pct(r.rate(r.undetermined())));
    }
}
