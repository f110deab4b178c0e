package dev.fairness.pipeline;

import dev.fairness.inference.ImageScorer;
import dev.fairness.inference.InputShape;
import dev.fairness.inference.Layout;

import java.nio.FloatBuffer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;

/** Scores each image with the mean of its floats; records the size of every batch it was given. */
final class FakeScorer implements ImageScorer {
    final List<Integer> batches = new CopyOnWriteArrayList<>();
    private final InputShape shape;
    private final IntConsumer beforeBatch;

    FakeScorer(int height, int width, IntConsumer beforeBatch) {
        this.shape = new InputShape(Layout.NCHW, 1, height, width);
        this.beforeBatch = beforeBatch;
    }

    @Override
    public InputShape input() {
        return shape;
    }

    @Override
    public int labels() {
        return 1;
    }

    @Override
    public double[][] score(FloatBuffer images, int count) {
        beforeBatch.accept(batches.size());
        batches.add(count);
        int per = shape.floatsPerImage();
        double[][] scores = new double[count][1];
        for (int i = 0; i < count; i++) {
            double sum = 0;
            for (int p = 0; p < per; p++) {
                sum += images.get(images.position() + i * per + p);
            }
            scores[i][0] = sum / per;
        }
        return scores;
    }
}
