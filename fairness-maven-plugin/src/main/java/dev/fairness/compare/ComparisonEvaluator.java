package dev.fairness.compare;

import dev.fairness.dataset.Predictions;
import dev.fairness.engine.EvaluationLog;
import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.engine.Evaluator;
import dev.fairness.engine.Groupings;
import dev.fairness.engine.Inputs;
import dev.fairness.gate.Rule;
import dev.fairness.groups.GroupingBuilder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Evaluates several models on one test set, or a candidate against the baseline: each model on its own, as a
 * one-model build would (its rules, thresholds, intervals and outputs), then all of them together on the same
 * images by the {@link PairedBootstrap}, for the comparison view and the change rules.
 */
public final class ComparisonEvaluator {
    /** The folder under the output directory where each named model's own results go. */
    public static final String MODELS_FOLDER = "models";

    private final Evaluator evaluator;
    private final EvaluationLog log;
    private final int threads;

    public ComparisonEvaluator(Evaluator evaluator, EvaluationLog log, int threads) {
        this.evaluator = evaluator;
        this.log = log;
        this.threads = threads;
    }

    public ComparisonResult evaluate(EvaluationSpec spec, ComparisonSpec comparison) {
        Groupings groupings = withRuleGroupings(spec, comparison);
        List<ModelRun> runs = new ArrayList<>();
        if (comparison.baseline() != null) {
            runs.add(runBaseline(spec.withGroupings(groupings), comparison.baseline()));
        }
        List<NamedModel> models = comparison.models();
        List<EvaluationSpec> scored = new ArrayList<>();
        for (NamedModel m : models) {
            scored.add(ownSpec(spec.withGroupings(groupings), m));
        }
        evaluator.scoreTogether(scored);
        for (int k = 0; k < Math.max(1, models.size()); k++) {
            runs.add(models.isEmpty() ? new ModelRun("candidate", spec.withGroupings(groupings),
                    evaluator.evaluate(spec.withGroupings(groupings)))
                    : run(spec.withGroupings(groupings), comparison, models.get(k)));
        }
        // the test set is the first candidate's rows: every other model, the baseline too, is matched to it by id
        int testSetRun = comparison.baseline() != null ? 1 : 0;
        Predictions reference = runs.get(testSetRun).result().predictions();
        List<int[]> rows = new ArrayList<>();
        for (int k = 0; k < runs.size(); k++) {
            rows.add(k == testSetRun ? identity(reference.size()) : RowAlignment.rows(reference,
                    runs.get(k).result().predictions(), describe(runs.get(k), comparison), hint(comparison)));
        }
        PairedComparisons paired = new PairedComparisons(spec, comparison, runs, runs.get(testSetRun).result(),
                rows, threads);
        long start = System.nanoTime();
        List<LabelComparison> labels = new ArrayList<>();
        List<ChangeResult> changes = new ArrayList<>();
        for (int l = 0; l < reference.labels().size(); l++) {
            labels.add(paired.label(l, changes));
        }
        if (spec.bootstrap().enabled()) {
            log.info(String.format(Locale.ROOT, "Paired bootstrap: %d models on the same %d images, %d replicates "
                            + "in %.1f s.", runs.size(), reference.size(), spec.bootstrap().replicates(),
                    (System.nanoTime() - start) / 1e9));
        }
        return new ComparisonResult(runs, comparison.baseline(), labels, changes);
    }

    /** The spec's test set, settings and rules, scored by this model instead of the spec's own. */
    public static EvaluationSpec specOf(EvaluationSpec spec, NamedModel model) {
        Inputs in = spec.inputs();
        return spec.withInputs(new Inputs(model.model(), in.manifest(), model.predictions(), in.imageRoot(),
                in.columns(), in.validationManifest(), in.validationPredictions()));
    }

    private ModelRun run(EvaluationSpec spec, ComparisonSpec comparison, NamedModel model) {
        List<Rule> rules = new ArrayList<>();
        for (int r = 0; r < spec.rules().size(); r++) {
            List<String> names = comparison.modelsOfRule(r);
            if (names.isEmpty() || names.contains(model.name())) {
                rules.add(spec.rules().get(r));
            }
        }
        EvaluationSpec own = ownSpec(spec, model).withRules(rules);
        log.info("Model '" + model.name() + "': " + model.source() + ".");
        return new ModelRun(model.name(), own, evaluator.evaluate(own));
    }

    private ModelRun runBaseline(EvaluationSpec spec, Baseline baseline) {
        Inputs in = spec.inputs();
        // the baseline's scores are read, never computed; its thresholds are chosen on the test set
        Inputs inputs = new Inputs(null, in.manifest(), baseline.predictions(), in.imageRoot(), in.columns(),
                null, null);
        if (spec.hasValidationSet()) {
            log.warn("The baseline's thresholds are set on the test set: its validation scores are not known. "
                    + "Use fixed thresholds to compare both models at the same operating threshold.");
        }
        EvaluationSpec own = withOutputDirectory(spec.withInputs(inputs).withRules(List.of()),
                spec.outputDirectory().resolve(Baseline.NAME));
        log.info("Baseline: " + baseline.predictions()
                + (baseline.fairnessJson() == null ? "" : " (provenance: " + baseline.fairnessJson() + ")") + ".");
        return new ModelRun(Baseline.NAME, own, evaluator.evaluate(own));
    }

    /** Every grouping a rule or change rule names is built for every model, so that all can be compared on it. */
    /** A named model's spec: scored by it, its results (and score cache) in its own folder. */
    private static EvaluationSpec ownSpec(EvaluationSpec spec, NamedModel model) {
        return withOutputDirectory(specOf(spec, model), spec.outputDirectory().resolve(MODELS_FOLDER)
                .resolve(model.name()));
    }

    static Groupings withRuleGroupings(EvaluationSpec spec, ComparisonSpec comparison) {
        Set<String> extra = new LinkedHashSet<>(spec.groupings().intersections());
        for (Rule r : spec.rules()) {
            extra.add(r.grouping());
        }
        for (ChangeRule r : comparison.changeRules()) {
            if (r.grouping() != null) {
                extra.add(String.join(GroupingBuilder.INTERSECTION, GroupingBuilder.splitIntersection(r.grouping())));
            }
        }
        extra.removeAll(spec.groupings().attributes());
        Groupings g = spec.groupings();
        return new Groupings(g.attributes(), g.bins(), new ArrayList<>(extra), g.minGroupSize(), g.minClassCount());
    }

    static EvaluationSpec withOutputDirectory(EvaluationSpec s, Path folder) {
        return new EvaluationSpec(s.inputs(), s.inference(), s.throughput(), s.groupings(), s.operatingPoints(),
                s.rules(), s.bootstrap(), folder);
    }

    private static String describe(ModelRun run, ComparisonSpec comparison) {
        if (Baseline.NAME.equals(run.name()) && comparison.baseline() != null) {
            return "the baseline predictions " + comparison.baseline().predictions();
        }
        return "the predictions of model '" + run.name() + "' (" + source(run) + ")";
    }

    private static int[] identity(int size) {
        int[] rows = new int[size];
        for (int i = 0; i < size; i++) {
            rows[i] = i;
        }
        return rows;
    }

    private static String hint(ComparisonSpec comparison) {
        return comparison.baseline() != null
                ? "A baseline must be scored on the same test set with the same labels: write it with "
                + "fairness:baseline from this test set, or point <baseline> at such predictions."
                : "Every model of <models> must be scored on the same test set with the same labels.";
    }

    private static Path source(ModelRun run) {
        Inputs in = run.spec().inputs();
        return in.predictions() != null ? in.predictions() : in.model();
    }
}
