package dev.fairness.pipeline;

/**
 * How the scoring pipeline is sized: decode workers, images per inference batch, and batch buffers in flight.
 * Memory is bounded by {@code buffers x batchSize} preprocessed images plus one decoded image per worker, whatever
 * the size of the test set.
 *
 * @param workers   threads that read, decode and preprocess images
 * @param batchSize images per inference call
 * @param buffers   batch buffers: the bound of the queue between the workers and inference
 */
public record PipelineSettings(int workers, int batchSize, int buffers) {

    /** Images per batch when neither the user nor the model fixes it. */
    public static final int DEFAULT_BATCH = 16;

    public PipelineSettings {
        if (workers < 1 || batchSize < 1 || buffers < 2) {
            throw new IllegalArgumentException("workers and batch size must be positive and buffers at least 2: "
                    + workers + ", " + batchSize + ", " + buffers);
        }
    }

    /**
     * Sizes the pipeline from what the user asked for (0: a default), the model's fixed batch dimension (-1 when
     * dynamic) and the core count: one worker per core, batches of the model's fixed size or 16, and enough buffers
     * for one batch in inference, one complete and waiting, and the ones the workers are filling.
     */
    public static PipelineSettings of(int requestedWorkers, int requestedBatch, long fixedBatch, int cores) {
        int workers = requestedWorkers > 0 ? requestedWorkers : Math.max(1, cores);
        int batch = fixedBatch > 0 ? (int) fixedBatch : requestedBatch > 0 ? requestedBatch : DEFAULT_BATCH;
        int filling = (workers + batch - 1) / batch;
        return new PipelineSettings(workers, batch, 2 + filling);
    }

    /** Floats the batch buffers hold in all, for an image of {@code floatsPerImage}. */
    public long bufferedFloats(int floatsPerImage) {
        return (long) buffers * batchSize * floatsPerImage;
    }
}
