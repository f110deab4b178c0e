package dev.fairness.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PipelineSettingsTest {

    @Test
    void byDefaultOneWorkerPerCoreBatchesOf16AndThreeBuffers() {
        assertEquals(new PipelineSettings(2, 16, 3), PipelineSettings.of(0, 0, -1, 2));
    }

    @Test
    void aFixedBatchDimensionOfTheModelWinsOverTheConfiguredBatchSize() {
        assertEquals(new PipelineSettings(2, 8, 3), PipelineSettings.of(0, 32, 8, 2));
    }

    @Test
    void aConfiguredBatchSizeIsUsedForAModelWithADynamicBatch() {
        assertEquals(new PipelineSettings(4, 32, 3), PipelineSettings.of(4, 32, -1, 2));
    }

    @Test
    void moreWorkersThanABatchHoldGetMoreBuffers() {
        // 40 workers fill up to five batches of 8 at once, plus one batch in inference and one waiting
        assertEquals(new PipelineSettings(40, 8, 7), PipelineSettings.of(40, 8, -1, 2));
    }

    @Test
    void memoryIsBuffersTimesBatchTimesImage() {
        assertEquals(3L * 16 * 3 * 224 * 224, PipelineSettings.of(0, 0, -1, 2).bufferedFloats(3 * 224 * 224));
    }

    @Test
    void fewerThanTwoBuffersCannotOverlapDecodingAndInference() {
        assertThrows(IllegalArgumentException.class, () -> new PipelineSettings(1, 1, 1));
    }
}
