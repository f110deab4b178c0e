package dev.fairness.pipeline;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A fixed number of direct, native-order batch buffers (ONNX Runtime wraps them without a copy), allocated on first
 * use and recycled. Taking a buffer blocks while all are in flight: this is what bounds the pipeline's memory.
 */
final class BatchBuffers {
    private final int capacity;
    private final int floatsPerBatch;
    private final BlockingQueue<FloatBuffer> free;
    private int allocated;

    BatchBuffers(int capacity, int floatsPerBatch) {
        this.capacity = capacity;
        this.floatsPerBatch = floatsPerBatch;
        this.free = new ArrayBlockingQueue<>(capacity);
    }

    /**
     * A buffer, waiting while all are in use; null when {@code stop} turns true while waiting.
     *
     * @throws InterruptedException when the waiting thread is interrupted
     */
    FloatBuffer take(BooleanSupplier stop) throws InterruptedException {
        FloatBuffer buffer = free.poll();
        if (buffer != null) {
            return buffer;
        }
        synchronized (this) {
            if (allocated < capacity) {
                allocated++;
                return ByteBuffer.allocateDirect(Math.multiplyExact(floatsPerBatch, Float.BYTES))
                        .order(ByteOrder.nativeOrder()).asFloatBuffer();
            }
        }
        while (!stop.getAsBoolean()) {
            buffer = free.poll(20, TimeUnit.MILLISECONDS);
            if (buffer != null) {
                return buffer;
            }
        }
        return null;
    }

    void release(FloatBuffer buffer) {
        buffer.clear();
        free.add(buffer);
    }
}
