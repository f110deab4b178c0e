package dev.fairness.maven;

import dev.fairness.InputException;
import dev.fairness.dataset.DicomAttributeMap;
import dev.fairness.dataset.LabelSpec;
import dev.fairness.dataset.Preprocessing.ChannelMode;
import dev.fairness.dataset.Preprocessing.ResizeMode;
import dev.fairness.engine.EvaluationLog;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.engine.Evaluator;
import dev.fairness.engine.RunOptions;
import dev.fairness.engine.ImageInput;
import dev.fairness.engine.Inference;
import dev.fairness.engine.Inputs;
import dev.fairness.engine.Groupings;
import dev.fairness.engine.OperatingPoints;
import dev.fairness.engine.TestSetColumns;
import dev.fairness.engine.Throughput;
import dev.fairness.engine.LabelConfiguration;
import dev.fairness.groups.AttributeSpec;
import dev.fairness.inference.Device;
import dev.fairness.inference.OutputKind;
import dev.fairness.metrics.BootstrapSettings;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parameters every fairness goal shares, and their translation into the engine's {@link EvaluationSpec}. */
public abstract class AbstractFairnessMojo extends AbstractMojo {

    /** The ONNX model to evaluate. */
    @Parameter(property = "fairness.model")
    File model;

    /** The test set: a CSV with an image column, label column(s) and attribute columns. */
    @Parameter(property = "fairness.manifest")
    File manifest;

    /** A CSV of scores computed elsewhere (id, true_&lt;label&gt;, score_&lt;label&gt;, attributes); skips inference. */
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
    Preprocessing preprocessing;

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

    /** Bin edges of numeric attributes, e.g. {@code <age>0,20,40,60,80</age>}. */
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

    /** The operating threshold: a score at or above it is a positive prediction. */
    @Parameter(property = "fairness.threshold", defaultValue = "0.5")
    double threshold;

    /** Per-label thresholds, e.g. {@code <Effusion>0.3</Effusion>}. */
    @Parameter
    Map<String, String> thresholds;

    /**
     * How every label's threshold is set: {@code fixed} (at {@code threshold}, or the label's {@code thresholds}
     * entry), {@code youden} (maximal Youden's J), {@code maxF1}, {@code targetFpr} or {@code targetTpr} (with
     * {@code targetRate}). Chosen on the test set, or on the validation set when one is given.
     */
    @Parameter(property = "fairness.thresholdMethod", defaultValue = "fixed")
    String thresholdMethod;

    /** The target FPR of {@code targetFpr} (e.g. 0.2, as Glocker et al.) or TPR of {@code targetTpr}. */
    @Parameter(property = "fairness.targetRate")
    Double targetRate;

    /** Per-label operating points, overriding the defaults for their label. */
    @Parameter
    List<OperatingPoint> operatingPoints;

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
    List<Rule> rules;

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

    /**
     * A user error: its message says everything. The cause (with its technical detail and stack trace) is attached
     * only at debug level ({@code -X}), because Maven would otherwise append the cause's message to the line.
     */
    org.apache.maven.plugin.MojoExecutionException userError(InputException e) {
        // Maven prints the message as it is: escaped here, so a cell quoted in it cannot forge log lines
        String message = dev.fairness.LogText.escape(e.getMessage());
        return getLog().isDebugEnabled()
                ? new org.apache.maven.plugin.MojoExecutionException(message, e)
                : new org.apache.maven.plugin.MojoExecutionException(message);
    }

    /** The engine's log, routed to Maven's. */
    EvaluationLog mavenLog() {
        return new EvaluationLog() {
            @Override
            public void info(String message) {
                getLog().info(message);
            }

            @Override
            public void warn(String message) {
                getLog().warn(message);
            }

            @Override
            public void debug(String message) {
                getLog().debug(message);
            }
        };
    }

    /** The evaluator, with how inference runs: workers, image hashing, native libraries. */
    Evaluator evaluator() {
        if (workers < 0) {
            throw new InputException("<workers> is " + workers + ". Set it to the number of image decoding threads, "
                    + "or 0 for one per core.");
        }
        if (decodeBudgetMb < 0) {
            throw new InputException("<decodeBudgetMb> is " + decodeBudgetMb + ". Set it to the memory one image may "
                    + "take to decode, in MB, or 0 for half the heap over the workers.");
        }
        return new Evaluator(mavenLog(), pluginVersion, new RunOptions(workers, contentHash, path(nativeLibraryPath),
                decodeBudgetMb)).withDicomAttributes(DicomAttributeMap.of(dicomAttributes));
    }

