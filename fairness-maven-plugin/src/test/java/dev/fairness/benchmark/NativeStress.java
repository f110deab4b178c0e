package dev.fairness.benchmark;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.fairness.dataset.LabelSpec;
import dev.fairness.engine.EvaluationLog;
import dev.fairness.engine.EvaluationResult;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.engine.Inputs;
import dev.fairness.engine.Inference;
import dev.fairness.engine.Groupings;
import dev.fairness.engine.Throughput;
import dev.fairness.engine.Evaluator;
import dev.fairness.engine.RunOptions;
import dev.fairness.inference.Device;
import dev.fairness.testing.SyntheticTestSet;
import dev.fairness.testing.SyntheticTestSet.Cell;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stress test of ONNX Runtime inside the plugin's JVM (issue 8, item 7), not part of the normal build:
 * {@code mvn -B -pl fairness-maven-plugin -Pstress-native verify -DskipTests -Dinvoker.skip -Dstress.minutes=8}.
 * For the given wall time it runs, at once: two threads each evaluating a generated test set again and again (a
 * new session per evaluation, as two modules of a {@code -T 2} build do), two threads sharing one session on
 * slices of one direct buffer (the bare throughput loop), and a thread that forces garbage collection every 50 ms,
 * so that a direct buffer reachable only through a tensor would be freed while ONNX Runtime reads it. Every
 * evaluation's scores must equal the first one's. A native crash ends the JVM (exit 134, an hs_err file); a wrong
 * score or any exception ends it with exit 1.
 */
public final class NativeStress {
    private static final EvaluationLog QUIET = EvaluationLog.SILENT;

    private final Path work;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicLong evaluations = new AtomicLong();
    private final AtomicLong bareRuns = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private volatile double[] reference;

    private NativeStress(Path work) {
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/stress").toAbsolutePath();
        double minutes = args.length > 1 ? Double.parseDouble(args[1]) : 8;
        System.exit(new NativeStress(work).run((long) (minutes * 60e9)));
    }

    private int run(long nanos) throws Exception {
        Path set = work.resolve("set");
        SyntheticTestSet.binary(set, 11, "Effusion", List.of(new Cell("F", 30, 80, 10, 8, 10, 1),
                new Cell("M", 30, 80, 10, 9, 10, 2)));
        long end = System.nanoTime() + nanos;
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int id = t;
            threads.add(thread("evaluations-" + t, () -> evaluations(set, id, end)));
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(2);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            try (OrtSession shared = env.createSession(set.resolve("model.onnx").toString(), options)) {
                for (int t = 0; t < 2; t++) {
                    threads.add(thread("bare-" + t, () -> bare(env, shared, end)));
                }
                threads.add(thread("gc", () -> collect(end)));
                threads.forEach(Thread::start);
                for (Thread thread : threads) {
                    thread.join();
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("NativeStress: %.0f s, %d evaluations (2 threads, a session each), %d bare runs of a "
                        + "batch of 16 (2 threads, one shared session), %d forced collections: %s%n", seconds,
                evaluations.get(), bareRuns.get(), collections.get(),
                failure.get() == null ? "no failure" : "FAILED: " + failure.get());
        return failure.get() == null ? 0 : 1;
    }

    private Thread thread(String name, ThrowingRunnable body) {
        return new Thread(() -> {
            try {
                body.run();
            } catch (Throwable e) { // any failure of any thread fails the run
                failure.compareAndSet(null, e);
                e.printStackTrace();
            }
        }, "stress-" + name);
    }

    private void evaluations(Path set, int id, long end) throws Exception {
        int n = 0;
        while (System.nanoTime() < end && failure.get() == null) {
            Path out = work.resolve("out-" + id + "-" + (n++ % 2));
            deleteCache(out);
            EvaluationSpec spec = EvaluationSpec.of(Inputs.images(set.resolve("model.onnx"),
                            set.resolve("manifest.csv"), LabelSpec.binaryColumns(List.of("Effusion"))), out)
                    .withInference(Inference.DEFAULT.withDevice(Device.CPU)).withThroughput(new Throughput(4, 1))
                    .withGroupings(Groupings.of("sex").withMinGroupSize(1).withMinClassCount(0));
            EvaluationResult result = new Evaluator(QUIET, "stress", new RunOptions(2, false, null)).evaluate(spec);
            double[] scores = result.predictions().scores(0);
            synchronized (this) {
                if (reference == null) {
                    reference = scores.clone();
                }
            }
            if (!Arrays.equals(reference, scores)) {
                throw new AssertionError("evaluation " + evaluations.get() + " scored differently from the first");
            }
            evaluations.incrementAndGet();
        }
    }

    /** Slices of one direct buffer, each wrapped in a tensor without a copy, run on a session shared by threads. */
    private void bare(OrtEnvironment env, OrtSession session, long end) throws Exception {
        int per = SyntheticTestSet.SIZE * SyntheticTestSet.SIZE;
        String input = session.getInputNames().iterator().next();
        while (System.nanoTime() < end && failure.get() == null) {
            // a fresh buffer each round, reachable only through its slices' tensors while they run
            FloatBuffer all = ByteBuffer.allocateDirect(64 * per * Float.BYTES).order(ByteOrder.nativeOrder())
                    .asFloatBuffer();
            for (int i = 0; i < all.capacity(); i++) {
                all.put(i, (i % per) / (float) per);
            }
            for (int from = 0; from < 64; from += 16) {
                FloatBuffer slice = all.duplicate().position(from * per).limit((from + 16) * per).slice();
                try (OnnxTensor tensor = OnnxTensor.createTensor(env, slice,
                        new long[] {16, 1, SyntheticTestSet.SIZE, SyntheticTestSet.SIZE});
                     OrtSession.Result result = session.run(Map.of(input, tensor))) {
                    float[] out = ((OnnxTensor) result.get(0)).getFloatBuffer().array();
                    for (float v : out) {
                        if (!(v >= 0 && v <= 1)) {
                            throw new AssertionError("a probability out of [0, 1]: " + v);
                        }
                    }
                }
                bareRuns.incrementAndGet();
            }
        }
    }

    private void collect(long end) throws InterruptedException {
        while (System.nanoTime() < end && failure.get() == null) {
            System.gc();
            collections.incrementAndGet();
            Thread.sleep(50);
        }
    }

    private static void deleteCache(Path out) throws Exception {
        if (Files.exists(out)) {
            try (var files = Files.walk(out)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
