package dev.fairness.pipeline;

import dev.fairness.dataset.Preprocessor;
import dev.fairness.inference.ImageScorer;

import java.nio.FloatBuffer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * Scores a test set with decoding and inference overlapped. A pool of workers claims rows in order, decodes each
 * image and preprocesses it straight into its slot of a batch buffer; the calling thread runs the model on each
 * complete batch, in order, and returns the buffer for reuse. The buffers are the bounded queue between the two:
 * workers wait when all are full, so memory does not grow with the test set.
 *
 * <p>Results come back in row order. Any failure stops the run: of a worker (an {@code Error} included) or of the
 * model. After the workers have stopped, the failure of the first failing row (in row order) is thrown: bad input
 * unchanged, anything else wrapped by {@link Failures} with the row's file (or the batch's) named. No result is
 * returned from a failed run, so no caller can use or store part of it. A batch reaches the model only when each
 * of its slots holds its own row's image ({@link Batch#requireOwnSlots()}).
 */
public final class ScoringPipeline {
    private static final long POLL_MILLIS = 20;

    private final PipelineSettings settings;
    private final Preprocessor preprocessor;
    private final ImageScorer scorer;

    public ScoringPipeline(PipelineSettings settings, Preprocessor preprocessor, ImageScorer scorer) {
        if (preprocessor.sampleSize() != scorer.input().floatsPerImage()) {
            throw new IllegalArgumentException("preprocessing writes " + preprocessor.sampleSize()
                    + " floats per image, the model reads " + scorer.input().floatsPerImage());
        }
        this.settings = settings;
        this.preprocessor = preprocessor;
        this.scorer = scorer;
    }

    /** The scores, label-major ({@code scores[label][row]}), and where the time went. */
    public record Result(double[][] scores, ScoringStats stats) {
    }