    EvaluationSpec spec() {
        LabelConfiguration labelConfiguration = new LabelConfiguration(labels, labelColumn, classes, labelSeparator,
                noneValue, task);
        LabelSpec labelSpec = labelConfiguration.labelSpec();
        return new EvaluationSpec(
                new Inputs(path(model), path(manifest), path(predictions), path(imageRoot),
                        new TestSetColumns(imageColumn, idColumn, labelSpec), path(validationManifest),
                        path(validationPredictions)),
                new Inference(labelConfiguration.task(labelSpec), OutputKind.parse(outputs), imageInput(),
                        Device.parse(device)),
                new Throughput(batchSize, threads),
                new Groupings(list(attributes), bins(), list(intersections), minGroupSize, minClassCount()),
                new OperatingPoints(threshold, thresholds(),
                        OperatingPointConverter.defaultSpec(thresholdMethod, targetRate),
                        OperatingPointConverter.perLabel(list(operatingPoints))),
                RuleConverter.convert(list(rules)), bootstrapSettings(), outputDirectory.toPath());
    }

    private int minClassCount() {
        if (minClassCount < 0) {
            throw new InputException("<minClassCount> must be 0 (no minimum) or a number of cases such as 10; found "
                    + minClassCount + ".");
        }
        return minClassCount;
    }

    private BootstrapSettings bootstrapSettings() {
        if (bootstrap < 0) {
            throw new InputException("<bootstrap> must be 0 (no intervals) or a number of replicates such as 1000; found "
                    + bootstrap + ".");
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new InputException("<confidenceLevel> must lie strictly between 0 and 1, e.g. 0.95; found "
                    + confidenceLevel + ".");
        }
        return new BootstrapSettings(bootstrap, confidenceLevel, seed);
    }

    /** Absolute and normalised, so that messages show a clean path. */
    private static java.nio.file.Path path(File file) {
        return file == null ? null : file.toPath().toAbsolutePath().normalize();
    }

    private ImageInput imageInput() {
        if (preprocessing == null) {
            return ImageInput.FROM_MODEL;
        }
        Preprocessing p = preprocessing;
        return new ImageInput(p.width, p.height,
                p.resize == null ? null : ResizeMode.fromConfig(p.resize),
                p.channels == null ? null : ChannelMode.fromConfig(p.channels),
                doubles(p.mean), doubles(p.std));
    }

    private static List<Double> doubles(List<Float> values) {
        if (values == null) {
            return null;
        }
        List<Double> out = new ArrayList<>();
        for (Float v : values) {
            out.add(v == null ? null : (double) v);
        }
        return out;
    }

    private Map<String, AttributeSpec> bins() {
        Map<String, AttributeSpec> specs = new LinkedHashMap<>();
        if (bins != null) {
            for (Map.Entry<String, String> e : bins.entrySet()) {
                specs.put(e.getKey(), new AttributeSpec(e.getKey(), edges(e.getKey(), e.getValue())));
            }
        }
        return specs;
    }

    private static List<Double> edges(String attribute, String text) {
        InputException bad = new InputException("<bins><" + attribute + "> must be increasing numbers separated by "
                + "commas, e.g. 0,20,40,60,80; found '" + text + "'.");
        List<Double> edges = new ArrayList<>();
        for (String part : (text == null ? "" : text).split(",")) {
            try {
                edges.add(Double.parseDouble(part.trim()));
            } catch (NumberFormatException e) {
                throw bad;
            }
            if (edges.size() > 1 && edges.get(edges.size() - 1) <= edges.get(edges.size() - 2)) {
                throw bad;
            }
        }
        return edges;
    }

    private Map<String, Double> thresholds() {
        Map<String, Double> out = new LinkedHashMap<>();
        if (thresholds != null) {
            for (Map.Entry<String, String> e : thresholds.entrySet()) {
                try {
                    out.put(e.getKey(), Double.parseDouble(e.getValue().trim()));
                } catch (NumberFormatException | NullPointerException ex) {
                    throw new InputException("<thresholds><" + e.getKey() + "> must be a number between 0 and 1; found '"
                            + e.getValue() + "'.");
                }
            }
        }
        return out;
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
