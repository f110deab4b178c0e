package dev.fairness.engine;

import dev.fairness.inference.ImageScorer;
import dev.fairness.inference.InputShape;

import java.nio.FloatBuffer;
import java.util.List;

/**
 * Several scorers that take the same input, fed from one batch: the images are decoded and preprocessed once, and
 * each model scores the same buffer. The scores are the models' scores side by side, model by model.
 */
final class MultiScorer implements ImageScorer {
    private final List<ImageScorer> scorers;

    MultiScorer(List<ImageScorer> scorers) {
        this.scorers = List.copyOf(scorers);
        for (ImageScorer s : this.scorers) {
            if (!s.input().equals(this.scorers.get(0).input())) {
                throw new IllegalArgumentException("scorers take different inputs: " + s.input() + ", "
                        + this.scorers.get(0).input());
            }
        }
    }

    @Override
    public InputShape input() {
        return scorers.get(0).input();
    }

    @Override
    public int labels() {
        return scorers.stream().mapToInt(ImageScorer::labels).sum();
    }

    @Override
    public double[][] score(FloatBuffer images, int count) {
        double[][] out = new double[count][labels()];
        int offset = 0;
        for (ImageScorer s : scorers) {
            double[][] own = s.score(images, count); // the buffer's position and limit stay where they were
            for (int i = 0; i < count; i++) {
                System.arraycopy(own[i], 0, out[i], offset, s.labels());
            }
            offset += s.labels();
        }
        return out;
    }
}
