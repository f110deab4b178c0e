package dev.fairness.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.InputException;
import dev.fairness.dataset.FloatImage;
import dev.fairness.dataset.Preprocessing;
import dev.fairness.dataset.Preprocessor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** The pipeline's contract with a stand-in model: order, batching, bounded memory, errors. */
class ScoringPipelineTest {
    private static final int SIZE = 4;
    private final Preprocessor preprocessor = new Preprocessor(Preprocessing.of(SIZE, SIZE,
            Preprocessing.ChannelMode.GREY));

    /** A flat image whose every pixel is {@code row / 1000}: the stand-in model scores it {@code row / 1000}. */
    private static FloatImage flat(int row) {
        float[] data = new float[SIZE * SIZE];
        Arrays.fill(data, row / 1000f);
        return new FloatImage(SIZE, SIZE, 1, data);
    }

    private static void sleepMicros(long micros) {
        LockSupport.parkNanos(micros * 1000);
    }

    @Test
    void scoresComeBackInRowOrderWhateverOrderTheWorkersFinishIn() {
        Random random = new Random(7);
        long[] delays = new long[500];
        for (int i = 0; i < delays.length; i++) {
            delays[i] = random.nextInt(300);
        }
        FakeScorer scorer = new FakeScorer(SIZE, SIZE, batch -> { });
        ImageSource source = row -> {
            sleepMicros(delays[row]);
            return flat(row);
        };

        double[][] scores = new ScoringPipeline(new PipelineSettings(4, 7, 3), preprocessor, scorer)
                .score(500, source, null).scores();

        for (int row = 0; row < 500; row++) {
            assertEquals(row / 1000f, scores[0][row], 1e-7, "row " + row);
        }
    }

    @Test
    void batchesHaveTheBatchSizeAndTheLastRunsAtItsOwnSize() {
        FakeScorer scorer = new FakeScorer(SIZE, SIZE, batch -> { });

        new ScoringPipeline(new PipelineSettings(2, 4, 2), preprocessor, scorer).score(10, ScoringPipelineTest::flat,
                null);

        assertEquals(List.of(4, 4, 2), scorer.batches);
    }

    @Test
    void imagesInFlightAreBoundedByTheBuffersNotByTheTestSetSize() {
        AtomicInteger scored = new AtomicInteger();
        AtomicInteger maxAhead = new AtomicInteger();
        PipelineSettings settings = new PipelineSettings(3, 5, 3);
        FakeScorer scorer = new FakeScorer(SIZE, SIZE, batch -> {
            sleepMicros(2_000); // a slow model: the workers run ahead as far as the buffers let them
            scored.set(batch * settings.batchSize());
        });
        ImageSource source = row -> {
            maxAhead.accumulateAndGet(row - scored.get(), Math::max);
            return flat(row);
        };

        new ScoringPipeline(settings, preprocessor, scorer).score(2000, source, null);

        // rows are claimed at most `buffers` batches ahead of the batch the model is on; `scored` is updated when
        // the next batch starts, after the previous buffer was returned, so it may lag by one batch more
        assertTrue(maxAhead.get() < (settings.buffers() + 1) * settings.batchSize(), "ahead by " + maxAhead.get());
        assertTrue(maxAhead.get() >= settings.batchSize(), "the workers did run ahead: " + maxAhead.get());
    }

    @Test
    void theFirstFailingRowsErrorIsThrownEvenWhenALaterRowFailsFirst() {
        InputException first = new InputException("manifest.csv, line 39: images/00037.png is truncated.");
        ImageSource source = row -> {
            if (row == 37) {
                sleepMicros(50_000);
                throw first;
            }
            if (row == 38 || row == 90) {
                throw new InputException("row " + row);
            }
            return flat(row);
        };
        FakeScorer scorer = new FakeScorer(SIZE, SIZE, batch -> { });

        InputException thrown = assertThrows(InputException.class,
                () -> new ScoringPipeline(new PipelineSettings(4, 8, 3), preprocessor, scorer).score(200, source,
                        null));

        assertSame(first, thrown);
    }

    @Test
    void aModelErrorStopsTheWorkersAndIsThrownUnchanged() {
        InputException modelError = new InputException("ONNX Runtime could not run model.onnx");
        AtomicInteger loaded = new AtomicInteger();
        FakeScorer scorer = new FakeScorer(SIZE, SIZE, batch -> {
            if (batch == 1) {
                throw modelError;
            }
        });
        ImageSource source = row -> {
            loaded.incrementAndGet();
            return flat(row);
        };

        InputException thrown = assertThrows(InputException.class,
                () -> new ScoringPipeline(new PipelineSettings(2, 4, 2), preprocessor, scorer).score(10_000, source,
                        null));

        assertSame(modelError, thrown);
        assertTrue(loaded.get() < 100, "the workers stopped after " + loaded.get() + " images");
    }

    @Test
    void theStatsCountEveryImageAndTheWorkersUsed() {
        FakeScorer scorer = new FakeScorer(SIZE, SIZE, batch -> { });

        ScoringStats stats = new ScoringPipeline(new PipelineSettings(3, 4, 3), preprocessor, scorer)
                .score(50, ScoringPipelineTest::flat, null).stats();

        assertEquals(50, stats.images());
        assertEquals(3, stats.workers());
        assertTrue(stats.wallNanos() > 0 && stats.decodeNanos() > 0 && stats.inferenceNanos() > 0);
    }

    @Test
    void fewerImagesThanWorkersStartOnlyAsManyWorkers() {
        FakeScorer scorer = new FakeScorer(SIZE, SIZE, batch -> { });

        ScoringStats stats = new ScoringPipeline(new PipelineSettings(8, 16, 3), preprocessor, scorer)
                .score(3, ScoringPipelineTest::flat, null).stats();

        assertEquals(3, stats.workers());
        assertEquals(List.of(3), scorer.batches);
    }

    @Test
    void progressIsToldAfterEveryBatch() {
        List<String> lines = new ArrayList<>();
        long[] now = {0};
        // every batch advances the clock by 6 s: each one is past the 5 s interval
        FakeScorer scorer = new FakeScorer(SIZE, SIZE, batch -> now[0] += 6_000_000_000L);
        Progress progress = new Progress(12, Progress.DEFAULT_INTERVAL_NANOS, () -> now[0], lines::add);

        new ScoringPipeline(new PipelineSettings(1, 4, 2), preprocessor, scorer).score(12, ScoringPipelineTest::flat,
                progress);

        assertEquals(List.of("Scored 4/12 images (33%), 0.7 images/s, about 12 s left.",
                "Scored 8/12 images (66%), 0.7 images/s, about 6 s left."), lines);
    }

    @Test
    void aPreprocessingThatDoesNotFitTheModelIsAProgrammingError() {
        FakeScorer scorer = new FakeScorer(8, 8, batch -> { });

        assertThrows(IllegalArgumentException.class,
                () -> new ScoringPipeline(new PipelineSettings(1, 4, 2), preprocessor, scorer));
    }
}
