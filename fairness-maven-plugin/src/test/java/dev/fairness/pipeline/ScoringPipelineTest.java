package dev.fairness.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.InputException;
import dev.fairness.dataset.FloatImage;
import dev.fairness.dataset.Preprocessing;
import dev.fairness.dataset.Preprocessor;

import java.time.Duration;
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
    void aModelErrorStopsTheWorkersAndNamesTheBatchItFailedOn() {
        InputException modelError = new InputException("ONNX Runtime could not run model.onnx");
        AtomicInteger loaded = new AtomicInteger();
        FakeScorer scorer = new FakeScorer(SIZE, SIZE, batch -> {
            if (batch == 1) {
                throw modelError;
            }
        });
        ImageSource source = counting(loaded, -1, null);

        InputException thrown = assertThrows(InputException.class,
                () -> new ScoringPipeline(new PipelineSettings(2, 4, 2), preprocessor, scorer).score(10_000, source,
                        null));

        assertEquals("The batch of 4 images from manifest.csv, line 6: image images/00004.png to manifest.csv, "
                + "line 9: image images/00007.png: ONNX Runtime could not run model.onnx", thrown.getMessage());
        assertSame(modelError, thrown.getCause());
        assertTrue(loaded.get() < 100, "the workers stopped after " + loaded.get() + " images");
    }

    /** Rows as a manifest names them: data row r is on line r + 2; {@code failing} throws {@code error}. */
    private static ImageSource counting(AtomicInteger loaded, int failing, Throwable error) {
        return new ImageSource() {
            @Override
            public FloatImage load(int row) {
                loaded.incrementAndGet();
                if (row == failing) {
                    sneakyThrow(error);
                }
                return flat(row);
            }

            @Override
            public String describe(int row) {
                return String.format("manifest.csv, line %d: image images/%05d.png", row + 2, row);
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }

    private static final Duration NO_HANG = Duration.ofSeconds(20);

    private Throwable scoreExpectingFailure(int workers, int batch, int buffers, int rows, ImageSource source,
                                            FakeScorer scorer) {
        ScoringPipeline pipeline = new ScoringPipeline(new PipelineSettings(workers, batch, buffers), preprocessor,
                scorer);
        return assertTimeoutPreemptively(NO_HANG, () -> assertThrows(Throwable.class,
                () -> pipeline.score(rows, source, null), "a run with a failed row returned scores"));
    }

    @Test
    void anErrorInADecoderFailsTheRunNamingTheRowWithSeveralWorkers() {
        FakeScorer scorer = new FakeScorer(SIZE, SIZE, batch -> { });

        Throwable thrown = scoreExpectingFailure(4, 4, 3, 40,
                counting(new AtomicInteger(), 13, new AssertionError("decoder bug")), scorer);

        assertEquals(ScoringFailure.class, thrown.getClass());
        assertEquals("manifest.csv, line 15: image images/00013.png: decoding failed with java.lang.AssertionError: "
                + "decoder bug. No score of this run is used or stored. Convert the image to PNG or remove the row, "
                + "and report the error with the image.", thrown.getMessage());
        assertEquals(AssertionError.class, thrown.getCause().getClass());
    }

    @Test
    void anErrorInADecoderWithOneWorkerFailsTheRunInsteadOfHanging() {
        FakeScorer scorer = new FakeScorer(SIZE, SIZE, batch -> { });

        Throwable thrown = scoreExpectingFailure(1, 4, 2, 40,
                counting(new AtomicInteger(), 5, new StackOverflowError()), scorer);

        assertEquals("manifest.csv, line 7: image images/00005.png: decoding failed with java.lang.StackOverflowError."
                + " No score of this run is used or stored. Convert the image to PNG or remove the row, and report "
                + "the error with the image.", thrown.getMessage());
    }

    @Test
    void aDecoderOutOfMemoryIsAnInputErrorSayingWhatToDo() {
        FakeScorer scorer = new FakeScorer(SIZE, SIZE, batch -> { });

        Throwable thrown = scoreExpectingFailure(2, 4, 2, 40,
                counting(new AtomicInteger(), 2, new OutOfMemoryError("Java heap space")), scorer);

        assertEquals(InputException.class, thrown.getClass());
        assertEquals("manifest.csv, line 4: image images/00002.png ran out of memory while decoding "
                + "(java.lang.OutOfMemoryError: Java heap space). Raise -Xmx (MAVEN_OPTS), lower <workers> or "
                + "<decodeBudgetMb>, or downscale the image. No score of this run is used or stored.",
                thrown.getMessage());
    }

    @Test
    void aRowWhoseDecoderFailedIsNeverScoredFromTheSlotAnEarlierImageLeftInTheRecycledBuffer() {
        // two buffers of 4: rows 8..11 reuse the buffer of rows 0..3, so row 9's slot still holds row 1's image
        List<Integer> scoredFrom = new ArrayList<>();
        FakeScorer scorer = new FakeScorer(SIZE, SIZE, batch -> scoredFrom.add(batch * 4));
        ImageSource source = counting(new AtomicInteger(), 9, new AssertionError("decoder bug"));

        Throwable thrown = scoreExpectingFailure(2, 4, 2, 16, source, scorer);

        assertEquals(ScoringFailure.class, thrown.getClass());
        assertFalse(scoredFrom.contains(8), "the batch of rows 8..11 reached the model: " + scoredFrom);
    }

    @Test
    void anErrorInTheModelRuntimeFailsTheRunNamingTheBatch() {
        FakeScorer scorer = new FakeScorer(SIZE, SIZE, batch -> {
            if (batch == 2) {
                throw new AssertionError("runtime bug");
            }
        });

        Throwable thrown = scoreExpectingFailure(2, 4, 3, 40, counting(new AtomicInteger(), -1, null), scorer);

        assertEquals(ScoringFailure.class, thrown.getClass());
        assertEquals("The batch of 4 images from manifest.csv, line 10: image images/00008.png to manifest.csv, "
                + "line 13: image images/00011.png: inference failed with java.lang.AssertionError: runtime bug. No "
                + "score of this run is used or stored.", thrown.getMessage());
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
