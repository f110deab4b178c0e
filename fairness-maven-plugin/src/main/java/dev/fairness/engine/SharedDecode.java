package dev.fairness.engine;

import dev.fairness.dataset.DicomAttributeMap;
import dev.fairness.dataset.Manifest;
import dev.fairness.dataset.ManifestSpec;
import dev.fairness.dataset.Preprocessor;
import dev.fairness.inference.DeviceSelector;
import dev.fairness.inference.ImageScorer;
import dev.fairness.inference.ModelFile;
import dev.fairness.inference.ModelFiles;
import dev.fairness.inference.OnnxModel;
import dev.fairness.inference.OnnxScorer;
import dev.fairness.inference.TorchScriptModel;
import dev.fairness.pipeline.PipelineSettings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores several ONNX models on one test set in one pass over the images: the models whose stored scores cannot be
 * reused are opened together, grouped by the input they take (preprocessing, input shape, batch size), and each
 * group is scored by one pipeline whose batches feed every model of the group ({@link MultiScorer}), so that each
 * image is read and decoded once per group instead of once per model. The scores are stored as each model's own
 * evaluation would store them; each model's evaluation then reuses them.
 */
final class SharedDecode {
    private SharedDecode() {
    }

    /** One model of the pass: its spec, its stored scores, the open model and what it takes from each image. */
    private record Member(EvaluationSpec spec, StoredScores stored, OnnxModel model, OnnxInput input,
                          OnnxScorer scorer) {
    }

    static void score(List<EvaluationSpec> specs, RunOptions options, String pluginVersion, RowDecoder decoder,
                      DicomAttributeMap dicomAttributes, ModelFiles modelFiles, EvaluationLog log) {
        List<EvaluationSpec> onnx = new ArrayList<>();
        for (EvaluationSpec s : specs) {
            if (s.inputs().model() != null && s.inputs().predictions() == null && s.inputs().manifest() != null
                    && !TorchScriptModel.isTorchScript(s.inputs().model())) {
                onnx.add(s);
            }
        }
        if (onnx.size() < 2) {
            return;
        }
        EvaluationSpec first = onnx.get(0);
        Manifest manifest = HeaderAttributes.read(new ManifestSpec(first.inputs().manifest(), first.inputs()
                .imageColumn(), first.inputs().idColumn(), first.inputs().labels(), GroupingNames.neededAttributes(first),
                first.inputs().imageRoot()), dicomAttributes, EvaluationLog.SILENT);
        DeviceSelector devices = OnnxInput.devices(options, log::warn);
        List<Member> members = new ArrayList<>();
        try {
            for (EvaluationSpec s : onnx) {
                ModelFile file = modelFiles.read(s.inputs().model());
                StoredScores stored = StoredScores.of(s, file, manifest, options, pluginVersion, StoredScores.FOLDER,
                        modelFiles);
                if (stored.reuse(EvaluationLog.SILENT) != null) {
                    continue; // its evaluation reuses its stored scores anyway
                }
                OnnxModel model = OnnxModel.open(s.inputs().model(), file, s.inference().device(),
                        s.throughput().threads(), devices);
                OnnxInput input = OnnxInput.of(s, model);
                members.add(new Member(s, stored, model, input, input.scorer(s, model)));
            }
            Map<String, List<Member>> groups = new LinkedHashMap<>();
            for (Member m : members) {
                groups.computeIfAbsent(m.input().preprocessing() + "|" + m.input().shape() + "|"
                        + m.model().info().batchSize(),
                        k -> new ArrayList<>()).add(m);
            }
            for (List<Member> group : groups.values()) {
                if (group.size() > 1) {
                    scoreTogether(group, manifest, options, decoder, log);
                }
            }
        } finally {
            members.forEach(m -> m.model().close());
        }
    }

    private static void scoreTogether(List<Member> group, Manifest manifest, RunOptions options, RowDecoder decoder,
                                      EvaluationLog log) {
        List<ImageScorer> scorers = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Member m : group) {
            scorers.add(m.scorer());
            names.add(String.valueOf(m.spec().inputs().model().getFileName()));
        }
        Member first = group.get(0);
        PipelineSettings settings = ImageScoring.settings(first.spec(), options, first.model().info().batchSize());
        log.info("Scoring " + group.size() + " models (" + String.join(", ", names) + ") in one pass over "
                + manifest.size() + " images: each image is decoded once for all of them (same preprocessing, input "
                + first.input().shape() + ").");
        double[][] all = ImageScoring.score(manifest, new Preprocessor(first.input().preprocessing()),
                new MultiScorer(scorers),
                settings, options, decoder, log);
        int offset = 0;
        for (Member m : group) {
            int labels = m.scorer().labels();
            double[][] own = new double[labels][];
            System.arraycopy(all, offset, own, 0, labels);
            offset += labels;
            m.stored().store(own, m.input().summary(m.model()), log);
        }
    }
}
