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

/**
 * Scores a test set with decoding and inference overlapped. A pool of workers claims rows in order, decodes each
 * image and preprocesses it straight into its slot of a batch buffer; the calling thread runs the model on each
 * complete batch, in order, and returns the buffer for reuse. The buffers are the bounded queue between the two:
 * workers wait when all are full, so memory does not grow with the test set.
 *
 * <p>Results come back in row order. When images fail, the error of the first failing row (in row order) is
 * thrown, unchanged, after the workers have stopped; so is an error of the model.
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
        volatile boolean stop;
        long inferenceNanos;
        long waitNanos;
        // claims, under the lock of this Run
        private int nextRow;
        private Batch filling;
        // the failure of the lowest row, under the lock of failures (not of this Run: a worker waiting for a
        // buffer holds that one)
        private final Object failures = new Object();
        private RuntimeException failure;
        private int failedRow = Integer.MAX_VALUE;

        Run(int rows, ImageSource source) {
            this.rows = rows;
            this.source = source;
            this.scores = new double[scorer.labels()][rows];
            this.buffers = new BatchBuffers(settings.buffers(), settings.batchSize() * floatsPerImage);
        }

        /** A worker: claim the next row, decode and preprocess it into its batch, until none is left. */
        void work() {
            while (!stop) {
                int row;
                Batch batch;
                synchronized (this) {
                    if (nextRow >= rows) {
                        return;
                    }
                    if (nextRow % settings.batchSize() == 0) {
                        FloatBuffer buffer;
                        try {
                            buffer = buffers.take(() -> stop);
                        } catch (InterruptedException e) {
                            return;
                        }
                        if (buffer == null) {
                            return;
                        }
                        filling = new Batch(nextRow, Math.min(settings.batchSize(), rows - nextRow), buffer);
                        batches.add(filling);
                    }
                    row = nextRow++;
                    batch = filling;
                }
                long t0 = System.nanoTime();
                try {
                    preprocessor.write(source.load(row), batch.buffer, row - batch.from);
                } catch (RuntimeException e) {
                    fail(row, e);
                } finally {
                    decodeNanos.add(System.nanoTime() - t0);
                    batch.rowDone();
                }
            }
        }

        void fail(int row, RuntimeException e) {
            stop = true;
            synchronized (failures) {
                if (row < failedRow) {
                    failedRow = row;
                    failure = e;
                }
            }
        }

        void throwFirstFailure() {
            synchronized (failures) {
                if (failure != null) {
                    throw failure;
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
                    return; // a worker failed
                }
                long t1 = System.nanoTime();
                double[][] batchScores;
                try {
                    batchScores = scorer.score(batch.images(floatsPerImage), batch.count);
                } catch (RuntimeException e) {
                    fail(-1, e);
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

        /** The next batch in row order once all its rows are written; null when the run stopped on a failure. */
        private Batch nextComplete() throws InterruptedException {
            Batch batch = null;
            while (batch == null) {
                if (stop) {
                    return null;
                }
                batch = batches.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            }
            while (!batch.awaitRows(POLL_MILLIS)) {
                if (stop) {
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
