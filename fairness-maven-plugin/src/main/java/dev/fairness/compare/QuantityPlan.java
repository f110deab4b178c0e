package dev.fairness.compare;

import dev.fairness.gate.Measure;
import dev.fairness.gate.Rule;
import dev.fairness.groups.Grouping;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.Metric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The quantities one label's paired bootstrap measures, each once: the comparison view's columns (overall AUC,
 * accuracy and F1, then every gap a rule names, or the AUC difference by each attribute when no rule names one)
 * and what the change rules compare. Groups smaller than the minimum group size are left out of every gap, for
 * every model alike.
 */
final class QuantityPlan {
    static final List<Metric> OVERALL = List.of(Metric.AUC, Metric.ACCURACY, Metric.F1);

    private final Map<PairedQuantity, Integer> index = new LinkedHashMap<>();
    private final Map<Integer, String> columns = new LinkedHashMap<>();
    private final Function<String, Grouping> groupings;
    private final int minGroupSize;

    /** @param groupings the grouping of a name, with one entry per (reference) row */
    QuantityPlan(Function<String, Grouping> groupings, int minGroupSize) {
        this.groupings = groupings;
        this.minGroupSize = minGroupSize;
    }

    /** The view's columns for one label: overall metrics, then the named gaps. */
    void addColumns(String label, List<Rule> rules, List<ChangeRule> changeRules, List<String> attributes) {
        for (Metric m : OVERALL) {
            column(new PairedQuantity.Overall(m), m.displayName());
        }
        int before = columns.size();
        for (Rule r : rules) {
            if (r.label() == null || r.label().equals(label)) {
                gapColumn(r.measure(), r.grouping(), r.gap(), r.reference());
            }
        }
        for (ChangeRule r : changeRules) {
            if (r.scope() == ChangeScope.GAP && (r.label() == null || r.label().equals(label))) {
                gapColumn(r.measure(), r.grouping(), r.gap(), r.reference());
            }
        }
        if (columns.size() == before) {
            for (String attribute : attributes) {
                gapColumn(new Measure(Metric.AUC, null), attribute, GapMethod.DIFFERENCE, null);
            }
        }
    }

    /** The quantities a change rule compares: its gap, its overall value, or each kept group's value. */
    List<Integer> changeQuantities(ChangeRule rule, List<String> groupsOut) {
        List<Integer> out = new ArrayList<>();
        switch (rule.scope()) {
            case GAP -> {
                out.add(add(gap(rule.measure(), rule.grouping(), rule.gap(), rule.reference())));
                groupsOut.add(null);
            }
            case OVERALL -> {
                out.add(add(new PairedQuantity.Overall(rule.measure().metric())));
                groupsOut.add(null);
            }
            case GROUP -> {
                for (String group : kept(rule.grouping())) {
                    out.add(add(new PairedQuantity.GroupOf(rule.measure().metric(), rule.grouping(), group)));
                    groupsOut.add(group);
                }
            }
        }
        return out;
    }

    /** Adds a quantity measured but not shown (a {@link PairedQuantity.PairDifference}); its index. */
    int add(PairedQuantity q) {
        return index.computeIfAbsent(q, k -> index.size());
    }

    List<PairedQuantity> quantities() {
        return new ArrayList<>(index.keySet());
    }

    List<Integer> columnIndices() {
        return new ArrayList<>(columns.keySet());
    }

    List<String> columnNames() {
        return new ArrayList<>(columns.values());
    }

    private void gapColumn(Measure measure, String grouping, GapMethod method, String reference) {
        column(gap(measure, grouping, method, reference), measure.displayName() + " "
                + Rule.gapName(method) + " by " + grouping);
    }

    private PairedQuantity gap(Measure measure, String grouping, GapMethod method, String reference) {
        return new PairedQuantity.GapOf(measure, grouping, method, reference, kept(grouping));
    }

    private void column(PairedQuantity q, String name) {
        columns.putIfAbsent(add(q), name);
    }

    /** The groups with at least the minimum group size, in group order. */
    private Set<String> kept(String grouping) {
        Grouping g = groupings.apply(grouping);
        int[] sizes = new int[g.groupCount()];
        for (int group : g.groupOf()) {
            if (group != Grouping.NO_GROUP) {
                sizes[group]++;
            }
        }
        Set<String> kept = new LinkedHashSet<>();
        for (int k = 0; k < sizes.length; k++) {
            if (sizes[k] >= minGroupSize) {
                kept.add(g.groupNames().get(k));
            }
        }
        return kept;
    }
}
