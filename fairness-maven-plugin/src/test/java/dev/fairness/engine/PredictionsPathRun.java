package dev.fairness.engine;

import dev.fairness.dataset.LabelSpec;
import dev.fairness.report.HtmlReport;
import dev.fairness.report.HtmlReportFile;
import dev.fairness.report.ReportSource;
import dev.fairness.report.ResultFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code fairness:check} does with a predictions file, without Maven: evaluate (groupings with bins and an
 * intersection), write the result files and report.html. {@link PredictionsPathClassesTest} runs it in a class
 * loader of its own.
 */
public final class PredictionsPathRun {
    private PredictionsPathRun() {
    }

    /** Evaluates a 200-row predictions file written into {@code dir}; the outputs go to {@code dir/out}. */
    public static void run(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("id,true_y,score_y,sex,age");
        for (int i = 0; i < 200; i++) {
            int truth = i % 3 == 0 ? 1 : 0;
            double score = (truth == 1 ? 0.55 : 0.25) + (i % 17) / 40.0;
            lines.add(String.format(Locale.ROOT, "r%d,%d,%.3f,%s,%d", i, truth, score, i % 2 == 0 ? "F" : "M",
                    20 + i % 60));
        }
        Path csv = Files.write(dir.resolve("predictions.csv"), lines);
        Path out = dir.resolve("out");
        EvaluationSpec spec = EvaluationSpec.of(Inputs.predictions(csv, LabelSpec.binaryColumns(List.of("y"))), out)
                .withGroupings(Groupings.of("sex", "age").withBins("age", 0.0, 40.0, 60.0).withIntersections("sex×age")
                        .withMinGroupSize(10).withMinClassCount(1));
        EvaluationResult result = new Evaluator(EvaluationLog.SILENT, "test").evaluate(spec);
        ResultFiles.write(result, out);
        HtmlReportFile.write(HtmlReport.render(new ReportSource(result, "predictions-path"), Locale.ENGLISH), out);
    }
}
