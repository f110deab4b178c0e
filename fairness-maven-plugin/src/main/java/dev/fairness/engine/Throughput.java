package dev.fairness.engine;

/**
 * How fast inference runs: no score depends on these, so they are not part of the score cache's key.
 *
 * @param batchSize images per inference call (0: the model's fixed batch size or a default)
 * @param threads   ONNX Runtime intra-op threads (0: one per core)
 */
public record Throughput(int batchSize, int threads) {
    public static final Throughput DEFAULT = new Throughput(0, 0);

    public Throughput {
        if (batchSize < 0 || threads < 0) {
            throw new IllegalArgumentException("batch size and threads must be 0 (a default) or positive: "
                    + batchSize + ", " + threads);
        }
    }
}
