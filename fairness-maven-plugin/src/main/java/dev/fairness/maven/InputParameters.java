package dev.fairness.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;

/**
 * The goals' parameters that say what is evaluated and how it is scored: the model, the test set and its columns,
 * the labels, and how inference runs. A superclass of {@link AbstractFairnessMojo} only so that each class of
 * parameter declarations stays short; Maven injects inherited parameters like declared ones.
 */
abstract class InputParameters extends AbstractMojo {

    /**
     * The model to evaluate: an ONNX file, or a TorchScript file ({@code .pt}, {@code .pts}, {@code .torchscript})
     * scored through DJL's PyTorch engine, which needs the PyTorch natives as a plugin dependency.
     */
    @Parameter(property = "fairness.model")
    File model;

    /**
     * A zero-shot (CLIP-style) model instead of {@code model}: an image tower ({@code imageEncoder}), a text tower
     * with its Hugging Face tokenizer ({@code textEncoder}, {@code tokenizer}, {@code contextLength}, {@code padId})
     * or precomputed prompt embeddings ({@code promptEmbeddings}), prompt {@code templates} (and
     * {@code negativeTemplates} for {@code pair} scoring), per-label {@code prompts} with a {@code label}, a
     * {@code name} and own templates, the scoring {@code mode} ({@code softmax} or {@code pair}; by default the
     * task's), the {@code ensemble} ({@code embedding-mean}, {@code logit-mean}, {@code logit-max}) and the
     * {@code logitScale} (by default the model's {@code logit_scale}). See the zero-shot page.
     */
    @Parameter
    ZeroShotConfiguration zeroShot;

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

    /**
     * Export parity: the prefix of the manifest columns holding the score the training framework computed for each
     * image, one column per label ({@code reference_} reads {@code reference_Effusion}), as probabilities. After
     * scoring, the build logs the mean and largest difference per label and fails beyond {@code referenceTolerance},
     * listing the images that differ most. Not with {@code predictions} (no scores are computed then).
     */
    @Parameter(property = "fairness.referenceColumnPrefix")
    String referenceColumnPrefix;

    /**
     * The largest |plugin score - reference score| that passes export parity, between 0 and 1. The default is far
     * above the float differences between runtimes (about 1e-7) and far below a preprocessing mismatch (1e-2 and more).
     */
    @Parameter(property = "fairness.referenceTolerance", defaultValue = "1.0E-4")
    double referenceTolerance;

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
     * Score only shard {@code i} of {@code n} ({@code i/n}, e.g. {@code 2/3}; 1 &le; i &le; n) and stop: the rows
     * whose id hashes to shard i are scored and written to {@code shard-<i>-of-<n>.csv} and
     * {@code shard-<i>-of-<n>.json} in the output directory, without metrics or rules. {@code fairness:merge}
     * then judges all n shards as one run. For CI jobs that each score a part of a large test set.
     */
    @Parameter(property = "fairness.shard")
    String shard;

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
}
