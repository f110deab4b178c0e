package dev.fairness.engine;

import dev.fairness.InputException;
import dev.fairness.dataset.Predictions;
import dev.fairness.gate.Gate;
import dev.fairness.gate.Measure;
import dev.fairness.gate.Measurement;
import dev.fairness.gate.Rule;
import dev.fairness.gate.Verdict;
import dev.fairness.groups.Grouping;
import dev.fairness.metrics.Bootstrap;
import dev.fairness.metrics.BootstrapReplicates;
import dev.fairness.metrics.BootstrapSettings;
import dev.fairness.metrics.CompoundMetric;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.LabelMetrics;
import dev.fairness.metrics.LabelMetricsCalculator;
import dev.fairness.metrics.Metric;
import dev.fairness.metrics.OperatingPoint;
import dev.fairness.metrics.OperatingPointSpec;
import dev.fairness.metrics.Parallel;
import dev.fairness.metrics.RowGroups;
import dev.fairness.metrics.SortedLabel;
import dev.fairness.metrics.ThresholdSelector;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * From scored rows to a verdict: sort every label once, set its operating threshold, compute every metric of
 * every group, run the stratified bootstrap, summarise the gaps and judge the rules. Labels are sorted and
 * measured in parallel; the bootstrap runs each label's replicates in parallel. Nothing here depends on the
 * number of threads.
 */
public final class MetricsStage {
    /** Everything the result needs from this stage. */
    public record Outcome(List<LabelResult> labels, Verdict verdict) {
    }

    private final EvaluationLog log;
    private final int threads;

    /**
     * @param threads threads for sorting, metrics and the bootstrap; results do not depend on it
     */
    public MetricsStage(EvaluationLog log, int threads) {
        this.log = log;
        this.threads = Math.max(1, threads);
    }

    /**
     * @param validation rows to choose thresholds on, or null to choose them on the test set
     * @param validationName how messages name the validation set's file
     */
    public Outcome run(EvaluationSpec spec, Predictions predictions, List<Grouping> groupings, Predictions validation,
                       String validationName) {
        try (Workers workers = new Workers(threads)) {
            return start(spec, predictions, workers, validation, validationName).finish(groupings);
        }
    }

    /**
     * Starts what needs no grouping: each label's sort and threshold, on {@code workers}, while the caller builds
     * the groupings; {@link Started#finish} does the rest.
     */
    Started start(EvaluationSpec spec, Predictions predictions, Workers workers, Predictions validation,
                  String validationName) {
        List<String> names = predictions.labels();
        List<CompletableFuture<SortedLabel>> sorts = new ArrayList<>();
        List<CompletableFuture<OperatingPoint>> points = new ArrayList<>();
        for (int l = 0; l < names.size(); l++) {
            int label = l;
            CompletableFuture<SortedLabel> sort = workers.start(
                    () -> SortedLabel.of(predictions.truth(label), predictions.scores(label)));
            sorts.add(sort);
            points.add(workers.after(sort, sorted -> operatingPoint(spec, names.get(label), sorted, validation,
                    validationName, label)));
        }
        return new Started(spec, predictions, workers, sorts, points);
    }

    /** The sorts and thresholds under way; the metrics, bootstrap, gate and gap summaries once the groupings are built. */
    final class Started {
        private final EvaluationSpec spec;
        private final Predictions predictions;
        private final Workers workers;
        private final List<CompletableFuture<SortedLabel>> sorts;
        private final List<CompletableFuture<OperatingPoint>> points;

        private Started(EvaluationSpec spec, Predictions predictions, Workers workers,
                        List<CompletableFuture<SortedLabel>> sorts, List<CompletableFuture<OperatingPoint>> points) {
            this.spec = spec;
            this.predictions = predictions;
            this.workers = workers;
            this.sorts = sorts;
            this.points = points;
        }

        Outcome finish(List<Grouping> groupings) {
            PhaseTimer timer = new PhaseTimer(log);
            CompletableFuture<RowGroups> rowGroups = workers.start(() -> RowGroups.of(groupings, predictions.size()));
            LabelMetricsCalculator calculator = new LabelMetricsCalculator();
            List<CompletableFuture<LabelMetricsCalculator.Measured>> computing = new ArrayList<>();
            for (int l = 0; l < sorts.size(); l++) {
                CompletableFuture<SortedLabel> sort = sorts.get(l);
                computing.add(workers.after(points.get(l), rowGroups, (point, packed) -> calculator.measure(
                        sort.join(), point.threshold(), groupings, packed)));
            }
            List<SortedLabel> sorted = Workers.joinAll(sorts);
            timer.lap("sort");
            List<OperatingPoint> chosen = new ArrayList<>();
            for (int l = 0; l < points.size(); l++) {
                chosen.add(logged(predictions.labels().get(l), Workers.join(points.get(l))));
            }
            List<LabelMetricsCalculator.Measured> metrics = Workers.joinAll(computing);
            timer.lap("thresholds and metrics");
            return judge(spec, predictions, groupings, sorted, chosen, metrics, timer);
        }
    }

