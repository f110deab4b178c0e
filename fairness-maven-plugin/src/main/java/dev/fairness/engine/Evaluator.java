package dev.fairness.engine;

import dev.fairness.InputException;
import dev.fairness.dataset.DecodeBudget;
import dev.fairness.dataset.DicomAttributeMap;
import dev.fairness.dataset.ImageDecoder;
import dev.fairness.dataset.Manifest;
import dev.fairness.dataset.ManifestSpec;
import dev.fairness.dataset.Predictions;
import dev.fairness.dataset.PredictionsCsvReader;
import dev.fairness.dataset.Preprocessing;
import dev.fairness.dataset.Preprocessor;
import dev.fairness.gate.Rule;
import dev.fairness.groups.Grouping;
import dev.fairness.groups.GroupingBuilder;
import dev.fairness.inference.DeviceSelector;
import dev.fairness.inference.ExecutionProviders;
import dev.fairness.inference.NativeLibraryPath;
import dev.fairness.inference.OnnxModel;
import dev.fairness.inference.OnnxRuntimeJars;
import dev.fairness.inference.OnnxScorer;
import dev.fairness.inference.TorchScriptModel;
import dev.fairness.inference.Task;
import dev.fairness.metrics.Parallel;
import dev.fairness.pipeline.PipelineSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * One evaluation, start to end: read the test set, score it (or read the scores), group the rows, compute the
 * metrics of every label and grouping, and judge the rules. Writing the outputs is the caller's choice.
 */
public final class Evaluator {
    private final EvaluationLog log;
    private final String pluginVersion;
    private final RunOptions options;
    private final RowDecoder decoder;
    private final DicomAttributeMap dicomAttributes;

    public Evaluator(EvaluationLog log, String pluginVersion) {
        this(log, pluginVersion, RunOptions.DEFAULTS);
    }

    /** @param options how inference runs (workers, cache hashing, native libraries); they change no score */
    public Evaluator(EvaluationLog log, String pluginVersion, RunOptions options) {
        this(log, pluginVersion, options, ImageDecoder::decode);
    }

    /** @param decoder decodes each row's image (tests pass one that fails like a broken decoder) */
    Evaluator(EvaluationLog log, String pluginVersion, RunOptions options, RowDecoder decoder) {
        this(log, pluginVersion, options, decoder, DicomAttributeMap.NONE);
    }

    private Evaluator(EvaluationLog log, String pluginVersion, RunOptions options, RowDecoder decoder,
                      DicomAttributeMap dicomAttributes) {
        this.log = log;
        this.pluginVersion = pluginVersion;
        this.options = options;
        this.decoder = decoder;
        this.dicomAttributes = dicomAttributes;
    }

    /** This evaluator, reading the mapped attributes from DICOM headers where the manifest has none. */
    public Evaluator withDicomAttributes(DicomAttributeMap mapping) {
        return new Evaluator(log, pluginVersion, options, decoder, mapping);
    }

    /** The scored test set and, when a model produced the scores, that model. */
    record Scored(Predictions predictions, IntFunction<String> rowLocation, String source, ModelSummary model) {
    }

    public EvaluationResult evaluate(EvaluationSpec spec) {
        ValidationSet.check(spec);
        Scored scored = spec.usesPredictionsFile() ? readPredictions(spec) : runModel(spec, spec.manifest(),
                neededAttributes(spec), StoredScores.FOLDER);
        Scored validation = ValidationSet.needed(spec) ? validation(spec) : null;
        if (validation == null && spec.hasValidationSet()) {
            log.warn("A validation set is configured, but every label has a fixed threshold: it is not used. Set "
                    + "<thresholdMethod> (or an <operatingPoint>) to choose thresholds on it.");
        }
        return judge(spec, scored, validation);
    }

    /** The rows thresholds are chosen on: a predictions CSV, or a manifest scored like the test set. */
    private Scored validation(EvaluationSpec spec) {
        if (spec.validationPredictions() != null) {
            Predictions predictions = PredictionsCsvReader.read(spec.validationPredictions(), spec.labels().labels(),
                    List.of());
            log.info("Read " + predictions.size() + " validation predictions from " + spec.validationPredictions()
                    + " to choose thresholds on.");
            return new Scored(predictions, null, spec.validationPredictions().toString(), null);
        }
        log.info("Scoring the validation set " + spec.validationManifest().getFileName() + " to choose thresholds on.");
        return runModel(spec, spec.validationManifest(), List.of(), StoredScores.FOLDER + "-validation");
    }

    private Scored readPredictions(EvaluationSpec spec) {
        Path file = spec.predictions();
        Predictions predictions = PredictionsCsvReader.read(file, spec.labels().labels(), neededAttributes(spec));
        log.info("Read " + predictions.size() + " predictions from " + file + " (no inference: <predictions> is set).");
        // one CSV record per line: the data row r is on line r + 2 (line 1 is the header)
        String name = String.valueOf(file.getFileName());
        return new Scored(predictions, row -> name + ", line " + (row + 2), file.toString(), null);
    }

