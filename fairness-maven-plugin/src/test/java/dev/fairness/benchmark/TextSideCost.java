package dev.fairness.benchmark;

import dev.fairness.inference.Device;
import dev.fairness.inference.ModelFiles;
import dev.fairness.zeroshot.ClassPrompts;
import dev.fairness.zeroshot.EncodedPrompts;
import dev.fairness.zeroshot.OnnxTextEncoder;
import dev.fairness.zeroshot.PromptTokenizer;
import dev.fairness.zeroshot.TextEncoder;
import dev.fairness.zeroshot.TorchTextEncoder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The zero-shot text side's cost per build, paid once and not per image: the prompts of 14 findings (3 positive
 * and 3 negative templates each: 84 prompts) tokenized with CLIP's tokenizer and encoded by a CLIP-size text tower
 * ({@link VitModels}), through {@link EncodedPrompts#cached} as a build does it: the first build computes and stores
 * the embeddings, the next build with the same text side reads them back.
 */
final class TextSideCost {
    private static final List<String> POSITIVE = List.of("a chest x-ray showing {}", "{}", "findings of {}");
    private static final List<String> NEGATIVE = List.of("a chest x-ray showing no {}", "no {}", "no findings of {}");

    private TextSideCost() {
    }

    /** Report lines: the first (computing) and second (cached) build's seconds per runtime. */
    static List<String> measure(Path work, Path onnx, Path torchScript) throws IOException {
        Path tokenizer = work.resolve("tokenizer.json");
        try (InputStream in = new GZIPInputStream(TextSideCost.class.getResourceAsStream("/zeroshot/tokenizer.json.gz"))) {
            Files.write(tokenizer, in.readAllBytes());
        }
        List<ClassPrompts> classes = new ArrayList<>();
        for (String finding : BenchmarkSpecs.findings(VitModels.FINDINGS)) {
            classes.add(ClassPrompts.pair(finding, "finding " + finding.toLowerCase(Locale.ROOT), POSITIVE, NEGATIVE));
        }
        int prompts = classes.stream().mapToInt(c -> c.all().size()).sum();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "| text tower (CLIP size, 63.4 M parameters) | %d prompts: first build "
                + "(load tokenizer and tower, tokenize, encode, store) | next build (stored embeddings) |", prompts));
        lines.add("|---|---|---|");
        for (Path model : List.of(onnx, torchScript)) {
            Path cache = work.resolve("text-cache-" + model.getFileName());
            ThroughputBenchmark.deleteTree(cache);
            EncodedPrompts.TextSideOpener open = new EncodedPrompts.TextSideOpener() {
                @Override
                public PromptTokenizer tokenizer() {
                    return PromptTokenizer.open(tokenizer, 77, 0);
                }

                @Override
                public TextEncoder encoder() {
                    return model.toString().endsWith(".pt") ? new TorchTextEncoder(model, Device.CPU, w -> { })
                            : new OnnxTextEncoder(model);
                }
            };
            long start = System.nanoTime();
            EncodedPrompts.cached(cache, new ModelFiles(), model, tokenizer, 77, 0, classes, open);
            double first = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            EncodedPrompts.cached(cache, new ModelFiles(), model, tokenizer, 77, 0, classes, open);
            double second = (System.nanoTime() - start) / 1e9;
            lines.add(String.format(Locale.ROOT, "| %s | %.2f s | %.3f s |", model.getFileName(), first, second));
            System.out.printf(Locale.ROOT, "text side, %s: %d prompts, first build %.2f s, next build %.3f s%n",
                    model.getFileName(), prompts, first, second);
        }
        return lines;
    }
}
