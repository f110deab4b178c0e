package dev.fairness.compare;

import dev.fairness.dataset.Predictions;
import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.groups.Grouping;
import dev.fairness.metrics.Gap;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.LabelMetricsCalculator;
import dev.fairness.metrics.SortedLabel;

import java.util.ArrayList;
import java.util.List;

/**
 * One label's paired comparison of all runs: the quantities to measure ({@link QuantityPlan}), one
 * {@link PairedBootstrap} over all models, the comparison view, and the change rules judged on it.
 */
final class PairedComparisons {
    private final EvaluationSpec spec;
    private final ComparisonSpec comparison;
    private final List<ModelRun> runs;
    private final EvaluationResult testSet;
    private final List<int[]> rows;
    private final int threads;

    /**
     * @param testSet the run whose rows (and groupings) the others are aligned to
     * @param rows    per run, for every test-set row the run's row with the same id
     */
    PairedComparisons(EvaluationSpec spec, ComparisonSpec comparison, List<ModelRun> runs, EvaluationResult testSet,
                      List<int[]> rows, int threads) {
        this.spec = spec;
        this.comparison = comparison;
        this.runs = runs;
        this.testSet = testSet;
        this.rows = rows;
        this.threads = threads;
    }

    /** The view of label {@code l}; the change rules' results on it are added to {@code changes}. */
    LabelComparison label(int l, List<ChangeResult> changes) {
        Predictions reference = testSet.predictions();
        String label = reference.labels().get(l);
        QuantityPlan plan = new QuantityPlan(testSet::grouping, spec.groupings().minGroupSize());
        plan.addColumns(label, spec.rules(), comparison.changeRules(), spec.groupings().attributes());
        List<ChangeRule> rules = new ArrayList<>();
        List<List<Integer>> ruleQuantities = new ArrayList<>();
        List<List<String>> ruleGroups = new ArrayList<>();
        for (ChangeRule r : comparison.changeRules()) {
            if (r.label() == null || r.label().equals(label)) {
                List<String> groups = new ArrayList<>();
                ruleQuantities.add(plan.changeQuantities(r, groups));
                ruleGroups.add(groups);
                rules.add(r);
            }
        }
        List<double[]> scores = new ArrayList<>();
        double[] thresholds = new double[runs.size()];
        List<String> names = new ArrayList<>();
        for (int k = 0; k < runs.size(); k++) {
            EvaluationResult result = runs.get(k).result();
            scores.add(RowAlignment.scores(result.predictions(), l, rows.get(k)));
            thresholds[k] = result.labels().get(l).threshold();
            names.add(runs.get(k).name());
        }
        List<Grouping> groupings = testSet.groupings();
        List<int[]> pairs = fixedPairs(plan, reference.truth(l), scores, thresholds, groupings);
        PairedValues values = new PairedBootstrap(spec.bootstrap(), threads).run(label, reference.truth(l), scores,
                thresholds, groupings, plan.quantities());
        for (int[] p : pairs) {
            values.usePair(p[0], 0, p[1], p[2]);
        }
        List<PairedQuantity> quantities = values.quantities();
        for (int k = 0; k < runs.size(); k++) {
            for (int q = 0; q < quantities.size(); q++) {
                if (quantities.get(q) instanceof PairedQuantity.GapOf g) {
                    values.useOwnGapInterval(k, q,
                            OwnGapIntervals.of(runs.get(k).result(), label, g, values.point(k, q)));
                }
            }
        }
        boolean hasBaseline = comparison.baseline() != null;
        int candidates = hasBaseline ? runs.size() - 1 : runs.size();
        for (int k = hasBaseline ? 1 : runs.size(); k < runs.size(); k++) {
            for (int i = 0; i < rules.size(); i++) {
                if (rules.get(i).appliesTo(runs.get(k).name())) {
                    changes.add(ChangeGate.judge(rules.get(i), runs.get(k).name(), label, values, 0, k,
                            ruleQuantities.get(i), ruleGroups.get(i), candidates > 1));
                }
            }
        }
        return new LabelComparison(label, names, 0, values, plan.columnIndices(), plan.columnNames());
    }

    /**
     * For every difference gap and every model whose gap the same two groups decide (on the same metric) as the
     * reference's: {gap quantity, model, pair quantity}, the pair quantity added to the plan. The change of such a
     * gap is then the change of one signed difference, which a percentile interval covers also near a gap of 0.
     */
    static List<int[]> fixedPairs(QuantityPlan plan, boolean[] truth, List<double[]> scores,
                                          double[] thresholds, List<Grouping> groupings) {
        List<int[]> pairs = new ArrayList<>();
        LabelMetricsCalculator calculator = new LabelMetricsCalculator();
        List<PairedQuantity> quantities = plan.quantities();
        for (int q = 0; q < quantities.size(); q++) {
            if (!(quantities.get(q) instanceof PairedQuantity.GapOf g) || g.method() != GapMethod.DIFFERENCE) {
                continue;
            }
            List<Grouping> own = List.of(find(groupings, g.grouping()));
            Gap[] gaps = new Gap[scores.size()];
            for (int m = 0; m < scores.size(); m++) {
                gaps[m] = g.gap(calculator.compute(SortedLabel.of(truth, scores.get(m)), thresholds[m], own, null));
            }
            for (int m = 1; m < scores.size(); m++) {
                if (gaps[0].value().isDefined() && gaps[m].value().isDefined() && gaps[0].metric() == gaps[m].metric()
                        && gaps[0].highGroup().equals(gaps[m].highGroup())
                        && gaps[0].lowGroup().equals(gaps[m].lowGroup())) {
                    int pair = plan.add(new PairedQuantity.PairDifference(gaps[m].metric(), g.grouping(),
                            gaps[m].highGroup(), gaps[m].lowGroup()));
                    pairs.add(new int[] {q, m, pair});
                }
            }
        }
        return pairs;
    }

    private static Grouping find(List<Grouping> groupings, String name) {
        for (Grouping g : groupings) {
            if (g.name().equals(name)) {
                return g;
            }
        }
        throw new IllegalArgumentException("no grouping '" + name + "'");
    }
}
