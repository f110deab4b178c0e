package dev.fairness.engine;

import dev.fairness.dataset.LabelSpec;
import dev.fairness.testing.RecordingLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** With debug logging ({@code -X}) the goal says where its time goes: one timing line per phase, in order. */
class PhaseTimingTest {
    @TempDir
    Path dir;

    @Test
    void anEvaluationLogsOneDebugTimingLinePerPhaseInOrderAndNoneAtInfo() throws IOException {
        Path csv = Files.write(dir.resolve("predictions.csv"), List.of("id,true_y,score_y,sex",
                "a,1,0.9,M", "b,0,0.2,M", "c,1,0.8,F", "d,0,0.1,F"));
        EvaluationSpec spec = EvaluationSpec.of(Inputs.predictions(csv, LabelSpec.binaryColumns(List.of("y"))),
                dir.resolve("out")).withGroupings(Groupings.of("sex").withMinGroupSize(1).withMinClassCount(0));
        RecordingLog log = new RecordingLog();

        new Evaluator(log, "test").evaluate(spec);

        List<String> phases = new ArrayList<>();
        for (String line : log.debug()) {
            if (line.startsWith("Timing: ")) {
                assertEquals(true, line.matches("Timing: .+ \\d+\\.\\d{3} s"), line);
                phases.add(line.replaceAll(" \\d+\\.\\d{3} s$", ""));
            }
        }
        assertEquals(List.of("Timing: read predictions.csv", "Timing: groupings", "Timing: sort",
                "Timing: thresholds and metrics", "Timing: bootstrap", "Timing: gate", "Timing: gap summaries",
                "Timing: data summary"), phases);
        assertEquals(List.of(), log.lines().stream().filter(line -> line.contains("Timing")).toList());
    }

    @Test
    void aTimingLineNamesThePhaseAndItsSecondsToTheMillisecond() {
        assertEquals("Timing: sort 1.235 s", PhaseTimer.line("sort", 1_234_567_890L));
        assertEquals("Timing: report.html 0.000 s", PhaseTimer.line("report.html", 400_000L));
    }
}
