package dev.fairness.benchmark;

import dev.fairness.engine.EvaluationLog;
import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.Evaluator;
import dev.fairness.report.ResultFiles;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One evaluation in a fresh JVM, as one {@code mvn verify} runs the plugin: evaluate (or reuse) and write the result
 * files. Prints the engine's log lines and {@code plugin time: <seconds> s}. The benchmark runs it twice on the same
 * inputs: the first evaluates, the second reuses the stored evaluation.
 * Arguments: model, manifest, labels, output directory.
 */
public final class CachedRun {
    private CachedRun() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        EvaluationLog log = new EvaluationLog() {
            @Override
            public void info(String message) {
                System.out.println("[INFO] " + message);
            }

            @Override
            public void warn(String message) {
                System.out.println("[WARNING] " + message);
            }

            @Override
            public void debug(String message) {
            }
        };
        Path out = Path.of(args[3]);
        EvaluationResult result = new Evaluator(log, "benchmark").evaluate(
                BenchmarkSpecs.spec(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]), out));
        ResultFiles.write(result, out);
        System.out.printf(Locale.ROOT, "plugin time: %.3f s%n", (System.nanoTime() - start) / 1e9);
    }
}
