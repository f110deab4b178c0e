package dev.fairness.engine;

import dev.fairness.InputException;
import dev.fairness.dataset.AttributeColumn;
import dev.fairness.dataset.DicomAttributeMap;
import dev.fairness.dataset.ImageDecoder;
import dev.fairness.dataset.LocatedPredictions;
import dev.fairness.dataset.Manifest;
import dev.fairness.dataset.ManifestSpec;
import dev.fairness.dataset.Predictions;
import dev.fairness.dataset.PredictionsCsvReader;
import dev.fairness.dataset.ReferenceScores;
import dev.fairness.groups.Grouping;
import dev.fairness.groups.GroupingBuilder;
import dev.fairness.inference.ModelFile;
import dev.fairness.inference.ModelFiles;
import dev.fairness.inference.ModelHash;
import dev.fairness.inference.TorchScriptModel;
import dev.fairness.metrics.Parallel;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

/**
 * One evaluation, start to end: read the test set, score it (or read the scores), group the rows, compute the
 * metrics of every label and grouping, and judge the rules. Writing the outputs is the caller's choice.
 */
public final class Evaluator {
    final EvaluationLog log;
    final String pluginVersion;
    final RunOptions options;
    private final RowDecoder decoder;
    private final DicomAttributeMap dicomAttributes;
    /** The model files this execution hashed: each once, however often it is needed. */
    final ModelFiles modelFiles;

    public Evaluator(EvaluationLog log, String pluginVersion) {
        this(log, pluginVersion, RunOptions.DEFAULTS);
    }

    /** @param options how inference runs (workers, cache hashing, native libraries); they change no score */
    public Evaluator(EvaluationLog log, String pluginVersion, RunOptions options) {
        this(log, pluginVersion, options, ImageDecoder::decode);
    }

    /** @param decoder decodes each row's image (tests pass one that fails like a broken decoder) */
    Evaluator(EvaluationLog log, String pluginVersion, RunOptions options, RowDecoder decoder) {
        this(log, pluginVersion, options, decoder, DicomAttributeMap.NONE, new ModelFiles());
    }

    private Evaluator(EvaluationLog log, String pluginVersion, RunOptions options, RowDecoder decoder,
                      DicomAttributeMap dicomAttributes, ModelFiles modelFiles) {
        this.modelFiles = modelFiles;
        this.log = log;
        this.pluginVersion = pluginVersion;
        this.options = options;
        this.decoder = decoder;
        this.dicomAttributes = dicomAttributes;
    }

    /** Where this evaluator reports progress: the goal's outputs time their phases there too. */
    public EvaluationLog log() {
        return log;
    }

    /** This evaluator, reading the mapped attributes from DICOM headers where the manifest has none. */
    public Evaluator withDicomAttributes(DicomAttributeMap mapping) {
        return new Evaluator(log, pluginVersion, options, decoder, mapping, modelFiles);
    }

    /**
     * The scored test set and, when a model produced the scores, that model; the manifest's reference scores when it
     * has them (export parity).
     */
    record Scored(Predictions predictions, IntFunction<String> rowLocation, String source, ModelSummary model,
                  ReferenceScores reference) {
        Scored(Predictions predictions, IntFunction<String> rowLocation, String source, ModelSummary model) {
            this(predictions, rowLocation, source, model, null);
        }
    }

    public EvaluationResult evaluate(EvaluationSpec spec) {
        Scored scored = spec.usesPredictionsFile() ? readPredictions(spec) : runModel(spec, spec.inputs().manifest(),
                GroupingNames.neededAttributes(spec), StoredScores.FOLDER);
        return evaluate(spec, scored);
    }

    /** Judges scores that are already there (read, reused or merged from shards): the rest of an evaluation. */
    EvaluationResult evaluate(EvaluationSpec spec, Scored scored) {
        ScoreChecks checks = checkScores(spec, scored);
        Scored validation = PreflightChecks.needsValidationSet(spec) ? validation(spec) : null;
        if (validation == null && spec.hasValidationSet()) {
            log.warn("A validation set is configured, but every label has a fixed threshold: it is not used. Set "
                    + "<thresholdMethod> (or an <operatingPoint>) to choose thresholds on it.");
        }
        return judge(spec, scored, validation, checks);
    }

    /** Export parity (fails beyond the tolerance) and degenerate-score warnings, on the model's test-set scores. */
    private ScoreChecks checkScores(EvaluationSpec spec, Scored scored) {
        if (scored.model() == null) {
            return ScoreChecks.NONE;
        }
        // the warnings first: when parity fails next, they hint at why
        List<String> warnings = DegenerateScores.warnings(scored.predictions(), spec);
        warnings.forEach(log::warn);
        List<LabelParity> parity = scored.reference() == null ? List.of() : ExportParity.check(scored.reference(),
                scored.predictions(), scored.rowLocation(), spec.inputs().columns().reference().tolerance(), log);
        return new ScoreChecks(parity, warnings);
    }

