package dev.fairness.engine;

import dev.fairness.dataset.Manifest;
import dev.fairness.dataset.Preprocessor;
import dev.fairness.inference.ModelHash;
import dev.fairness.inference.OnnxModel;
import dev.fairness.inference.OnnxScorer;
import dev.fairness.pipeline.PipelineSettings;

import java.nio.file.Path;
import java.util.Locale;

/**
 * An ONNX classifier opened for one evaluation, then run over a test set through the pipeline. Opening and scoring
 * are apart so that the caller can look up stored scores between them, when the model's hash (computed while the
 * session was created) is known. Logs at debug level what the model costs before its first image: the session's
 * creation and the first batch (the hash says its own).
 */
final class OnnxScoring implements AutoCloseable {
    private final EvaluationSpec spec;
    private final OnnxModel model;
    private final EvaluationLog log;

    private OnnxScoring(EvaluationSpec spec, OnnxModel model, EvaluationLog log) {
        this.spec = spec;
        this.model = model;
        this.log = log;
    }

    /**
     * Creates the session on this thread; {@code hash} may still be computed on another.
     *
     * @param warn where the device's warnings go (the caller may hold them until it has said why it evaluates)
     */
    static OnnxScoring open(EvaluationSpec spec, ModelHash hash, RunOptions options, EvaluationLog log,
                            java.util.function.Consumer<String> warn) {
        OnnxModel model = OnnxModel.open(spec.inputs().model(), hash, spec.inference().device(),
                spec.throughput().threads(), OnnxInput.devices(options, warn));
        log.debug(String.format(Locale.ROOT, "Model cost: opening %s in ONNX Runtime (session creation) took %.2f s",
                spec.inputs().model().getFileName(), model.openSeconds()));
        return new OnnxScoring(spec, model, log);
    }

    /** Scores every row of {@code manifest} ({@code [label][row]}) with what the report says about the model. */
    TorchScriptScoring.Result score(Manifest manifest, Path manifestFile, RunOptions options, RowDecoder decoder) {
        OnnxInput input = OnnxInput.of(spec, model);
        OnnxScorer scorer = input.scorer(spec, model);
        PipelineSettings settings = ImageScoring.settings(spec, options, model.info().batchSize());
        int batchSize = spec.throughput().batchSize();
        if (model.info().hasFixedBatch() && batchSize > 0 && batchSize != settings.batchSize()) {
            log.warn("<batchSize>" + batchSize + "</batchSize> is ignored: " + spec.inputs().model().getFileName()
                    + " has a fixed batch dimension of " + settings.batchSize() + ".");
        }
        ImageScoring.logEvaluating(log, spec.inputs().model(), manifest, manifestFile, model.device(), settings,
                input.shape());
        double[][] scores = ImageScoring.score(manifest, new Preprocessor(input.preprocessing()), scorer, settings,
                options, decoder, log);
        if (!Double.isNaN(scorer.firstBatchSeconds())) {
            log.debug(String.format(Locale.ROOT, "Model cost: the first batch took %.2f s, the later ones %.2f s on "
                    + "average (ONNX Runtime plans and allocates its buffers on its first run)",
                    scorer.firstBatchSeconds(), scorer.laterBatchSeconds()));
        }
        return new TorchScriptScoring.Result(scores, input.summary(model));
    }

    @Override
    public void close() {
        model.close();
    }
}
