package dev.fairness.maven;

import dev.fairness.InputException;
import dev.fairness.compare.Baseline;
import dev.fairness.compare.ChangeRule;
import dev.fairness.compare.ChangeScope;
import dev.fairness.compare.NamedModel;
import dev.fairness.gate.GateOn;
import dev.fairness.gate.Measure;
import dev.fairness.gate.Rule;
import dev.fairness.groups.GroupingBuilder;
import dev.fairness.metrics.GapMethod;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code <baseline>} and the change rules ({@code <rule>}s with {@code <maxIncrease>} or {@code <maxDecrease>}):
 * the baseline's files must exist, and each change rule names what it compares ({@code <measure>}: a gap, every
 * {@code group}, or the {@code overall} value), one non-negative limit, and a {@code <gateOn>} the bootstrap can
 * serve.
 */
final class BaselineReader {
    private BaselineReader() {
    }

    /** The baseline, or null when {@code <baseline>} is not set. */
    static Baseline baseline(Configuration c) {
        if (c.baseline == null) {
            return null;
        }
        if (c.baseline.predictions == null) {
            throw new InputException("<baseline> has no <predictions>. Name the shipped model's predictions.csv, e.g. "
                    + "the one fairness:baseline writes to src/test/fairness/baseline/predictions.csv.");
        }
        // before the files' existence: a run deletes the results in its output directory before reading this
        OutputDirectoryGuard.baselineFile(InputsReader.path(c.baseline.predictions), c.outputDirectory,
                "<baseline><predictions>");
        if (c.baseline.fairnessJson != null) {
            OutputDirectoryGuard.baselineFile(InputsReader.path(c.baseline.fairnessJson), c.outputDirectory,
                    "<baseline><fairnessJson>");
        }
        Path predictions = existing(c.baseline.predictions, "<baseline><predictions>");
        Path json = c.baseline.fairnessJson == null ? null
                : existing(c.baseline.fairnessJson, "<baseline><fairnessJson>");
        return new Baseline(predictions, json);
    }

    /** The change rules, each checked; {@code baseline} null makes any change rule an error. */
    static List<ChangeRule> changeRules(Configuration c, Baseline baseline, List<NamedModel> models,
                                        boolean intervalsComputed) {
        List<ChangeRule> out = new ArrayList<>();
        for (RuleConfiguration r : GroupingsReader.list(c.rules)) {
            if (!r.isChangeRule()) {
                continue;
            }
            Measure measure = Measure.parse(r.metric);
            String grouping = r.attribute == null || r.attribute.isBlank() ? null
                    : String.join(GroupingBuilder.INTERSECTION, GroupingBuilder.splitIntersection(r.attribute));
            String name = "The " + ModelsReader.describe(r) + " change rule";
            String limit = r.maxIncrease != null ? "<maxIncrease>" : "<maxDecrease>";
            if (baseline == null) {
                throw new InputException(name + " (" + limit + ") needs a <baseline> to compare with. Set <baseline>"
                        + "<predictions> to the shipped model's predictions, or use <maximum> or <minimum> for an "
                        + "absolute limit.");
            }
            if (r.maximum != null || r.minimum != null) {
                throw new InputException(name + " has both an absolute limit (" + (r.maximum != null ? "<maximum>"
                        : "<minimum>") + ") and a change limit (" + limit + "). Write them as two rules.");
            }
            if (r.maxIncrease != null && r.maxDecrease != null) {
                throw new InputException(name + " needs exactly one of <maxIncrease> or <maxDecrease>.");
            }
            double value = r.maxIncrease != null ? r.maxIncrease : r.maxDecrease;
            NumberParameters.finite(limit + " of " + name.substring(4), value, "0.02");
            if (value < 0) {
                throw new InputException(limit + " of " + name.substring(4) + " is " + value + ". An allowed change "
                        + "is 0 or more, e.g. 0.02; use <maxIncrease> or <maxDecrease> for its direction.");
            }
            ChangeScope scope = scope(r, name);
            GapMethod gap = scope == ChangeScope.GAP ? gapOf(r) : null;
            checkStructure(name, measure, scope, grouping, gap, r);
            GateOn gateOn = GateOn.parse(r.gateOn);
            if (gateOn.usesInterval() && !intervalsComputed) {
                throw new InputException(name + " gates on <gateOn>" + gateOn.id() + "</gateOn>, which needs "
                        + "confidence intervals, but the bootstrap is off (<bootstrap>0</bootstrap>). Set <bootstrap> "
                        + "to the number of replicates, e.g. 1000, or gate on the point value.");
            }
            out.add(new ChangeRule(measure, scope, scope == ChangeScope.OVERALL ? null : grouping,
                    r.label == null || r.label.isBlank() ? null : r.label.trim(), gap,
                    r.reference == null || r.reference.isBlank() ? null : r.reference.trim(), r.maxIncrease,
                    r.maxDecrease, gateOn, ModelsReader.check(r, models)));
        }
        return out;
    }

