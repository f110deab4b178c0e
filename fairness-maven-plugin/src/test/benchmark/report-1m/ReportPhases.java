import dev.fairness.dataset.LabelSpec;
import dev.fairness.engine.EvaluationLog;
import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.engine.Evaluator;
import dev.fairness.engine.Groupings;
import dev.fairness.engine.Inputs;
import dev.fairness.report.HtmlReport;
import dev.fairness.report.HtmlReportFile;
import dev.fairness.report.LogTable;
import dev.fairness.report.ReportPage;
import dev.fairness.report.ReportSource;
import dev.fairness.report.ResultFiles;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The check goal's work on a predictions file without Maven, in a new JVM (cold, as in a build): evaluate (labels
 * Effusion, Atelectasis, Cardiomegaly; groupings sex, age in 5 bins, race, sex x age), then the result files,
 * report.html and the log's per-group table, one after the other, printing each phase's wall time (the engine's
 * own {@code Timing:} lines) and the whole process's CPU time over it (JIT and GC included), which varies less than
 * wall time on a busy machine. Run by run.sh.
 */
public final class ReportPhases {
    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[1]));
        EvaluationSpec spec = EvaluationSpec.of(Inputs.predictions(Path.of(args[0]),
                        LabelSpec.binaryColumns(List.of("Effusion", "Atelectasis", "Cardiomegaly"))), out)
                .withGroupings(Groupings.of("sex", "age", "race").withBins("age", 0.0, 20.0, 40.0, 60.0, 80.0)
                        .withIntersections("sex×age"));
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long[] cpu = {os.getProcessCpuTime()};
        // the engine's phases, each with the CPU since the one before
        EvaluationLog timing = EvaluationLog.debugOnly(message -> {
            long now = os.getProcessCpuTime();
            System.out.printf(Locale.ROOT, "%s (CPU %.3f s), ", message.substring("Timing: ".length()),
                    (now - cpu[0]) / 1e9);
            cpu[0] = now;
        });
        EvaluationResult result = new Evaluator(timing, "benchmark").evaluate(spec);
        long wall0 = System.nanoTime();
        long cpu0 = os.getProcessCpuTime();
        ResultFiles.write(result, out);
        long wall1 = System.nanoTime();
        long cpu1 = os.getProcessCpuTime();
        ReportPage page = HtmlReport.render(new ReportSource(result, "report-1m"), Locale.ENGLISH);
        HtmlReportFile.write(page, out);
        long wall2 = System.nanoTime();
        long cpu2 = os.getProcessCpuTime();
        int lines = LogTable.lines(result).size();
        long wall3 = System.nanoTime();
        long cpu3 = os.getProcessCpuTime();
        System.out.printf(Locale.ROOT, "result files %.3f s (CPU %.3f s), report.html %.3f s (CPU %.3f s), %d bytes, "
                        + "log table %.3f s (CPU %.3f s, %d lines)%n",
                (wall1 - wall0) / 1e9, (cpu1 - cpu0) / 1e9, (wall2 - wall1) / 1e9, (cpu2 - cpu1) / 1e9,
                Files.size(out.resolve(HtmlReportFile.NAME)), (wall3 - wall2) / 1e9, (cpu3 - cpu2) / 1e9, lines);
    }
}
