package dev.fairness.pipeline;

import java.nio.FloatBuffer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** One batch in flight: rows {@code from .. from + count - 1}, filled by the workers into one buffer. */
final class Batch {
    final int from;
    final int count;
    final FloatBuffer buffer;
    private final CountDownLatch pending;

    Batch(int from, int count, FloatBuffer buffer) {
        this.from = from;
        this.count = count;
        this.buffer = buffer;
        this.pending = new CountDownLatch(count);
    }

    /** One row is written (or failed). */
    void rowDone() {
        pending.countDown();
    }

    /** Waits up to the timeout for every row; true when all are done. */
    boolean awaitRows(long millis) throws InterruptedException {
        return pending.await(millis, TimeUnit.MILLISECONDS);
    }

    /** The buffer holding exactly this batch's images. */
    FloatBuffer images(int floatsPerImage) {
        FloatBuffer view = buffer.duplicate();
        view.position(0).limit(count * floatsPerImage);
        return view;
    }
}
