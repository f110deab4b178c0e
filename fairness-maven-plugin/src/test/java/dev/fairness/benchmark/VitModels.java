package dev.fairness.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The ViT-B/32-size models of the benchmark, generated (random weights, seeded) by the committed script
 * {@code src/test/python/make_vit_b32.py} with Debian's python3-torch into the work folder, never committed: the
 * image tower with a 14-finding linear probe and CLIP's text tower, each as ONNX and TorchScript.
 */
final class VitModels {
    static final String PYTHON = "/usr/bin/python3";
    static final int FINDINGS = 14;

    private VitModels() {
    }

    /** The generated files, or null (after printing why) when python3-torch is not installed. */
    record Files4(Path probeOnnx, Path probeTorchScript, Path textOnnx, Path textTorchScript) {
    }

    static Files4 ensure(Path work, Path script) throws IOException, InterruptedException {
        Files4 files = new Files4(work.resolve("vit-b32-probe.onnx"), work.resolve("vit-b32-probe.pt"),
                work.resolve("clip-text.onnx"), work.resolve("clip-text.pt"));
        if (List.of(files.probeOnnx(), files.probeTorchScript(), files.textOnnx(), files.textTorchScript()).stream()
                .allMatch(Files::isRegularFile)) {
            return files;
        }
        if (run(List.of(PYTHON, "-c", "import torch")) != 0) {
            System.out.println("Skipping the ViT-B/32 models: " + PYTHON + " cannot import torch. Install Debian's "
                    + "python3-torch (apt-get install python3-torch) to generate them with " + script + ".");
            return null;
        }
        System.out.println("Generating the ViT-B/32 models with " + script + " (a few minutes, about 1.2 GB) ...");
        if (run(List.of(PYTHON, script.toString(), work.toString())) != 0) {
            throw new IllegalStateException(script + " failed (its output is above)");
        }
        return files;
    }

    private static int run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                System.out.println("    " + line);
            }
        }
        if (!process.waitFor(30, TimeUnit.MINUTES)) {
            process.destroy();
            return -1;
        }
        return process.exitValue();
    }
}