    /**
     * Scores one manifest: the test set, or the validation set thresholds are chosen on.
     *
     * @param manifestFile the manifest to score
     * @param attributes   the attribute columns it must have
     * @param cacheFolder  where its scores are kept for the next build (one folder per manifest role)
     */
    private Scored runModel(EvaluationSpec spec, Path manifestFile, List<String> attributes, String cacheFolder) {
        if (spec.model() == null) {
            throw new InputException("No model to evaluate. Set <model> to an ONNX file (with <manifest>), "
                    + "or <predictions> to a CSV of scores computed elsewhere.");
        }
        if (spec.manifest() == null) {
            throw new InputException("No test set for model " + spec.model() + ". Set <manifest> to the CSV that lists "
                    + "the test images with their labels and attributes.");
        }
        Manifest manifest = HeaderAttributes.read(new ManifestSpec(manifestFile, spec.imageColumn(), spec.idColumn(),
                spec.labels(), attributes, spec.imageRoot()), dicomAttributes, log);
        String source = manifestFile.toString();
        // a missing model is reported by OnnxModel.open, with its own message
        StoredScores stored = Files.isRegularFile(spec.model())
                ? StoredScores.of(spec, manifest, options, pluginVersion, cacheFolder) : null;
        StoredScores.Reused reused = stored == null ? null : stored.reuse(log);
        if (reused != null) {
            return new Scored(manifest.toPredictions(reused.scores()), manifest::location, source, reused.model());
        }
        if (TorchScriptModel.isTorchScript(spec.model())) {
            TorchScriptScoring.Result run = TorchScriptScoring.score(spec, manifest, manifestFile, options, decoder, log);
            if (stored != null) {
                stored.store(run.scores(), run.summary(), log);
            }
            return new Scored(manifest.toPredictions(run.scores()), manifest::location, source, run.summary());
        }
        NativeLibraryPath.ofJvm().apply(options.nativeLibraryPath());
        OnnxRuntimeJars.requireOne(OnnxModel.class.getClassLoader());
        DeviceSelector devices = DeviceSelector.onnxRuntime(log::warn);
        try (OnnxModel model = OnnxModel.open(spec.model(), spec.device(), spec.threads(), devices)) {
            Preprocessing preprocessing = ImageScoring.preprocessing(spec.input(), model.info());
            var shape = model.info().inputFor(preprocessing.channels().count(), preprocessing.height(),
                    preprocessing.width());
            OnnxScorer scorer = new OnnxScorer(model, shape, spec.task(), spec.outputs(), outputLabels(spec));
            PipelineSettings settings = PipelineSettings.of(options.workers(), spec.batchSize(),
                    model.info().batchSize(), Runtime.getRuntime().availableProcessors());
            if (model.info().hasFixedBatch() && spec.batchSize() > 0 && spec.batchSize() != settings.batchSize()) {
                log.warn("<batchSize>" + spec.batchSize() + "</batchSize> is ignored: " + spec.model().getFileName()
                        + " has a fixed batch dimension of " + settings.batchSize() + ".");
            }
            log.info("Evaluating " + spec.model().getFileName() + " on " + manifest.size() + " images from "
                    + manifestFile.getFileName() + " (device " + model.device() + ", batch " + settings.batchSize()
                    + ", input " + shape + ").");
            DecodeBudget budget = options.decodeBudgetMb() > 0 ? DecodeBudget.ofMegabytes(options.decodeBudgetMb())
                    : DecodeBudget.forWorkers(settings.workers());
            double[][] scores = ImageScoring.score(manifest, new Preprocessor(preprocessing), scorer, settings, budget,
                    decoder, log);
            ModelSummary summary = new ModelSummary(model.info(), preprocessing, model.device(),
                    "ONNX Runtime " + ExecutionProviders.onnxRuntime().runtimeVersion());
            if (stored != null) {
                stored.store(scores, summary, log);
            }
            return new Scored(manifest.toPredictions(scores), manifest::location, source, summary);
        }
    }

    /** A binary task has one output for its one label; the others one per label (or class). */
    private static int outputLabels(EvaluationSpec spec) {
        return spec.task() == Task.BINARY ? 1 : spec.labels().labels().size();
    }

    private EvaluationResult judge(EvaluationSpec spec, Scored scored, Scored validation) {
        Predictions predictions = scored.predictions();
        Map<String, String[]> values = new LinkedHashMap<>();
        for (String attribute : predictions.attributeNames()) {
            values.put(attribute, predictions.attribute(attribute));
        }
        GroupingBuilder builder = new GroupingBuilder(values, spec.bins(), scored.rowLocation());
        List<Grouping> groupings = new ArrayList<>();
        for (String name : groupingNames(spec)) {
            groupings.add(builder.build(name));
        }
        MetricsStage.Outcome outcome = new MetricsStage(log, Parallel.defaultThreads()).run(spec, predictions, groupings,
                validation == null ? null : validation.predictions(), validation == null ? null : validation.source());
        DataSummary data = DataSummaries.of(scored.source(), predictions, groupings, scored.rowLocation());
        return new EvaluationResult(Instant.now(), pluginVersion, scored.model(), data, spec.minGroupSize(),
                outcome.labels(), outcome.verdict(), predictions, spec.bootstrap(),
                validation == null ? null : validation.source(), spec.minClassCount());
    }

    /** Attributes, then intersections, then whatever the rules name, each once and in canonical form. */
    static List<String> groupingNames(EvaluationSpec spec) {
        Set<String> names = new LinkedHashSet<>(spec.attributes());
        for (String intersection : spec.intersections()) {
            names.add(String.join(GroupingBuilder.INTERSECTION, GroupingBuilder.splitIntersection(intersection)));
        }
        for (Rule rule : spec.rules()) {
            names.add(rule.grouping());
        }
        return new ArrayList<>(names);
    }

    /** Every attribute column a grouping needs. */
    static List<String> neededAttributes(EvaluationSpec spec) {
        Set<String> attributes = new LinkedHashSet<>();
        for (String name : groupingNames(spec)) {
            attributes.addAll(GroupingBuilder.splitIntersection(name));
        }
        return new ArrayList<>(attributes);
    }
}
