package dev.fairness.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScoringStatsTest {

    @Test
    void theSummaryGivesImagesSecondsRateAndDecodeVersusInferenceTime() {
        ScoringStats stats = new ScoringStats(1000, 15_600_000_000L, 22_400_000_000L, 8_100_000_000L, 500_000_000L, 2);

        assertEquals("Scored 1000 images in 15.6 s (64.1 images/s): decoding and preprocessing 22.4 s over 2 "
                + "workers, inference 8.1 s.", stats.summary());
    }

    @Test
    void oneWorkerIsSingular() {
        ScoringStats stats = new ScoringStats(12, 100_000_000L, 90_000_000L, 5_000_000L, 0L, 1);

        assertEquals("Scored 12 images in 0.1 s (120.0 images/s): decoding and preprocessing 0.1 s over 1 "
                + "worker, inference 0.0 s.", stats.summary());
    }
}
