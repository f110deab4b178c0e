package dev.fairness.engine;

import dev.fairness.cache.EvaluationCache;
import dev.fairness.cache.EvaluationKey;
import dev.fairness.cache.EvaluationKeys;
import dev.fairness.dataset.Manifest;
import dev.fairness.dataset.ManifestRow;
import dev.fairness.inference.ModelFile;
import dev.fairness.inference.ModelFiles;
import dev.fairness.inference.OnnxRuntimeState;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One evaluation per input state: the scores of the last evaluation are stored under {@value #FOLDER} in the output
 * directory with the key of their inputs, and a build whose inputs have the same key reuses them instead of running
 * the model. Says in one line whether it reuses, and why not when the inputs changed.
 */
final class StoredScores {
    static final String FOLDER = "cache";

    private final EvaluationCache cache;
    private final EvaluationKey key;
    private final Manifest manifest;
    private final Path model;

    private StoredScores(EvaluationCache cache, EvaluationKey key, Manifest manifest, Path model) {
        this.cache = cache;
        this.key = key;
        this.manifest = manifest;
        this.model = model;
    }

    /**
     * Hashes the manifest, the images (sizes and times, or bytes) and the configuration; the model's hash is the
     * one {@code modelFile} read, so the model is hashed once per run.
     */
    static StoredScores of(EvaluationSpec spec, ModelFile modelFile, Manifest manifest, RunOptions options,
                           String pluginVersion, String folder, ModelFiles files) {
        return pending(spec, manifest, options, pluginVersion, folder, files).withModel(modelFile);
    }

    /** Every part of the key but the model's hash: known before the model is read. */
    static Pending pending(EvaluationSpec spec, Manifest manifest, RunOptions options, String pluginVersion,
                           String folder, ModelFiles files) {
        List<Path> images = new ArrayList<>(manifest.size());
        for (ManifestRow row : manifest.rows()) {
            images.add(row.image());
        }
        // rows hold real image paths: naming them relative to the manifest's real folder keeps the key when the
        // checkout moves, and changes it when <imageRoot> points elsewhere (other files under the same names)
        EvaluationKey key = EvaluationKeys.of(null, realPath(manifest.file()), images,
                options.contentHash(), configuration(spec, options, pluginVersion, files));
        return new Pending(new EvaluationCache(spec.outputDirectory().resolve(folder)), key, manifest,
                spec.inputs().model());
    }

    /**
     * Whether {@code folder} of the output directory holds a stored evaluation at all; when not, every look-up
     * misses, which is known before anything is hashed.
     */
    static boolean anyStored(EvaluationSpec spec, String folder) {
        return new EvaluationCache(spec.outputDirectory().resolve(folder)).holdsAny();
    }

    /** The key before the model is hashed. */
    record Pending(EvaluationCache cache, EvaluationKey withoutModel, Manifest manifest, Path model) {
        /** False when no stored evaluation can match whatever the model's hash: then it runs for sure. */
        boolean mayHit() {
            return cache.mayHit(withoutModel);
        }

        StoredScores withModel(ModelFile modelFile) {
            return new StoredScores(cache, withoutModel.withModel(modelFile.sha256()), manifest, model);
        }
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file; // reading it for the key fails next, with a message naming it
        }
    }

    /**
     * Every setting that changes a score: the plugin and ONNX Runtime versions, the native libraries (which decide
     * what {@code auto} runs on), and the whole of the spec's parts that do: {@link TestSetColumns} (how rows and
     * labels are read) and {@link Inference} (task, outputs, preprocessing, device). A component added to either
     * is in the key without being listed here. Not: {@link Throughput} (speed only), the reference columns (compared
     * on every build), nor groupings, thresholds and rules (the metrics are recomputed from the scores on every
     * build).
     */
    static Map<String, String> configuration(EvaluationSpec spec, RunOptions options, String pluginVersion,
                                             ModelFiles files) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("plugin", String.valueOf(pluginVersion));
        settings.put("onnxruntime", OnnxRuntimeState.version());
        settings.put("nativeLibraryPath", String.valueOf(options.nativeLibraryPath()));
        settings.put("columns", spec.inputs().columns().withoutReference().toString());
        settings.put("inference", spec.inference().toString());
        if (spec.inference().zeroShot() != null) {
            settings.put("zeroShotFiles", spec.inference().zeroShot().filesDigest(files));
        }
        return settings;
    }

    /** The stored evaluation's scores and model when the key matches, else null (saying why when it changed). */
    Reused reuse(EvaluationLog log) {
        EvaluationCache.Lookup found = cache.lookup(key, manifest.labels(), ids());
        if (found instanceof EvaluationCache.Hit hit) {
            ModelSummary summary = ModelSummaries.fromJson(hit.stored(), model);
            if (summary != null) {
                log.info("Reusing the stored evaluation of " + model.getFileName() + " on " + manifest.size()
                        + " images from " + manifest.file().getFileName() + ": model, manifest, images and "
                        + "configuration are unchanged (key " + key.shortId() + ").");
                return new Reused(hit.scores(), summary);
            }
            log.info("Evaluating again: the stored evaluation in " + cache.directory() + " lacks the model summary.");
        } else if (found instanceof EvaluationCache.Miss miss && miss.reason() != null) {
            log.info("Evaluating again: " + miss.reason() + ".");
        }
        return null;
    }

    /**
     * Says why the stored evaluation is not used, when the model already runs (its hash was computed while it was
     * loaded). A stored evaluation that matches after all (another build stored it meanwhile) is passed over in
     * silence: this build's scores replace it under the same key.
     */
    void explainMiss(EvaluationLog log) {
        EvaluationCache.Lookup found = cache.lookup(key, manifest.labels(), ids());
        if (found instanceof EvaluationCache.Miss miss && miss.reason() != null) {
            log.info("Evaluating again: " + miss.reason() + ".");
        }
    }

    /** Keeps the scores for the next build; a failure to write only costs that build a re-evaluation. */
    void store(double[][] scores, ModelSummary summary, EvaluationLog log) {
        try {
            cache.store(key, manifest.toPredictions(scores), ModelSummaries.toJson(summary));
        } catch (IOException | RuntimeException e) {
            log.warn("Could not store the evaluation in " + cache.directory() + " for reuse (" + e.getMessage()
                    + "); the next build evaluates again.");
        }
    }

    private List<String> ids() {
        List<String> ids = new ArrayList<>(manifest.size());
        for (ManifestRow row : manifest.rows()) {
            ids.add(row.id());
        }
        return ids;
    }

    /** Scores ({@code [label][row]}) and the model summary of a reused evaluation. */
    record Reused(double[][] scores, ModelSummary model) {
    }
}
