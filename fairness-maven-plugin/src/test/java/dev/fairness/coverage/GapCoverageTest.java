package dev.fairness.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.gate.Gate;
import dev.fairness.gate.GateOn;
import dev.fairness.gate.Measure;
import dev.fairness.gate.MissingPolicy;
import dev.fairness.gate.Rule;
import dev.fairness.gate.RuleResult;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.Interval;
import dev.fairness.metrics.Metric;
import dev.fairness.metrics.MetricValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The reduced grid of the coverage suite, in every build: one cell per row of issue 10's table, 200 simulated
 * test sets each (random class counts), every one evaluated by the engine and, for the gate rows, by the
 * {@link Gate} itself. With 200 simulations a rate's standard error is about 1.5 points near 95% and near 5%, so
 * the bounds below leave room for that noise and still catch the defects the issue measured (coverage of 0 at
 * 0-3%, false fails at 99%, group coverage at 86-89%). The full grid with 1,000 simulations per cell is
 * {@link CoverageSuite}; its figures are on the coverage page of the documentation ("Measured coverage and gate
 * errors").
 */
class GapCoverageTest {
    private static final int SIMULATIONS = 200;
    private static final int REPLICATES = 200;
    private static final double T = 0.0;

    private static SimulatedGroup base(int n, double prevalence) {
        return SimulatedGroup.withRates(n, prevalence, 0.70, 0.20, T);
    }

    @Test
    void theDifferenceIntervalsOfTwoIdenticalGroupsContainTheTrueGapZero() {
        List<SimulatedGroup> model = List.of(base(200, 0.5), base(200, 0.5));
        double[] covered = rates(model, 101, set -> new double[] {
                containsZero(set.replicates.gap(Metric.TPR, GapMethod.DIFFERENCE, SimulatedTestSet.GROUPING, set.groups, null)),
                containsZero(set.replicates.gap(Metric.FPR, GapMethod.DIFFERENCE, SimulatedTestSet.GROUPING, set.groups, null)),
                containsZero(set.replicates.gap(Metric.AUC, GapMethod.DIFFERENCE, SimulatedTestSet.GROUPING, set.groups, null))});
        for (int m = 0; m < 3; m++) {
            assertTrue(covered[m] >= 0.91 && covered[m] <= 0.99,
                    List.of("TPR", "FPR", "AUC").get(m) + " difference interval contains 0 in " + pct(covered[m]));
        }
    }

    @Test
    void aSignificantRuleOverTenIdenticalGroupsRarelyFails() {
        List<SimulatedGroup> model = new ArrayList<>();
        for (int g = 0; g < 10; g++) {
            model.add(base(100, 0.5));
        }
        double fails = rates(model, 202, set -> new double[] {violated(set, GateOn.SIGNIFICANT, 0.10)})[0];
        assertTrue(fails <= 0.06, "tpr difference <= 0.10 significant fails in " + pct(fails) + " with no gap at all");
    }

    @Test
    void aSignificantRuleOverTenGroupsFailsMoreOftenWhenOneGroupTrulyLagsFarBehind() {
        List<SimulatedGroup> model = new ArrayList<>();
        model.add(SimulatedGroup.withRates(100, 0.5, 0.70 - 0.40, 0.20, T));
        for (int g = 1; g < 10; g++) {
            model.add(base(100, 0.5));
        }
        double fails = rates(model, 303, set -> new double[] {violated(set, GateOn.SIGNIFICANT, 0.10)})[0];
        assertTrue(fails >= 0.5, "tpr difference <= 0.10 significant fails in only " + pct(fails)
                + " with one group 0.40 lower");
    }

    @Test
    void groupsWithFewerPositivesThanThePluginsMinimumClassCountAreLeftOutAsThePluginLeavesThemOut() {
        // groups of 50 at prevalence 0.1 hold about 5 positives: below the default minClassCount of 10 in almost
        // every set, so the plugin cannot decide a TPR rule on them (before, the suite decided it on 5 cases)
        Experiments.GateRates rates = Experiments.gate(Metric.TPR, CoverageGrid.kGroups(2, 50, 0.1, 0), 0.10, 100,
                50, 505);
        assertTrue(rates.rate(rates.undetermined()) >= 0.9, "undetermined in only " + pct(rates.rate(rates.undetermined())));
    }

    @Test
    void prevalenceDependentGroupIntervalsCoverTheirTrueValuesWithTheRightSpread() {
        SimulatedGroup group = base(200, 0.3);
        List<SimulatedGroup> model = List.of(group, group);
        List<Metric> metrics = List.of(Metric.PPV, Metric.SELECTION_RATE);
        double[] truths = {group.ppv(T), group.selectionRate(T)};
        double[][] perSim = perSimulation(model, 404, set -> {
            double[] row = new double[3 * metrics.size()];
            for (int m = 0; m < metrics.size(); m++) {
                Metric metric = metrics.get(m);
                Interval ci = set.replicates.group(SimulatedTestSet.GROUPING, "g0", metric);
                row[3 * m] = ci.lower() <= truths[m] && truths[m] <= ci.upper() ? 1 : 0;
                row[3 * m + 1] = set.metrics.group(SimulatedTestSet.GROUPING, "g0").get(metric).value();
                double[] replicates = new double[REPLICATES];
                for (int r = 0; r < REPLICATES; r++) {
                    MetricValue v = set.replicates.value(r, SimulatedTestSet.GROUPING, "g0", metric);
                    replicates[r] = v.isDefined() ? v.value() : Double.NaN;
                }
                row[3 * m + 2] = sd(replicates);
            }
            return row;
        });
        for (int m = 0; m < metrics.size(); m++) {
            double covered = 0;
            double bootstrapSd = 0;
            double[] estimates = new double[SIMULATIONS];
            for (int s = 0; s < SIMULATIONS; s++) {
                covered += perSim[s][3 * m] / SIMULATIONS;
                estimates[s] = perSim[s][3 * m + 1];
                bootstrapSd += perSim[s][3 * m + 2] / SIMULATIONS;
            }
            double ratio = bootstrapSd / sd(estimates);
            String name = metrics.get(m).displayName();
            assertTrue(covered >= 0.91 && covered <= 0.99, name + " group interval covers the true value in " + pct(covered));
            assertTrue(ratio >= 0.87 && ratio <= 1.13, name + ": bootstrap SD / SD over the test sets is " + ratio);
        }
    }

    @Test
    void anNpvNearOneFromAFewDozenPredictedNegativesIsCoveredByItsGroupIntervalWhichNeverHasWidthZero() {
        // n = 50 at prevalence 0.1: NPV 0.96 from about 37 predicted negatives with 0-3 false negatives. The
        // percentile interval of the replicates covered 77.5% of 1,000 sets and had width 0 whenever a set held no
        // false negative; Wilson's interval rests on the count (exact coverage 95.3%, golden/wilson.out)
        Experiments.GroupMetricCoverage c = new CoverageGrid(SIMULATIONS, REPLICATES).groupCell(Metric.NPV, 50, 0.1);
        double covered = c.rate(c.covered());
        assertEquals(0, c.zeroWidth(), "zero-width NPV intervals");
        assertTrue(covered >= 0.91 && covered <= 0.99, "NPV group interval covers the true value in " + pct(covered));
        assertTrue(c.intervalSdRatio() >= 0.87 && c.intervalSdRatio() <= 1.13,
                "NPV: the SD the group interval implies / SD over the test sets is " + c.intervalSdRatio());
    }

    @Test
    void theReplicatesOfAnNpvNearOneFromAFewDozenPredictedNegativesSpreadAsTheTestSetsDo() {
        // n = 50 at prevalence 0.1: in 22% of the sets no predicted negative is a false negative, and resampled
        // rows then gave every replicate NPV 1. The old replicates' SD was 0.88 of the true SD in these 1,000 sets
        // (the full table's; 200 sets are too few to tell it from 0.9: 0.92 in the first 200); the smoothed cells'
        // (SmoothedCells) 0.99, exactly 0.996 (golden/smoothed_cells.out)
        Experiments.GroupMetricCoverage c = new CoverageGrid(1000, REPLICATES).groupCell(Metric.NPV, 50, 0.1);
        assertTrue(c.sdRatio() >= 0.9 && c.sdRatio() <= 1.1, "NPV: bootstrap SD / true SD is " + c.sdRatio());
    }

    @Test
    void theNpvDifferenceOfTwoIdenticalGroupsOfFiftyContainsZeroNearTheLevelNotAlmostAlways() {
        // n = 50 at prevalence 0.1: about 37 predicted negatives per group, NPV 0.96. The Agresti–Caffo interval
        // (one success and one failure added) contained 0 in 99.4% of 1,000 sets (exactly: 99.4%,
        // golden/newcombe.out), Newcombe's hybrid score (Wilson bounds) in 98.9%; MOVER with Jeffreys bounds: 96.7%
        // exactly, 97.0% of 1,000 sets; these first 200 sets: 100% before, 98.5% now (a rate's SE is 1.2 points)
        Experiments.GroupMetricCoverage c = new CoverageGrid(SIMULATIONS, REPLICATES).groupCell(Metric.NPV, 50, 0.1);
        double differenceCovered = c.rate(c.differenceCovered());
        assertTrue(differenceCovered >= 0.93 && differenceCovered <= 0.99,
                "the NPV difference of identical groups contains 0 in " + pct(differenceCovered));
        // not too narrow either; its width is still about 1.15 times the true SD (exact: 1.154; coverage page,
        // "Metrics that depend on prevalence (`group`)")
        assertTrue(c.differenceSdRatio() >= 0.9, "NPV: the SD the difference interval implies / SD over the test "
                + "sets is only " + c.differenceSdRatio());
        // the replicates' SD of the difference against the true one: 1.01 at 1,000 sets (0.95 with resampled rows,
        // whose group SD was 0.88: a difference had no spread only when neither group had a false negative)
        assertTrue(c.differenceBootstrapSdRatio() >= 0.87 && c.differenceBootstrapSdRatio() <= 1.13,
                "NPV: bootstrap SD of the difference / SD over the test sets is " + c.differenceBootstrapSdRatio());
    }

    @Test
    void aSelectionRateRatioRuleAtItsLimitRarelyFailsSignificantOrPassesCertainAndItsLogRatioIntervalCoversTheTruth() {
        // two groups of 1,000 at prevalence 0.5 whose true selection-rate ratio is the rule's limit 0.8: d ± q·s on
        // the log scale let `certain` pass in 3.9% of 1,000 sets (target 3.5%; coverage page, "Methods tried and not
        // kept"); MOVER on the log scale with the groups' Jeffreys bounds (statistics page, "Intervals")
        GapRuleExperiment.Rates r = new GapRuleGrid(new CoverageGrid(SIMULATIONS, REPLICATES))
                .ratioCell(Metric.SELECTION_RATE, 2, 1000, 0.5, GapRuleGrid.RATIO_LIMIT);
        double covered = r.coverage(r.allCovered());
        assertTrue(covered >= 0.91 && covered <= 0.99, "the log-ratio interval covers the truth in " + pct(covered));
        assertTrue(r.rate(r.significantFails()) <= 0.06, "selectionRate ratio >= 0.8 significant fails in "
                + pct(r.rate(r.significantFails())) + " at the limit");
        assertTrue(r.rate(r.certainPasses()) <= 0.06, "selectionRate ratio >= 0.8 certain passes in "
                + pct(r.rate(r.certainPasses())) + " at the limit");
    }

    @Test
    void anEqualizedOddsRuleOverFiveIdenticalGroupsCoversAllItsTprAndFprPairsAtOnceAndRarelyFailsSignificant() {
        // five identical groups of 200 at prevalence 0.1 (about 20 positives and 180 negatives each), rule
        // equalizedOdds difference <= 0.10: its 10 TPR pairs and 10 FPR pairs form one max-t family (the full
        // grid's cell and seeds). These 200 sets: all 20 comparisons cover at once in 95.0%, significant fails in
        // 0.5% (the point estimate fails in 96.5%). Why one family: TPR rests on the positives and FPR on the
        // negatives, so the two blocks are independent, and a critical value fitted to either alone covers both
        // only about 0.95 × 0.95 of the time (this assertion failed when tried that way, and failed with the FPR
        // pairs left out of the family, since all cover needs every component's comparisons)
        GapRuleExperiment.Rates r = new GapRuleGrid(new CoverageGrid(SIMULATIONS, REPLICATES))
                .equalizedOddsCell(GapRuleGrid.OddsMovement.TPR, 5, 200, 0.1, 0);
        double covered = r.coverage(r.allCovered());
        assertTrue(covered >= 0.92 && covered <= 0.99, "the equalized odds TPR and FPR comparisons all cover in "
                + pct(covered));
        assertTrue(r.rate(r.significantFails()) <= 0.05, "equalizedOdds difference <= 0.10 significant fails in "
                + pct(r.rate(r.significantFails())) + " with no gap at all");
    }

    @Test
    void aToOverallRuleOverTwoGroupsFarApartCoversBothComparisonsAtOnceNearTheLevel() {
        // TPRs 0.20 and 0.70 in two groups of 200 at prevalence 0.5 (toOverall 2.5× the limit 0.10): with the
        // overall line's replicates keeping each group's positives and d ± q·s, 87.9–89.7% of 1,000 sets; the
        // overall TPR moves with how the positives fall between the groups (measured when this was built; the
        // method is on the coverage page, "Methods tried and not kept"). 1,000 sets, as in the full grid's cell: 200
        // would leave too much noise to tell 89% from 94%
        GapRuleExperiment.Rates r = new GapRuleGrid(new CoverageGrid(1000, REPLICATES))
                .methodCell(GapMethod.TO_OVERALL, 2, 200, 0.5, 2.5 * CoverageGrid.TPR_LIMIT);
        double covered = r.coverage(r.allCovered());
        assertTrue(covered >= 0.92 && covered <= 0.975, "the toOverall comparisons all cover in " + pct(covered));
        assertTrue(r.rate(r.certainPasses()) == 0 && r.rate(r.significantFails()) >= 0.95,
                "far beyond the limit: certain passes in " + pct(r.rate(r.certainPasses())) + ", significant fails in "
                        + pct(r.rate(r.significantFails())));
    }

    @Test
    void aToOverallRuleOverTwoGroupsOfAboutTwentyPositivesFarApartCoversBothComparisonsAtOnce() {
        // TPRs 0.20 and 0.70 in two groups of 200 at prevalence 0.1 (toOverall 2.5× the limit 0.10): with the
        // share's term of the MOVER bounds taken at the estimate, 91.4% of these 1,000 sets (91.5% of 4,000), the
        // misses on the side away from 0 (coverage page, "Methods tried and not kept"); at each limit's own
        // difference 94.7% when this was built (the current figure: coverage page, "`toReference`, `toOverall` and
        // `worst` rules"). The full grid's cell and seeds
        GapRuleExperiment.Rates r = new GapRuleGrid(new CoverageGrid(1000, REPLICATES))
                .methodCell(GapMethod.TO_OVERALL, 2, 200, 0.1, 2.5 * CoverageGrid.TPR_LIMIT);
        double covered = r.coverage(r.allCovered());
        assertTrue(covered >= 0.93 && covered <= 0.975, "the toOverall comparisons all cover in " + pct(covered));
    }

    @Test
    void anAucToOverallRatioOfAGroupAgainstALinePulledDownByAnotherGroupTakesItsSkewFromBothLinesLogitPath() {
        // two groups of 200 at prevalence 0.1 whose true AUC ratio to the pooled overall AUC is 0.6 (the grid's cell
        // and seeds): with the overall line's AUC replicates keeping each group's class counts, 77.2% (coverage
        // page, "Methods tried and not kept"); with the logit shape of the group alone, the line held at its estimate,
        // 88.8%, the base group's upper bound below the truth (the line's log in the denominator skews the ratio
        // right); with both lines moving along their logit path (LogitShapeToOverall) 91.5%, still under the band
        GapRuleExperiment.Rates r = new GapRuleGrid(new CoverageGrid(1000, REPLICATES))
                .overallMetricCell(Metric.AUC, GapMethod.TO_OVERALL_RATIO, 2, 200, 0.1, 0.6);
        double covered = r.coverage(r.allCovered());
        assertTrue(covered >= 0.90 && covered <= 0.975, "the AUC toOverallRatio comparisons all cover in "
                + pct(covered));
    }

    @Test
    void anAucToOverallRatioOfFiveIdenticalGroupsOfAboutTwentyPositivesCoversAllComparisonsNearTheLevel() {
        // five groups of 200 at prevalence 0.1: with d ± q·s on the AUC's own scale the interval is short exactly
        // when a group's AUC came out high, 87.3% of these 300 sets (87.6% of 1,000 when this was built; the method
        // is on the coverage page, "Methods tried and not kept"); with the logit scale's shape and the bootstrap
        // SD's width (LogitShapeToOverall) 96.7%
        GapRuleExperiment.Rates r = new GapRuleGrid(new CoverageGrid(300, REPLICATES))
                .overallMetricCell(Metric.AUC, GapMethod.TO_OVERALL_RATIO, 5, 200, 0.1, 1);
        double covered = r.coverage(r.allCovered());
        assertTrue(covered >= 0.91 && covered <= 0.975, "the AUC toOverallRatio comparisons all cover in "
                + pct(covered));
    }

    @Test
    void aPpvToOverallRatioOfFiveIdenticalGroupsOfAboutFiftyPredictedPositivesIsNotTooWideOnceQIsCappedAtSidaks() {
        // five groups of 200 at prevalence 0.1 (about 15 true among 50 predicted positives each): the replicates'
        // heavy tails raised the max-t q to 2.89 on average, and these 300 sets covered 99.3% (98.8% of 1,000);
        // with q capped at Sidak's 2.57 for five comparisons 96.3% (statistics page, "Intervals")
        double covered = allCoverOfTheGridsCell(Metric.PPV, GapMethod.TO_OVERALL_RATIO, 5, 200, 0.1, 1, 300);
        assertTrue(covered >= 0.93 && covered <= 0.975, "the PPV toOverallRatio comparisons all cover in "
                + pct(covered));
    }

    /** How often a cell of the grid's overallMetric table covers all comparisons at once, over its first sets. */
    private static double allCoverOfTheGridsCell(Metric metric, GapMethod method, int k, int n, double prevalence,
                                                 double gap, int sets) {
        GapRuleExperiment.Rates r = new GapRuleGrid(new CoverageGrid(sets, REPLICATES))
                .overallMetricCell(metric, method, k, n, prevalence, gap);
        return r.coverage(r.allCovered());
    }

    private interface PerSimulation {
        double[] of(SimulatedTestSet set);
    }

    private static double[][] perSimulation(List<SimulatedGroup> model, long salt, PerSimulation f) {
        double[][] out = new double[SIMULATIONS][];
        IntStream.range(0, SIMULATIONS).parallel().forEach(sim ->
                out[sim] = f.of(SimulatedTestSet.draw(model, T, salt * 1_000_000 + sim, REPLICATES)));
        return out;
    }

    /** Per column, the mean over the simulations. */
    private static double[] rates(List<SimulatedGroup> model, long salt, PerSimulation f) {
        double[][] perSim = perSimulation(model, salt, f);
        double[] rates = new double[perSim[0].length];
        for (double[] row : perSim) {
            for (int i = 0; i < row.length; i++) {
                rates[i] += row[i] / SIMULATIONS;
            }
        }
        return rates;
    }

    private static double containsZero(Interval interval) {
        return interval.isDefined() && interval.lower() <= 0 && 0 <= interval.upper() ? 1 : 0;
    }

    private static double violated(SimulatedTestSet set, GateOn on, double maximum) {
        Rule rule = new Rule(Measure.parse("tpr"), SimulatedTestSet.GROUPING, null, GapMethod.DIFFERENCE, null,
                maximum, null, MissingPolicy.WARN, on);
        RuleResult result = PluginDefaults.gate().evaluate(List.of(rule), Map.of(SimulatedTestSet.LABEL, set.metrics),
                Map.of(SimulatedTestSet.LABEL, set.replicates)).results().get(0);
        return result.isViolated() ? 1 : 0;
    }

    /** Standard deviation of the defined values. */
    private static double sd(double[] values) {
        double sum = 0;
        int count = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                count++;
            }
        }
        double mean = sum / count;
        double squares = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                squares += (v - mean) * (v - mean);
            }
        }
        return Math.sqrt(squares / (count - 1));
    }

    private static String pct(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * rate);
    }
}