    private Outcome judge(EvaluationSpec spec, Predictions predictions, List<Grouping> groupings,
                          List<SortedLabel> sorted, List<OperatingPoint> points,
                          List<LabelMetricsCalculator.Measured> measured, PhaseTimer timer) {
        List<LabelMetrics> metrics = new ArrayList<>();
        for (LabelMetricsCalculator.Measured m : measured) {
            metrics.add(m.metrics());
        }
        List<String> names = predictions.labels();
        int labelCount = names.size();
        Map<String, BootstrapReplicates> replicates = bootstrap(spec.bootstrap(), names, sorted, points, groupings,
                groupingsComparedWithOverall(spec.rules()));
        timer.lap("bootstrap");
        Map<String, LabelMetrics> byLabel = new LinkedHashMap<>();
        for (int l = 0; l < labelCount; l++) {
            byLabel.put(names.get(l), metrics.get(l));
        }
        Gate gate = new Gate(spec.groupings().minGroupSize(), spec.groupings().minClassCount(),
                new GroupCalibrationTests(predictions, groupings, spec.bootstrap().seed(),
                        spec.bootstrap().confidenceLevel()));
        Verdict verdict = gate.evaluate(spec.rules(), byLabel, replicates);
        timer.lap("gate");
        List<LabelResult> labels = Parallel.map(labelCount, threads, l -> {
            String label = names.get(l);
            return new LabelResult(label, points.get(l).threshold(), metrics.get(l), points.get(l),
                    replicates.get(label), gapSummaries(gate, metrics.get(l), replicates.get(label), groupings),
                    measured.get(l).order());
        });
        timer.lap("gap summaries");
        return new Outcome(labels, verdict);
    }

    /** The label's threshold: fixed, or chosen (on a worker thread; {@link #logged} says so in label order). */
    private OperatingPoint operatingPoint(EvaluationSpec spec, String label, SortedLabel testSet, Predictions validation,
                                          String validationName, int labelIndex) {
        OperatingPointSpec how = spec.operatingPointOf(label);
        if (how.isFixed()) {
            return OperatingPoint.fixed(how.threshold());
        }
        SortedLabel on = validation == null ? testSet
                : SortedLabel.of(validation.truth(labelIndex), validation.scores(labelIndex));
        String setName = validation == null ? OperatingPoint.TEST_SET : OperatingPoint.VALIDATION_SET;
        OperatingPoint point;
        try {
            point = ThresholdSelector.choose(on, how, setName);
        } catch (IllegalArgumentException e) {
            throw new InputException("Cannot choose the threshold of label '" + label + "' by " + how.describe() + ": "
                    + e.getMessage() + (validation == null ? "" : " (" + validationName + ")")
                    + ". Set a fixed threshold for this label, or choose on a set that has both classes.");
        }
        return point;
    }

    private OperatingPoint logged(String label, OperatingPoint point) {
        if (point.isChosen()) {
            log.info(String.format(Locale.ROOT, "Threshold of %s: %.3f, chosen by %s on the %s (TPR %s, FPR %s there).",
                    label, point.threshold(), point.spec().describe(), point.chosenOn(), rate(point.tpr()),
                    rate(point.fpr())));
        }
        return point;
    }

    private static String rate(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

    /** The groupings a rule compares with the overall line: their replicates recompute it. */
    private static Set<String> groupingsComparedWithOverall(List<Rule> rules) {
        Set<String> names = new HashSet<>();
        for (Rule rule : rules) {
            if (rule.gap() == GapMethod.TO_OVERALL || rule.gap() == GapMethod.TO_OVERALL_RATIO) {
                names.add(rule.grouping());
            }
        }
        return names;
    }

    private Map<String, BootstrapReplicates> bootstrap(BootstrapSettings settings, List<String> names,
                                                       List<SortedLabel> sorted, List<OperatingPoint> points,
                                                       List<Grouping> groupings, Set<String> ownOverall) {
        Map<String, BootstrapReplicates> replicates = new LinkedHashMap<>();
        if (!settings.enabled()) {
            return replicates;
        }
        long start = System.nanoTime();
        Bootstrap bootstrap = new Bootstrap(settings, threads);
        for (int l = 0; l < names.size(); l++) {
            replicates.put(names.get(l), bootstrap.run(names.get(l), sorted.get(l), points.get(l).threshold(), groupings,
                    ownOverall));
        }
        log.info(String.format(Locale.ROOT, "Bootstrap: %d replicates, %s intervals, "
                        + "seed %d, %d label%s in %.1f s.", settings.replicates(),
                dev.fairness.metrics.Interval.levelText(settings.confidenceLevel()), settings.seed(), names.size(),
                names.size() == 1 ? "" : "s", (System.nanoTime() - start) / 1e9));
        return replicates;
    }

    /**
     * The difference gap of every metric (counts aside) and every compound criterion per grouping, with its
     * interval, measured by the gate itself so that groups are left out exactly as a rule would leave them out.
     */
    private static List<GapSummary> gapSummaries(Gate gate, LabelMetrics metrics, BootstrapReplicates replicates,
                                                 List<Grouping> groupings) {
        List<Measure> measures = new ArrayList<>();
        for (Metric m : Metric.values()) {
            if (!m.isCount()) {
                measures.add(new Measure(m, null));
            }
        }
        for (CompoundMetric c : CompoundMetric.values()) {
            measures.add(new Measure(null, c));
        }
        List<GapSummary> summaries = new ArrayList<>();
        for (Grouping grouping : groupings) {
            for (Measure measure : measures) {
                Measurement measured = gate.difference(measure, grouping.name(), metrics, replicates);
                summaries.add(new GapSummary(grouping.name(), measure, measured.gap(), measured.interval(),
                        measured.excluded()));
            }
        }
        return summaries;
    }
}