    /**
     * Scores these models (one spec each, the same test set) ahead of their evaluations: the ONNX models that take
     * the same input in one pass over the images, each image decoded once for all of them ({@link SharedDecode}).
     * Their scores are stored, and {@link #evaluate} of each spec then reuses them.
     */
    public void scoreTogether(List<EvaluationSpec> specs) {
        SharedDecode.score(specs, options, pluginVersion, decoder, dicomAttributes, modelFiles, log);
    }

    /** The rows thresholds are chosen on: a predictions CSV, or a manifest scored like the test set. */
    private Scored validation(EvaluationSpec spec) {
        if (spec.inputs().validationPredictions() != null) {
            Predictions predictions = PredictionsCsvReader.read(spec.inputs().validationPredictions(),
                    spec.inputs().labels().labels(), List.of());
            log.info("Read " + predictions.size() + " validation predictions from "
                    + spec.inputs().validationPredictions() + " to choose thresholds on.");
            return new Scored(predictions, null, spec.inputs().validationPredictions().toString(), null);
        }
        log.info("Scoring the validation set " + spec.inputs().validationManifest().getFileName()
                + " to choose thresholds on.");
        return runModel(spec, spec.inputs().validationManifest(), List.of(), StoredScores.FOLDER + "-validation");
    }

    private Scored readPredictions(EvaluationSpec spec) {
        Path file = spec.inputs().predictions();
        LocatedPredictions read = PhaseTimer.time(log, "read " + file.getFileName(),
                () -> PredictionsCsvReader.readLocated(file, spec.inputs().labels().labels(), GroupingNames.neededAttributes(spec)));
        Predictions predictions = read.predictions();
        log.info("Read " + predictions.size() + " predictions from " + file + " (no inference: <predictions> is set).");
        return new Scored(predictions, read::location, file.toString(), null);
    }

    /**
     * Scores one manifest: the test set, or the validation set thresholds are chosen on.
     *
     * @param manifestFile the manifest to score
     * @param attributes   the attribute columns it must have
     * @param cacheFolder  where its scores are kept for the next build (one folder per manifest role)
     */
    private Scored runModel(EvaluationSpec spec, Path manifestFile, List<String> attributes, String cacheFolder) {
        return runModel(spec, manifestFile, readManifest(spec, manifestFile, attributes, true), cacheFolder);
    }

    /**
     * The manifest's rows, with the attributes a grouping needs (from DICOM headers where configured).
     *
     * @param imagesNeeded false where no image is read: the images need not exist (see {@link HeaderAttributes})
     */
    Manifest readManifest(EvaluationSpec spec, Path manifestFile, List<String> attributes, boolean imagesNeeded) {
        if (spec.inputs().model() == null) {
            throw new InputException("No model to evaluate. Set <model> to an ONNX file (with <manifest>), "
                    + "or <predictions> to a CSV of scores computed elsewhere.");
        }
        if (spec.inputs().manifest() == null) {
            throw new InputException("No test set for model " + spec.inputs().model() + ". Set <manifest> to the CSV "
                    + "that lists the test images with their labels and attributes.");
        }
        // reference scores are the test set's: a validation manifest need not have them
        List<String> referenceColumns = manifestFile.equals(spec.inputs().manifest())
                ? spec.inputs().columns().reference().columns(spec.inputs().labels().labels()) : List.of();
        return HeaderAttributes.read(new ManifestSpec(manifestFile, spec.inputs().imageColumn(),
                spec.inputs().idColumn(), spec.inputs().labels(), attributes, spec.inputs().imageRoot(),
                referenceColumns), dicomAttributes, log, imagesNeeded);
    }