    /**
     * Scores rows {@code 0 .. rows - 1}.
     *
     * @param progress told after each batch how many images are done; may be null
     */
    public Result score(int rows, ImageSource source, Progress progress) {
        long start = System.nanoTime();
        Run run = new Run(rows, source);
        int workers = Math.max(1, Math.min(settings.workers(), rows));
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemonThreads());
        try {
            run.running.set(workers);
            for (int w = 0; w < workers; w++) {
                pool.execute(run::work);
            }
            run.infer(progress);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring", e);
        } finally {
            run.stop = true;
            pool.shutdown();
            awaitQuietly(pool);
        }
        run.throwFirstFailure();
        ScoringStats stats = new ScoringStats(rows, System.nanoTime() - start, run.decodeNanos.sum(),
                run.inferenceNanos, run.waitNanos, workers);
        return new Result(run.scores, stats);
    }

    /** The state of one scoring run, shared by the workers and the inference loop. */
    private final class Run {
        final int rows;
        final ImageSource source;
        final double[][] scores;
        final BatchBuffers buffers;
        final LinkedBlockingQueue<Batch> batches = new LinkedBlockingQueue<>();
        final LongAdder decodeNanos = new LongAdder();
        final int floatsPerImage = preprocessor.sampleSize();
        /** Workers that have not returned: when none is left, nobody will write a missing row. */
        final AtomicInteger running = new AtomicInteger();
        volatile boolean stop;
        long inferenceNanos;
        long waitNanos;
        // claims, under the lock of this Run
        private int nextRow;
        private Batch filling;
        // the failure of the lowest row, under the lock of failures (not of this Run: a worker waiting for a
        // buffer holds that one)
        private final Object failures = new Object();
        private Throwable failure;
        private int failedRow = Integer.MAX_VALUE;
        private Function<Throwable, RuntimeException> report;

        Run(int rows, ImageSource source) {
            this.rows = rows;
            this.source = source;
            this.scores = new double[scorer.labels()][rows];
            this.buffers = new BatchBuffers(settings.buffers(), settings.batchSize() * floatsPerImage);
        }

        /**
         * A worker: claim the next row, decode and preprocess it into its slot, until none is left or the run
         * stops. Whatever it throws (an {@code Error} too) stops the run; a row counts as written only when its
         * whole image is in its slot.
         */
        void work() {
            try {
                while (!stop) {
                    Claim claim = claim();
                    if (claim == null) {
                        return;
                    }
                    long t0 = System.nanoTime();
                    try {
                        preprocessor.write(source.load(claim.row), claim.batch.buffer, claim.row - claim.batch.from);
                        claim.batch.written(claim.row);
                    } catch (Throwable e) { // Throwable: an Error in a decoder must fail the build, not kill a thread
                        fail(claim.row, e, t -> Failures.decoding(source.describe(claim.row), t));
                        return;
                    } finally {
                        decodeNanos.add(System.nanoTime() - t0);
                    }
                }
            } finally {
                running.decrementAndGet();
            }
        }

        private record Claim(int row, Batch batch) {
        }

        /** The next row and its batch (starting a batch with a free buffer when the row begins one); null if none. */
        private Claim claim() {
            synchronized (this) {
                if (nextRow >= rows || stop) {
                    return null;
                }
                if (nextRow % settings.batchSize() == 0) {
                    FloatBuffer buffer;
                    try {
                        buffer = buffers.take(() -> stop);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        fail(nextRow, e, t -> Failures.defect("a worker was interrupted", t));
                        return null;
                    } catch (Throwable e) { // Throwable: e.g. OutOfMemoryError: Direct buffer memory
                        fail(nextRow, e, t -> Failures.buffer(
                                (long) settings.batchSize() * floatsPerImage * Float.BYTES, t));
                        return null;
                    }
                    if (buffer == null) {
                        return null;
                    }
                    filling = new Batch(nextRow, Math.min(settings.batchSize(), rows - nextRow), buffer);
                    batches.add(filling);
                }
                return new Claim(nextRow++, filling);
            }
        }

        /** Stops the run; keeps the failure of the lowest row, turned into a message by {@code report} at the end. */
        void fail(int row, Throwable e, Function<Throwable, RuntimeException> report) {
            stop = true;
            synchronized (failures) {
                if (row < failedRow) {
                    failedRow = row;
                    failure = e;
                    this.report = report;
                }
            }
        }

        void throwFirstFailure() {
            synchronized (failures) {
                if (failure != null) {
                    throw report.apply(failure);
                }
            }
        }

        /** The calling thread: run the model on each batch in order as soon as it is complete. */
        void infer(Progress progress) throws InterruptedException {
            int done = 0;
            while (done < rows) {
                long t0 = System.nanoTime();
                Batch batch = nextComplete();
                waitNanos += System.nanoTime() - t0;
                if (batch == null) {
                    return; // the run failed
                }
                long t1 = System.nanoTime();
                double[][] batchScores;
                try {
                    batch.requireOwnSlots();
                } catch (IllegalStateException e) {
                    fail(batch.from, e, t -> Failures.defect(t.getMessage(), t));
                    return;
                }
                try {
                    batchScores = scorer.score(batch.images(floatsPerImage), batch.count);
                } catch (Throwable e) { // Throwable: an Error in the runtime must fail the build too
                    fail(batch.from, e, t -> Failures.inference(describeBatch(batch), t));
                    return;
                }
                inferenceNanos += System.nanoTime() - t1;
                for (int i = 0; i < batch.count; i++) {
                    for (int l = 0; l < scores.length; l++) {
                        scores[l][batch.from + i] = batchScores[i][l];
                    }
                }
                buffers.release(batch.buffer);
                done += batch.count;
                if (progress != null) {
                    progress.advance(done);
                }
            }
        }

        private String describeBatch(Batch batch) {
            int last = batch.from + batch.count - 1;
            return batch.count == 1 ? "The batch of 1 image (" + source.describe(batch.from) + ")"
                    : "The batch of " + batch.count + " images from " + source.describe(batch.from) + " to "
                            + source.describe(last);
        }

        /**
         * The next batch in row order once all its rows are written; null when the run stopped on a failure, or
         * when every worker has returned and a row of the batch is still missing (then that is the failure).
         */
        private Batch nextComplete() throws InterruptedException {
            Batch batch = null;
            while (batch == null) {
                if (stop) {
                    return null;
                }
                batch = batches.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (batch == null && running.get() == 0 && batches.isEmpty()) {
                    fail(Integer.MAX_VALUE - 1, new IllegalStateException("no worker is left to claim a row"),
                            t -> Failures.defect(t.getMessage(), t));
                    return null;
                }
            }
            while (!batch.awaitRows(POLL_MILLIS)) {
                if (stop) {
                    return null;
                }
                // a worker writes its row before it returns: with none running, check once more, then give up
                if (running.get() == 0 && !batch.awaitRows(0)) {
                    fail(batch.from, new IllegalStateException("the workers returned before every row of the "
                            + "batch from row " + batch.from + " was written"), t -> Failures.defect(t.getMessage(), t));
                    return null;
                }
            }
            return stop ? null : batch;
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "fairness-decode-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void awaitQuietly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
