package dev.fairness.benchmark;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.fairness.dataset.FloatImage;
import dev.fairness.dataset.ImageDecoder;
import dev.fairness.dataset.Preprocessing;
import dev.fairness.dataset.Preprocessor;
import dev.fairness.engine.EvaluationLog;
import dev.fairness.engine.ImageInput;
import dev.fairness.engine.Evaluator;
import dev.fairness.engine.RunOptions;
import dev.fairness.inference.ImageScorer;
import dev.fairness.inference.InputShape;
import dev.fairness.inference.Layout;
import dev.fairness.inference.TorchScriptModel;
import dev.fairness.pipeline.PipelineSettings;
import dev.fairness.pipeline.ScoringPipeline;
import dev.fairness.testing.RecordingLog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Throughput of the plugin's evaluation against what the hardware allows, on the sample model and on a
 * DenseNet-121-size model, over generated 1024x1024 8-bit and 16-bit PNG radiographs:
 * <ol>
 *   <li>(a) bare ONNX Runtime images/s on pre-decoded, preprocessed tensors, with the plugin's batch and threads;
 *   <li>(b) decoding and preprocessing images/s with the plugin's worker pool, without inference;
 *   <li>(c) end-to-end images/s of the plugin's evaluation (manifest, model load, pipeline, metrics);
 * </ol>
 * measured in rounds of a, b, c in close succession; a round during which other processes kept more than 0.25
 * cores busy is set aside (this machine is shared with other builds), and of five quiet rounds the one with the
 * median efficiency c / L is reported; odd rounds run a, b, c and even rounds c, b, a (before each round it waits, idle, up to 3 minutes for a quiet machine), where L = 1 / (1/a + 1/b) on the CPU (decoding and inference share the cores).
 * Then the cached second run: 1,000 manifest rows evaluated in a fresh JVM, then reused in another fresh JVM.
 *
 * <p>Run with {@code mvn -B -pl fairness-maven-plugin -Pbenchmark-throughput verify -DskipTests -Dinvoker.skip}; arguments:
 * work folder, sample model, image count. Generated files (images, the 28 MB model) stay in the work folder.
 */