    /** {@code <measure>}: group, overall, or a gap method (also accepted as {@code <gap>}); difference by default. */
    private static ChangeScope scope(RuleConfiguration r, String name) {
        if (r.measure == null || r.measure.isBlank()) {
            return ChangeScope.GAP;
        }
        ChangeScope scope = ChangeScope.fromId(r.measure.trim());
        if (scope == ChangeScope.GROUP || scope == ChangeScope.OVERALL) {
            return scope;
        }
        if (GapMethod.fromId(r.measure.trim()) == null) {
            throw new InputException("Unknown <measure> '" + r.measure.trim() + "' in " + name.substring(0, 1)
                    .toLowerCase() + name.substring(1) + ". Use group (every group's value), overall (the label's "
                    + "overall value) or a gap: " + GapMethod.names() + ".");
        }
        return ChangeScope.GAP;
    }

    private static GapMethod gapOf(RuleConfiguration r) {
        GapMethod fromMeasure = r.measure == null || r.measure.isBlank() ? null : GapMethod.fromId(r.measure.trim());
        return fromMeasure != null ? fromMeasure : Rule.parseGap(r.gap);
    }

    private static void checkStructure(String name, Measure measure, ChangeScope scope, String grouping,
                                       GapMethod gap, RuleConfiguration r) {
        if (scope != ChangeScope.OVERALL && grouping == null) {
            throw new InputException(name + " has no <attribute>. Name an attribute such as 'sex', or compare the "
                    + "overall value with <measure>overall</measure>.");
        }
        if (scope != ChangeScope.GAP && measure.isCompound()) {
            throw new InputException(name + " compares " + (scope == ChangeScope.GROUP ? "each group's value" 
                    : "the overall value") + ", but " + measure.displayName() + " is a gap between groups. Use "
                    + "<measure>difference</measure> (or another gap) for it.");
        }
        if (gap == GapMethod.TO_REFERENCE && (r.reference == null || r.reference.isBlank())) {
            throw new InputException(name + " uses toReference but has no <reference> group. Name the group to "
                    + "compare against, e.g. <reference>M</reference>.");
        }
        if (gap == GapMethod.WORST && measure.components().size() > 1) {
            throw new InputException(name + " cannot use worst: " + measure.displayName() + " combines "
                    + measure.components().size() + " metrics. Use difference, ratio, toOverall or toReference.");
        }
    }

    private static Path existing(File file, String parameter) {
        Path path = InputsReader.path(file);
        if (!Files.isRegularFile(path)) {
            throw new InputException(parameter + " " + path + " does not exist" + (Files.isDirectory(path)
                    ? " as a file (it is a folder)" : "") + ". Write the baseline with fairness:baseline from the "
                    + "shipped model, or correct the path.");
        }
        return path;
    }
}