    /**
     * Scores the rows of {@code manifest} (all of {@code manifestFile}, or a shard's), or reuses stored scores. The
     * model is read and hashed once per execution ({@link ModelFiles}); when no stored evaluation can match (none
     * is stored, or its manifest, images or configuration differ), an ONNX model is opened while it is hashed.
     */
    Scored runModel(EvaluationSpec spec, Path manifestFile, Manifest manifest, String cacheFolder) {
        String source = manifestFile.toString();
        if (spec.inference().zeroShot() != null) {
            return scored(manifest, source, ZeroShotScoring.scoreOrReuse(spec, manifest, manifestFile, cacheFolder,
                    options, pluginVersion, decoder, modelFiles, log));
        }
        Path modelPath = spec.inputs().model();
        StoredScores.Pending pending = StoredScores.pending(spec, manifest, options, pluginVersion, cacheFolder,
                modelFiles);
        boolean onnx = !TorchScriptModel.isTorchScript(modelPath);
        if (!pending.mayHit()) {
            // nothing stored can match: the model runs whatever its hash, so it is opened while it is hashed
            ModelHash hash = ModelHash.inBackground(modelFiles, modelPath, log::debug);
            if (onnx) {
                return scoreOnnx(spec, manifestFile, manifest, pending, hash, true);
            }
            TorchScriptScoring.Result run = TorchScriptScoring.scoreWhileHashing(spec, pending, hash, manifest,
                    manifestFile, options, decoder, log);
            return scored(manifest, source, run);
        }
        ModelHash hash = ModelHash.now(modelFiles, modelPath, log::debug);
        ModelFile modelFile = hash.join();
        StoredScores stored = pending.withModel(modelFile);
        StoredScores.Reused reused = stored.reuse(log);
        if (reused != null) {
            return new Scored(manifest.toPredictions(reused.scores()), manifest::location, source, reused.model(),
                    manifest.reference());
        }
        if (!onnx) {
            TorchScriptScoring.Result run = TorchScriptScoring.score(spec, modelFile, manifest, manifestFile, options, decoder, log);
            stored.store(run.scores(), run.summary(), log);
            return scored(manifest, source, run);
        }
        return scoreOnnx(spec, manifestFile, manifest, pending, hash, false);
    }

    private static Scored scored(Manifest manifest, String source, TorchScriptScoring.Result run) {
        return new Scored(manifest.toPredictions(run.scores()), manifest::location, source, run.summary(),
                manifest.reference());
    }

    /**
     * Scores with an ONNX model and stores the scores under {@code pending}'s key with the model's hash.
     *
     * @param lookUp look the stored scores up once the session is open and the hash known (the hash was computed
     *               while the session was created, so nothing was looked up yet)
     */
    private Scored scoreOnnx(EvaluationSpec spec, Path manifestFile, Manifest manifest, StoredScores.Pending pending,
                             ModelHash hash, boolean lookUp) {
        String source = manifestFile.toString();
        // the device's warnings wait until the log has said why the model runs, as when it was looked up first
        List<String> warnings = new ArrayList<>();
        try (OnnxScoring opened = OnnxScoring.open(spec, hash, options, log, lookUp ? warnings::add : log::warn)) {
            StoredScores stored = pending.withModel(hash.join());
            // says why it evaluates again; hits only when another build stored the same key meanwhile
            StoredScores.Reused reused = lookUp ? stored.reuse(log) : null;
            if (reused != null) {
                return new Scored(manifest.toPredictions(reused.scores()), manifest::location, source,
                        reused.model(), manifest.reference());
            }
            warnings.forEach(log::warn);
            TorchScriptScoring.Result run = opened.score(manifest, manifestFile, options, decoder);
            stored.store(run.scores(), run.summary(), log);
            return scored(manifest, source, run);
        }
    }

    private EvaluationResult judge(EvaluationSpec spec, Scored scored, Scored validation, ScoreChecks checks) {
        Predictions predictions = scored.predictions();
        Map<String, AttributeColumn> values = new LinkedHashMap<>();
        for (String attribute : predictions.attributeNames()) {
            values.put(attribute, predictions.attributeColumn(attribute)); // codes: no text per row
        }
        GroupingBuilder builder = GroupingBuilder.ofColumns(values, spec.groupings().bins(), scored.rowLocation());
        List<String> names = GroupingNames.of(spec);
        // both cores busy: the labels' sorts and thresholds while the groupings are built, the data summary while the
        // metrics are computed; joined in the phases' order, so the first failure in that order is reported
        try (Workers workers = new Workers(Parallel.defaultThreads())) {
            PhaseTimer timer = new PhaseTimer(log);
            List<CompletableFuture<Grouping>> building = new ArrayList<>();
            for (String name : names) {
                building.add(workers.start(() -> builder.build(name)));
            }
            MetricsStage.Started started = new MetricsStage(log, Parallel.defaultThreads()).start(spec, predictions,
                    workers, validation == null ? null : validation.predictions(),
                    validation == null ? null : validation.source());
            List<Grouping> groupings = Workers.joinAll(building);
            timer.lap("groupings");
            CompletableFuture<DataSummary> summarizing = workers.start(
                    () -> DataSummaries.of(scored.source(), predictions, groupings, scored.rowLocation()));
            MetricsStage.Outcome outcome = started.finish(groupings);
            timer = new PhaseTimer(log);
            DataSummary data = Workers.join(summarizing);
            timer.lap("data summary");
            return new EvaluationResult(Instant.now(), pluginVersion, scored.model(), data,
                    spec.groupings().minGroupSize(), outcome.labels(), outcome.verdict(), predictions, spec.bootstrap(),
                    validation == null ? null : validation.source(), spec.groupings().minClassCount(), groupings,
                    checks);
        }
    }
}
