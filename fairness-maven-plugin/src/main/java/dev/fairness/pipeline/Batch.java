package dev.fairness.pipeline;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One batch in flight: rows {@code from .. from + count - 1}, filled by the workers into one buffer. Slot {@code i}
 * belongs to row {@code from + i}; the batch is complete only when every slot was written by its own row. A recycled
 * buffer still holds the images of an earlier batch, so a slot nobody wrote would hand another image to the model:
 * a row that fails never counts as written.
 */
final class Batch {
    private static final int UNWRITTEN = -1;

    final int from;
    final int count;
    final FloatBuffer buffer;
    private final CountDownLatch pending;
    /** The row whose image each slot holds; published to the inference thread by the latch. */
    private final int[] writtenBy;

    Batch(int from, int count, FloatBuffer buffer) {
        this.from = from;
        this.count = count;
        this.buffer = buffer;
        this.pending = new CountDownLatch(count);
        this.writtenBy = new int[count];
        Arrays.fill(writtenBy, UNWRITTEN);
    }

    /** Row {@code row}'s image is completely in its slot. */
    void written(int row) {
        writtenBy[row - from] = row;
        pending.countDown();
    }

    /** Waits up to the timeout for every row; true when all are written. */
    boolean awaitRows(long millis) throws InterruptedException {
        return pending.await(millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Checks, once the batch is complete, that each slot holds the image of the row it belongs to.
     *
     * @throws IllegalStateException naming the first slot that does not: a defect of the pipeline, never scored
     */
    void requireOwnSlots() {
        for (int i = 0; i < count; i++) {
            if (writtenBy[i] != from + i) {
                throw new IllegalStateException("slot " + i + " of the batch from row " + from + " holds "
                        + (writtenBy[i] == UNWRITTEN ? "no image" : "the image of row " + writtenBy[i])
                        + " instead of row " + (from + i) + "'s");
            }
        }
    }

    /** The buffer holding exactly this batch's images. */
    FloatBuffer images(int floatsPerImage) {
        FloatBuffer view = buffer.duplicate();
        view.position(0).limit(count * floatsPerImage);
        return view;
    }
}
