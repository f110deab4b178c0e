package dev.fairness.inference;

import dev.fairness.InputException;

import java.util.Arrays;

/** An encoder's {@code [N, D]} output, row-major, as one embedding per input. */
public final class EmbeddingRows {
    private EmbeddingRows() {
    }

    /**
     * @param encoder the encoder's file and output, for messages
     * @param tower {@code encode_image} or {@code encode_text}, for the advice
     * @throws InputException when the output is not {@code [count, D]}
     */
    public static float[][] of(float[] values, long[] shape, int count, String encoder, String tower) {
        if (shape.length != 2 || shape[0] != count) {
            throw new InputException(encoder + " returns shape " + Arrays.toString(shape) + " for " + count
                    + " inputs, but [" + count + ", D] embeddings are expected. Export the encoder so that its first "
                    + "output is the projected embedding (CLIP's " + tower + ").");
        }
        int width = (int) shape[1];
        float[][] rows = new float[count][];
        for (int i = 0; i < count; i++) {
            rows[i] = Arrays.copyOfRange(values, i * width, (i + 1) * width);
        }
        return rows;
    }
}
