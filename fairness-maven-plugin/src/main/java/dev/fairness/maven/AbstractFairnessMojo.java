package dev.fairness.maven;

import dev.fairness.InputException;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.engine.Evaluator;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;
import java.util.Map;

/**
 * The parameters every fairness goal shares. Each is read and checked in one place, {@link SpecReader}, into the
 * engine's {@link EvaluationSpec}; this class only declares and documents them.
 */
public abstract class AbstractFairnessMojo extends AbstractMojo {

    /**
     * The model to evaluate: an ONNX file, or a TorchScript file ({@code .pt}, {@code .pts}, {@code .torchscript})
     * scored through DJL's PyTorch engine, which needs the PyTorch natives as a plugin dependency.
     */
    @Parameter(property = "fairness.model")
    File model;

    /** The test set: a CSV with an image column, label column(s) and attribute columns. */
    @Parameter(property = "fairness.manifest")
    File manifest;

    /**
     * A CSV of scores computed elsewhere (id, true_&lt;label&gt;, score_&lt;label&gt;, attributes); skips inference, so
     * it cannot be combined with {@code model}, {@code manifest} or {@code imageRoot}.
     */
    @Parameter(property = "fairness.predictions")
    File predictions;

    /**
     * The folder the manifest's image paths are relative to, e.g. a shared volume; by default the manifest's folder.
     * Every image must be a regular file inside it after symbolic links are resolved (absolute paths too).
     */
    @Parameter(property = "fairness.imageRoot")
    File imageRoot;

    /** The manifest column holding image paths, relative to the image root. */
    @Parameter(defaultValue = "image")
    String imageColumn;

    /** The manifest column holding unique row ids; by default the image path. */
    @Parameter
    String idColumn;

    /** Label columns holding 0/1 (binary: one; multi-label: several). */
    @Parameter
    List<String> labels;

    /** One column holding the class (multi-class) or a separated list of findings (multi-label). */
    @Parameter
    String labelColumn;

    /** The classes or findings of {@code labelColumn}, in the model's output order. */
    @Parameter
    List<String> classes;

    /** Separator of findings in {@code labelColumn}; setting it makes the task multi-label. */
    @Parameter
    String labelSeparator;

    /** The value of {@code labelColumn} that means no finding (multi-label). */
    @Parameter(defaultValue = "No Finding")
    String noneValue;

    /** {@code binary}, {@code multiLabel} or {@code multiClass}; by default derived from the label configuration. */
    @Parameter(property = "fairness.task")
    String task;

    /** Whether the model outputs {@code probabilities} or {@code logits}. */
    @Parameter(property = "fairness.outputs", defaultValue = "probabilities")
    String outputs;

    /** Image preprocessing; absent values come from the model's input. */
    @Parameter
    PreprocessingConfiguration preprocessing;

    /** {@code auto}, {@code cpu}, {@code cuda}, {@code cuda:N}, {@code tensorrt}, {@code tensorrt:N}. */
    @Parameter(property = "fairness.device", defaultValue = "auto")
    String device;

    /** Images per inference call; 0 picks the model's fixed batch size or 16. */
    @Parameter(property = "fairness.batchSize", defaultValue = "0")
    int batchSize;

    /** ONNX Runtime threads; 0 uses one per core. */
    @Parameter(property = "fairness.threads", defaultValue = "0")
    int threads;

    /**
     * Threads that read, decode and preprocess images while the model runs; 0 uses one per core. The model's
     * own threads are {@code threads}.
     */
    @Parameter(property = "fairness.workers", defaultValue = "0")
    int workers;

    /**
     * The memory one image may take to decode, in MB; an image that needs more (judged from its header before
     * decoding) fails with a message saying how much it needs. 0 takes half the JVM's maximum heap over the workers.
     */
    @Parameter(property = "fairness.decodeBudgetMb", defaultValue = "0")
    long decodeBudgetMb;

    /**
     * Decide whether test images changed since the stored evaluation by hashing their bytes (SHA-256) instead of
     * comparing their sizes and modification times. Slower; for file systems or checkouts that keep no reliable
     * modification times.
     */
    @Parameter(property = "fairness.contentHash", defaultValue = "false")
    boolean contentHash;

    /**
     * A folder holding the ONNX Runtime native libraries to load instead of the ones inside the plugin's jar: the
     * GPU ones (CUDA, TensorRT) of the same version, unpacked from {@code com.microsoft.onnxruntime:onnxruntime_gpu}.
     * Sets {@code onnxruntime.native.path} before ONNX Runtime loads.
     */
    @Parameter(property = "fairness.nativeLibraryPath")
    File nativeLibraryPath;

    /** Attribute columns whose groups are reported (e.g. sex, age). */
    @Parameter
    List<String> attributes;

    /**
     * Attributes read from the images' DICOM headers where the manifest has no value (no column, or an empty cell):
     * attribute → {@code PatientSex} or {@code PatientAge}, e.g. {@code <sex>PatientSex</sex>}.
     */
    @Parameter
    Map<String, String> dicomAttributes;

    /**
     * Bin edges of numeric attributes, e.g. {@code <age>0,20,40,60,80</age>}: increasing numbers; each key must be an
     * attribute that is grouped (case-sensitive).
     */
    @Parameter
    Map<String, String> bins;

    /** Intersections reported as groupings, e.g. {@code sex×age} (also {@code sex*age}). */
    @Parameter
    List<String> intersections;

    /** Groups with fewer samples are left out of rules (per the rule's onMissing policy) and marked. */
    @Parameter(property = "fairness.minGroupSize", defaultValue = "30")
    int minGroupSize;

