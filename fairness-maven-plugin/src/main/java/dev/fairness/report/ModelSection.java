package dev.fairness.report;

import dev.fairness.dataset.Preprocessing;
import dev.fairness.engine.LabelParity;
import dev.fairness.engine.ModelSummary;
import dev.fairness.engine.ScoreChecks;
import dev.fairness.inference.ModelInfo;
import dev.fairness.inference.TorchScriptScorer;

import java.util.List;

/**
 * The model that produced the scores: file, SHA-256, input and output, preprocessing, ONNX versions, runtime and
 * device; or, when the scores came from a predictions file, that file.
 */
final class ModelSection {
    static final String ID = "fr-model";

    private ModelSection() {
    }

    static void render(Html html, ReportContext c) {
        ReportMessages m = c.messages();
        ModelSummary model = c.result().model();
        html.open("section", "id", ID).element("h2", m.get("model.title"));
        if (model == null) {
            html.element("p", m.get("model.none", c.result().data().source()));
            html.close("section");
            return;
        }
        ModelInfo info = model.info();
        Preprocessing p = model.preprocessing();
        html.open("dl", "class", "fr-facts");
        fact(html, m.get("model.file"), String.valueOf(info.file()));
        html.element("dt", m.get("model.sha256")).open("dd").element("code", info.sha256()).close("dd");
        fact(html, m.get("model.input"), m.get("model.input.value", info.inputName(), info.describeInput(),
                info.hasFixedBatch() ? Long.toString(info.batchSize()) : m.get("model.batch.dynamic")));
        fact(html, m.get("model.output"), info.outputWidth() < 0 ? m.get("model.output.dynamic", info.outputName())
                : m.get("model.output.value", info.outputName(), info.outputWidth()));
        fact(html, m.get("model.preprocessing"), m.get("model.preprocessing.value", Integer.toString(p.width()),
                Integer.toString(p.height()), p.resize().configName(), p.channels().configName(), numbers(p.mean(), m),
                numbers(p.std(), m), p.layout().name()));
        if (!TorchScriptScorer.PRODUCER.equals(info.producer())) {
            // a TorchScript model has no ONNX versions
            fact(html, m.get("model.onnx"), m.get("model.onnx.value", Long.toString(info.irVersion()),
                    Long.toString(info.opset()), info.producer().isEmpty() ? m.get("model.producer.unknown") : info.producer()));
        }
        fact(html, m.get("model.runtime"), model.runtime());
        fact(html, m.get("model.device"), String.valueOf(model.device()));
        scoreChecks(html, c.result().checks(), m);
        html.close("dl").close("section");
    }

    /** Export parity per label (its largest difference and tolerance) and the warnings about the scores. */
    private static void scoreChecks(Html html, ScoreChecks checks, ReportMessages m) {
        for (LabelParity p : checks.parity()) {
            fact(html, m.get("model.parity", p.label()), m.get("model.parity.value", p.column(),
                    String.format(java.util.Locale.ROOT, "%.1e", p.max()),
                    String.format(java.util.Locale.ROOT, "%.1e", p.tolerance()), p.images()));
        }
        for (String warning : checks.warnings()) {
            fact(html, m.get("model.warning"), warning);
        }
    }

    private static void fact(Html html, String term, String value) {
        html.element("dt", term).element("dd", value);
    }

    private static String numbers(List<Double> values, ReportMessages m) {
        StringBuilder text = new StringBuilder();
        for (Double v : values) {
            text.append(text.length() == 0 ? "" : ", ").append(m.number(v));
        }
        return text.toString();
    }
}
