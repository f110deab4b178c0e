package dev.fairness.report;

import dev.fairness.dataset.LabelSpec;
import dev.fairness.engine.EvaluationLog;
import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.engine.Inputs;
import dev.fairness.engine.Groupings;
import dev.fairness.engine.Evaluator;
import dev.fairness.metrics.BootstrapSettings;
import dev.fairness.metrics.Interval;
import dev.fairness.metrics.Metric;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With the bootstrap on, the report shows each rule's and each group metric's interval from the evaluation. */
class ReportIntervalsTest {
    @TempDir
    Path dir;

    private EvaluationResult withBootstrap() {
        Path predictions = ReportFixtures.predictions(dir, ReportFixtures.GROUP);
        EvaluationSpec spec = EvaluationSpec.of(Inputs.predictions(predictions, LabelSpec.binaryColumns(List.of("y"))),
                        dir.resolve("out"))
                .withGroupings(Groupings.of("group").withMinGroupSize(1).withMinClassCount(0))
                .withRules(ReportFixtures.TPR_DIFFERENCE).withBootstrap(BootstrapSettings.DEFAULT);
        return new Evaluator(EvaluationLog.SILENT, "1.2.3").evaluate(spec);
    }

    @Test
    void theRuleValueCarriesTheIntervalOfItsGap() {
        EvaluationResult result = withBootstrap();
        Interval ci = result.verdict().results().get(0).interval();
        Document doc = ReportFixtures.document(ReportFixtures.source(result));
        Element value = doc.selectFirst("table.fr-rules tbody tr td:nth-child(5)");
        assertNotNull(value, doc.select("table").outerHtml());
        assertEquals(String.format(Locale.ROOT, "0.200 (%.3f–%.3f)", ci.lower(), ci.upper()), value.text());
    }

    @Test
    void groupMetricsCarryTheirIntervals() {
        EvaluationResult result = withBootstrap();
        Interval tprOfB = result.labels().get(0).bootstrap().group("group", "b", Metric.TPR);
        String expected = String.format(Locale.ROOT, "0.600 (%.3f–%.3f)", tprOfB.lower(), tprOfB.upper());
        assertTrue(ReportFixtures.document(ReportFixtures.source(result)).text().contains(expected), expected);
    }

    @Test
    void theRunSectionNamesTheSeedReplicatesAndLevel() {
        Document doc = ReportFixtures.document(ReportFixtures.source(withBootstrap()));
        assertEquals("42 (1000 bootstrap replicates, 95% intervals)",
                doc.select("#fr-run dd").get(3).text());
    }
}