    /**
     * Groups with fewer cases of the class a metric rests on (positives for TPR, negatives for FPR, predicted
     * positives for PPV, both classes for AUC, ...) are left out of rules on that metric and marked; 0 turns this off.
     */
    @Parameter(property = "fairness.minClassCount", defaultValue = "10")
    int minClassCount;

    /** The operating threshold, between 0 and 1: a score at or above it is a positive prediction. */
    @Parameter(property = "fairness.threshold", defaultValue = "0.5")
    double threshold;

    /** Per-label thresholds between 0 and 1, e.g. {@code <Effusion>0.3</Effusion>}; each key must be a label. */
    @Parameter
    Map<String, String> thresholds;

    /**
     * How every label's threshold is set: {@code fixed} (at {@code threshold}, or the label's {@code thresholds}
     * entry), {@code youden} (maximal Youden's J), {@code maxF1}, {@code targetFpr} or {@code targetTpr} (with
     * {@code targetRate}). Chosen on the test set, or on the validation set when one is given.
     */
    @Parameter(property = "fairness.thresholdMethod", defaultValue = "fixed")
    String thresholdMethod;

    /**
     * The target FPR of {@code targetFpr} (e.g. 0.2, as Glocker et al.) or TPR of {@code targetTpr}, strictly between
     * 0 and 1; the other methods take none.
     */
    @Parameter(property = "fairness.targetRate")
    Double targetRate;

    /** Per-label operating points, overriding the defaults for their label. */
    @Parameter
    List<OperatingPointConfiguration> operatingPoints;

    /** A manifest of separate validation images, scored by the same model, to choose thresholds on. */
    @Parameter(property = "fairness.validationManifest")
    File validationManifest;

    /** A predictions CSV of a separate validation set (same columns as {@code predictions}) to choose thresholds on. */
    @Parameter(property = "fairness.validationPredictions")
    File validationPredictions;

    /** Stratified bootstrap replicates for the confidence intervals; 0 turns intervals off. */
    @Parameter(property = "fairness.bootstrap", defaultValue = "1000")
    int bootstrap;

    /** Confidence level of the intervals, strictly between 0 and 1. */
    @Parameter(property = "fairness.confidenceLevel", defaultValue = "0.95")
    double confidenceLevel;

    /** Seed of the bootstrap: the same seed and data give the same intervals on every run and thread count. */
    @Parameter(property = "fairness.seed", defaultValue = "42")
    long seed;

    /** The fairness rules. */
    @Parameter
    List<RuleConfiguration> rules;

    /** Where fairness.json and predictions.csv are written. */
    @Parameter(property = "fairness.outputDirectory", defaultValue = "${project.build.directory}/fairness")
    File outputDirectory;

    /** Fail the build when a rule is violated; false logs the violations as warnings. */
    @Parameter(property = "fairness.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    /** Skip the goal. */
    @Parameter(property = "fairness.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    String pluginVersion;

    /**
     * Maven's log, escaping every message ({@link EscapingLog}): the engine's lines, the per-group table and the rule
     * lines carry manifest cells and group names, which must not be able to write log lines of their own.
     */
    @Override
    public org.apache.maven.plugin.logging.Log getLog() {
        return new EscapingLog(super.getLog());
    }

    /** A user error as Maven reports it: the message alone (see {@link UserErrors}). */
    MojoExecutionException userError(InputException e) {
        return UserErrors.toMojo(e, getLog());
    }

    /** The evaluator, with how inference runs (checked by {@link SpecReader#runOptions}). */
    Evaluator evaluator() {
        Configuration c = configuration();
        return new Evaluator(new MavenEvaluationLog(getLog()), pluginVersion, SpecReader.runOptions(c))
                .withDicomAttributes(SpecReader.dicomAttributes(c));
    }

    /** What to evaluate: the pom read and checked by {@link SpecReader}. */
    EvaluationSpec spec() {
        return SpecReader.spec(configuration());
    }

    /** This goal's parameter values, as injected, for {@link SpecReader}. */
    Configuration configuration() {
        Configuration c = new Configuration();
        c.model = model;
        c.manifest = manifest;
        c.predictions = predictions;
        c.imageRoot = imageRoot;
        c.imageColumn = imageColumn;
        c.idColumn = idColumn;
        c.labels = labels;
        c.labelColumn = labelColumn;
        c.classes = classes;
        c.labelSeparator = labelSeparator;
        c.noneValue = noneValue;
        c.task = task;
        c.outputs = outputs;
        c.preprocessing = preprocessing;
        c.device = device;
        c.batchSize = batchSize;
        c.threads = threads;
        c.workers = workers;
        c.decodeBudgetMb = decodeBudgetMb;
        c.contentHash = contentHash;
        c.nativeLibraryPath = nativeLibraryPath;
        c.attributes = attributes;
        c.dicomAttributes = dicomAttributes;
        c.bins = bins;
        c.intersections = intersections;
        c.minGroupSize = minGroupSize;
        c.minClassCount = minClassCount;
        c.threshold = threshold;
        c.thresholds = thresholds;
        c.thresholdMethod = thresholdMethod;
        c.targetRate = targetRate;
        c.operatingPoints = operatingPoints;
        c.validationManifest = validationManifest;
        c.validationPredictions = validationPredictions;
        c.bootstrap = bootstrap;
        c.confidenceLevel = confidenceLevel;
        c.seed = seed;
        c.rules = rules;
        c.outputDirectory = outputDirectory;
        return c;
    }
}