public final class ThroughputBenchmark {
    private static final int BATCH = PipelineSettings.DEFAULT_BATCH;
    /**
     * Rounds of (a), (b), (c) in close succession until this many were quiet (other processes used at most
     * {@link #QUIET_CORES} cores during each of a, b and c); the quiet round with the median efficiency is reported.
     */
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 5);
    private static final int MAX_ROUNDS = Integer.getInteger("benchmark.maxRounds", 10);
    private static final double QUIET_CORES = 0.25;
    /** Before each round the benchmark waits, idle, up to this long for the others to leave the cores. */
    private static final long MAX_WAIT_SECONDS = Long.getLong("benchmark.maxWaitSeconds", 180);
    private static final EvaluationLog QUIET = EvaluationLog.SILENT;

    private final Path work;
    private final int cores = Runtime.getRuntime().availableProcessors();
    private final List<String> report = new ArrayList<>();
    /** Per model, every image decoded and preprocessed in advance, for (a). */
    private final Map<String, FloatBuffer> tensors = new java.util.HashMap<>();

    private ThroughputBenchmark(Path work) {
        this.work = work;
    }

    /**
     * One model: name, file, labels, the preprocessing the plugin derives from its input, and what the evaluation is
     * told about the input ({@link ImageInput#FROM_MODEL} for ONNX; a TorchScript file declares no input size).
     */
    record Model(String name, Path file, int labels, Preprocessing preprocessing, ImageInput input) {
        Model(String name, Path file, int labels, Preprocessing preprocessing) {
            this(name, file, labels, preprocessing, ImageInput.FROM_MODEL);
        }

        boolean torchScript() {
            return TorchScriptModel.isTorchScript(file);
        }
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/benchmark").toAbsolutePath();
        Path sample = Path.of(args.length > 1 ? args[1] : "../sample-project/src/test/fairness/model.onnx");
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        List<String> which = List.of((args.length > 3 ? args[3] : "sample,densenet,vit,text").split(","));
        Path script = Path.of(args.length > 4 ? args[4] : "src/test/python/make_vit_b32.py").toAbsolutePath();
        new ThroughputBenchmark(work).run(sample.toAbsolutePath(), count, which, script);
    }

    private void run(Path sampleModel, int count, List<String> which, Path script) throws Exception {
        say("Machine: %d cores, load average before %s, %s, ONNX Runtime %s, batch %d, ORT threads %d, "
                + "workers %d", cores, loadAverage(), "Java " + Runtime.version(),
                OrtEnvironment.getEnvironment().getVersion(), BATCH, cores, cores);
        long t0 = System.nanoTime();
        List<String> images = BenchmarkImages.ensure(work.resolve("images"), count);
        Path manifest = manifest(work.resolve("images"), images, "manifest.csv");
        Path densenet = DenseNet121Writer.writeIfAbsent(work.resolve("densenet121.onnx"));
        say("Inputs: %d images (%d 8-bit, %d 16-bit, %.0f MB), %s (%.1f MB); ready in %.0f s", images.size(),
                images.size() - images.size() / 2, images.size() / 2, megabytes(work.resolve("images")),
                densenet.getFileName(), Files.size(densenet) / 1e6, (System.nanoTime() - t0) / 1e9);

        List<Model> models = new ArrayList<>();
        if (which.contains("sample")) {
            models.add(new Model("sample model (1x32x32, binary)", sampleModel, 1,
                    Preprocessing.of(32, 32, Preprocessing.ChannelMode.GREY)));
        }
        if (which.contains("densenet")) {
            models.add(new Model("DenseNet-121 (3x224x224, 14 findings)", densenet, DenseNet121Writer.FINDINGS,
                    Preprocessing.of(224, 224, Preprocessing.ChannelMode.RGB)));
        }
        VitModels.Files4 vit = which.contains("vit") || which.contains("text") ? VitModels.ensure(work, script) : null;
        if (vit != null && which.contains("vit")) {
            Preprocessing rgb224 = Preprocessing.of(224, 224, Preprocessing.ChannelMode.RGB);
            models.add(new Model("ViT-B/32 + linear probe, ONNX (3x224x224, 14 findings)", vit.probeOnnx(),
                    VitModels.FINDINGS, rgb224));
            models.add(new Model("ViT-B/32 + linear probe, TorchScript (3x224x224, 14 findings)",
                    vit.probeTorchScript(), VitModels.FINDINGS, rgb224,
                    new ImageInput(224, 224, null, Preprocessing.ChannelMode.RGB, null, null)));
        }
        report.add("| model | (a) bare ORT | (b) decode+preprocess | L = 1/(1/a+1/b) | (c) plugin end to end "
                + "| efficiency c/L | without the fixed cost (pipeline only / L) | outside the pipeline (fixed cost's parts) "
                + "| quiet rounds |");
        report.add("|---|---|---|---|---|---|---|---|---|");
        for (Model model : models) {
            measure(model, manifest, images);
        }
        if (vit != null && which.contains("text")) {
            report.add("");
            report.addAll(TextSideCost.measure(work, vit.textOnnx(), vit.textTorchScript()));
        }
        if (which.contains("sample")) {
            cachedRun(sampleModel, images, 1000);
        }
        say("Load average after: %s", loadAverage());
        System.out.println();
        report.forEach(System.out::println);
        Files.write(work.resolve("results.md"), report);
    }

    private void measure(Model model, Path manifest, List<String> images) throws Exception {
        say("== %s", model.name());
        List<double[]> quiet = new ArrayList<>();
        List<double[]> all = new ArrayList<>();
        for (int round = 1; round <= MAX_ROUNDS && quiet.size() < ROUNDS; round++) {
            long waited = OtherLoad.awaitQuiet(0.1, MAX_WAIT_SECONDS);
            if (waited > 3) {
                say("(waited %d s for other processes to leave the cores)", waited);
            }
            // odd rounds measure a, b, c, even rounds c, b, a: a drift of the machine's speed during a round
            // (other virtual machines on the host are invisible in /proc/stat) does not favour one side
            boolean forward = round % 2 == 1;
            double a = 0;
            double othersA = 0;
            double[] c = null;
            double othersC = 0;
            if (forward) {
                OtherLoad duringA = new OtherLoad();
                a = bareOnnxRuntime(model, images);
                othersA = duringA.cores();
            } else {
                OtherLoad duringC = new OtherLoad();
                c = endToEnd(model, manifest, images.size());
                othersC = duringC.cores();
            }
            OtherLoad duringB = new OtherLoad();
            double b = decodeOnly(model, images);
            double othersB = duringB.cores();
            if (forward) {
                OtherLoad duringC = new OtherLoad();
                c = endToEnd(model, manifest, images.size());
                othersC = duringC.cores();
            } else {
                OtherLoad duringA = new OtherLoad();
                a = bareOnnxRuntime(model, images);
                othersA = duringA.cores();
            }
            double limit = 1 / (1 / a + 1 / b);
            double[] figures = {a, b, limit, c[0], c[0] / limit, c[1] / limit, c[2], c[3], c[4], c[5]};
            double others = Math.max(othersA, Math.max(othersB, othersC));
            boolean isQuiet = !(others > QUIET_CORES); // NaN (no /proc/stat) counts as quiet
            all.add(figures);
            if (isQuiet) {
                quiet.add(figures);
            }
            say("round %d: (a) %.1f, (b) %.1f, L %.1f, (c) %.1f images/s (pipeline alone %.1f, %.2f s outside the "
                    + "pipeline); efficiency c/L %.3f with the fixed cost, %.3f without (pipeline alone); fixed "
                    + "cost: hashing %.2f s, session %.2f s (overlapped when a hash was in the background), first "
                    + "batch %.2f s; other processes used %.2f / %.2f / %.2f cores during a / b / c%s", round, a, b,
                    limit, c[0], c[1], c[2], c[0] / limit, c[1] / limit, c[3], c[4], c[5], othersA, othersB, othersC,
                    isQuiet ? "" : ": set aside");
        }
        List<double[]> rounds = quiet.isEmpty() ? all : quiet;
        rounds.sort(Comparator.comparingDouble(r -> r[4]));
        double[] median = rounds.get(rounds.size() / 2);
        report.add(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | **%.3f** | %.3f | %.2f s (hash "
                + "%.2f, session %.2f, first batch %.2f) | %d of %d%s |", model.name(), median[0], median[1],
                median[2], median[3], median[4], median[5], median[6], median[7], median[8], median[9], quiet.size(),
                all.size(), quiet.isEmpty() ? " (none quiet: median of all)" : ""));
    }

    /** (a): the model alone on tensors preprocessed in advance, same batch and intra-op threads as the plugin. */
    private double bareOnnxRuntime(Model model, List<String> images) throws OrtException {
        if (model.torchScript()) {
            return TorchScriptBare.imagesPerSecond(model.file(), tensors(model, images), images.size(), BATCH,
                    model.preprocessing());
        }
        FloatBuffer all = tensors(model, images);
        int n = images.size();
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.setIntraOpNumThreads(cores);
            try (OrtSession session = env.createSession(model.file().toString(), options)) {
                String input = session.getInputNames().iterator().next();
                runBatch(env, session, input, all, 0, Math.min(BATCH, n), model.preprocessing());
                long start = System.nanoTime();
                long done = 0;
                do {
                    for (int from = 0; from < n; from += BATCH) {
                        runBatch(env, session, input, all, from, Math.min(BATCH, n - from), model.preprocessing());
                    }
                    done += n;
                } while (System.nanoTime() - start < 6_000_000_000L);
                return done / ((System.nanoTime() - start) / 1e9);
            }
        }
    }

    /** Every image decoded and preprocessed in advance for (a), once per preprocessing. */
    private FloatBuffer tensors(Model model, List<String> images) {
        Preprocessor preprocessor = new Preprocessor(model.preprocessing());
        int per = preprocessor.sampleSize();
        int n = images.size();
        return tensors.computeIfAbsent(model.preprocessing().toString(), key -> {
            FloatBuffer buffer = ByteBuffer.allocateDirect(Math.multiplyExact(n * per, Float.BYTES))
                    .order(ByteOrder.nativeOrder()).asFloatBuffer();
            IntStream.range(0, n).parallel().forEach(i -> preprocessor.write(
                    ImageDecoder.decode(work.resolve("images").resolve(images.get(i))), buffer, i));
            return buffer;
        });
    }

    private static void runBatch(OrtEnvironment env, OrtSession session, String input, FloatBuffer all, int from,
                                 int count, Preprocessing p) throws OrtException {
        int per = p.channels().count() * p.height() * p.width();
        FloatBuffer slice = all.duplicate().position(from * per).limit((from + count) * per).slice();
        long[] shape = {count, p.channels().count(), p.height(), p.width()};
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, slice, shape);
             OrtSession.Result result = session.run(Map.of(input, tensor))) {
            result.get(0);
        }
    }

    /** (b): the plugin's pipeline with a model that costs nothing: decoding and preprocessing alone. */
    private double decodeOnly(Model model, List<String> images) {
        Preprocessing p = model.preprocessing();
        InputShape shape = new InputShape(Layout.NCHW, p.channels().count(), p.height(), p.width());
        ImageScorer free = new ImageScorer() {
            @Override
            public InputShape input() {
                return shape;
            }

            @Override
            public int labels() {
                return 1;
            }

            @Override
            public double[][] score(FloatBuffer batch, int count) {
                return new double[count][1];
            }
        };
        Path folder = work.resolve("images");
        ScoringPipeline pipeline = new ScoringPipeline(PipelineSettings.of(0, 0, -1, cores), new Preprocessor(p),
                free);
        // the same images as (c), once
        return pipeline.score(images.size(), row -> decode(folder.resolve(images.get(row))), null).stats()
                .imagesPerSecond();
    }

    private static FloatImage decode(Path file) {
        return ImageDecoder.decode(file, null);
    }

    /**
     * (c): {@code Evaluator.evaluate} with nothing stored; [end-to-end images/s, pipeline images/s, seconds outside
     * the pipeline (manifest, hashing, model load, metrics, storing the scores)].
     */
    private double[] endToEnd(Model model, Path manifest, int n) throws IOException {
        Path out = work.resolve("out");
        deleteTree(out);
        RecordingLog log = new RecordingLog(); // safe from the thread the model's hash reports from
        long start = System.nanoTime();
        new Evaluator(log, "benchmark", RunOptions.DEFAULTS)
                .evaluate(BenchmarkSpecs.spec(model.file(), manifest, model.labels(), out, model.input()));
        double seconds = (System.nanoTime() - start) / 1e9;
        String summary = log.lines().stream().filter(l -> l.startsWith("Scored " + n + " images in ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no summary line in " + log.lines()));
        say("    %s", summary);
        List<String> lines = log.debug().stream().filter(l -> l.startsWith("Model cost: ")).toList();
        lines.forEach(l -> say("    %s", l));
        double pipeline = Double.parseDouble(summary.replaceAll(".*\\(([0-9.]+) images/s\\).*", "$1"));
        double pipelineSeconds = Double.parseDouble(summary.replaceAll("Scored \\d+ images in ([0-9.]+) s.*", "$1"));
        return new double[] {n / seconds, pipeline, seconds - pipelineSeconds, cost(lines, "reading and hashing"),
            cost(lines, "opening"), cost(lines, "the first batch")};
    }

    /** Seconds of the {@code Model cost: <what> ... took <s> s} debug line, NaN when the evaluation logged none. */
    private static double cost(List<String> lines, String what) {
        return lines.stream().filter(l -> l.startsWith("Model cost: " + what))
                .mapToDouble(l -> Double.parseDouble(l.replaceAll(".* took ([0-9.]+) s.*", "$1"))).findFirst()
                .orElse(Double.NaN);
    }

    /** The cached second run: 1,000 rows (hard links to the images) evaluated, then reused, each in a fresh JVM. */
    private void cachedRun(Path model, List<String> images, int rows) throws Exception {
        Path folder = work.resolve("cached");
        Files.createDirectories(folder.resolve("images"));
        List<String> names = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            String name = String.format(Locale.ROOT, "images/row%04d.png", r);
            Path link = folder.resolve(name);
            if (!Files.exists(link)) {
                Files.createLink(link, work.resolve("images").resolve(images.get(r % images.size())));
            }
            names.add(name);
        }
        Path manifest = manifest(folder, names, "manifest.csv");
        Path out = folder.resolve("out");
        deleteTree(out);
        say("== cached second run: %d manifest rows, sample model, each run in a fresh JVM", rows);
        double first = child(model, manifest, out);
        double second = child(model, manifest, out);
        say("first run (evaluates): %.2f s of plugin time; second run (reuses): %.2f s", first, second);
        report.add("");
        report.add(String.format(Locale.ROOT, "Cached second run, %d rows, sample model: %.2f s of plugin time "
                + "(first run, evaluating: %.2f s).", rows, second, first));
    }

    private double child(Path model, Path manifest, Path out) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CachedRun.class.getName(), model.toString(),
                manifest.toString(), "1", out.toString()).redirectErrorStream(true).start();
        double seconds = Double.NaN;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                System.out.println("    " + line);
                if (line.startsWith("plugin time: ")) {
                    seconds = Double.parseDouble(line.substring(13, line.length() - 2));
                }
            }
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the cached run failed");
        }
        return seconds;
    }

    /** {@code image,sex,age,F1..F14} with seeded labels and attributes. */
    private static Path manifest(Path folder, List<String> images, String name) throws IOException {
        java.util.Random random = new java.util.Random(5);
        StringBuilder csv = new StringBuilder("image,sex,age,").append(String.join(",",
                BenchmarkSpecs.findings(DenseNet121Writer.FINDINGS))).append('\n');
        for (String image : images) {
            csv.append(image).append(',').append(random.nextBoolean() ? "F" : "M").append(',')
                    .append(20 + random.nextInt(70));
            for (int k = 0; k < DenseNet121Writer.FINDINGS; k++) {
                csv.append(',').append(random.nextDouble() < 0.3 ? 1 : 0);
            }
            csv.append('\n');
        }
        Path file = folder.resolve(name);
        Files.writeString(file, csv);
        return file;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double megabytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".png")).mapToLong(f -> f.toFile().length()).sum() / 1e6;
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void say(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
