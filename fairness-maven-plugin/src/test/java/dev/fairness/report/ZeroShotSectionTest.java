package dev.fairness.report;

import dev.fairness.dataset.LabelSpec;
import dev.fairness.engine.EvaluationLog;
import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.engine.Evaluator;
import dev.fairness.engine.Groupings;
import dev.fairness.engine.Inference;
import dev.fairness.engine.Inputs;
import dev.fairness.inference.Device;
import dev.fairness.testing.SyntheticTestSets;
import dev.fairness.zeroshot.Ensemble;
import dev.fairness.zeroshot.ScoringMode;
import dev.fairness.zeroshot.ZeroShotClass;
import dev.fairness.zeroshot.ZeroShotSpec;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The report's zero-shot section: how the model scored and with which prompts; absent for a classifier. */
class ZeroShotSectionTest {
    private static final Path TOWERS = Path.of("").toAbsolutePath().getParent().resolve("src/it/_data/zero-shot");

    @Test
    void aZeroShotModelsReportShowsModeEnsembleScaleAndEveryPrompt(@TempDir Path dir) {
        SyntheticTestSets.plantedGap(dir);
        ZeroShotSpec zeroShot = new ZeroShotSpec(TOWERS.resolve("image_encoder.onnx"), null, null, 77, 0,
                TOWERS.resolve("prompt_embeddings.json"), ScoringMode.PAIR, Ensemble.LOGIT_MAX, 1.0,
                List.of(new ZeroShotClass("Effusion", "pleural effusion", List.of("a chest x-ray showing {}", "{}"),
                        List.of("a chest x-ray showing no {}", "no {}"))));
        EvaluationSpec spec = EvaluationSpec.of(Inputs.images(zeroShot.imageEncoder(), dir.resolve("manifest.csv"),
                        LabelSpec.binaryColumns(List.of("Effusion"))), dir.resolve("out"))
                .withInference(Inference.DEFAULT.withDevice(Device.CPU).withZeroShot(zeroShot))
                .withGroupings(Groupings.of("sex"));
        EvaluationResult result = new Evaluator(EvaluationLog.SILENT, "1.2.3").evaluate(spec);

        Document dom = ReportFixtures.document(ReportFixtures.source(result));

        Element section = dom.getElementById(ZeroShotSection.ID);
        assertEquals("Zero-shot prompts", section.selectFirst("h2").text());
        assertEquals(List.of("Scoring", "Prompt ensemble", "Logit scale", "Text embeddings"),
                section.select("dt").eachText());
        assertEquals(List.of("pair: per finding, a positive against a negative prompt group (independent "
                + "probabilities)", "logit-max", "1.000 (configured)", "read from prompt_embeddings.json"),
                section.select("dd").eachText());
        assertEquals(List.of("Label", "Name in the prompts", "Templates (negative ones marked −)", "Prompts",
                "Negative prompts"), section.select("th").eachText());
        assertEquals(List.of("Effusion", "pleural effusion", "a chest x-ray showing {} {} − a chest x-ray showing no "
                + "{} − no {}", "a chest x-ray showing pleural effusion pleural effusion", "a chest x-ray showing no "
                + "pleural effusion no pleural effusion"), section.select("tbody td").eachText());
        assertEquals("Zero-shot prompts", dom.selectFirst("nav a[href=#" + ZeroShotSection.ID + "]").text());
    }

    @Test
    void aClassifiersReportHasNoZeroShotSection(@TempDir Path dir) {
        Document dom = ReportFixtures.document(ReportFixtures.fairlearn(dir, 1));

        assertNull(dom.getElementById(ZeroShotSection.ID));
        assertNull(dom.selectFirst("nav a[href=#" + ZeroShotSection.ID + "]"));
    }
}
