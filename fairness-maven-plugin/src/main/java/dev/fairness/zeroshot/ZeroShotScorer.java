package dev.fairness.zeroshot;

import dev.fairness.InputException;
import dev.fairness.inference.ImageEmbedder;
import dev.fairness.inference.ImageScorer;
import dev.fairness.inference.InputShape;

import java.nio.FloatBuffer;
import java.util.Objects;

/**
 * A zero-shot model as an {@link ImageScorer}: the image tower embeds each batch, the {@link ZeroShotHead} turns
 * each embedding into one score per class. The pipeline, its progress and the score cache work as for a classifier.
 */
public final class ZeroShotScorer implements ImageScorer {
    private final ImageEmbedder images;
    private final ZeroShotHead head;
    private int checkedWidth = -1;

    public ZeroShotScorer(ImageEmbedder images, ZeroShotHead head) {
        this.images = Objects.requireNonNull(images, "images");
        this.head = Objects.requireNonNull(head, "head");
    }

    @Override
    public InputShape input() {
        return images.input();
    }

    @Override
    public int labels() {
        return head.labels();
    }

    @Override
    public double[][] score(FloatBuffer batch, int count) {
        float[][] embeddings = images.embed(batch, count);
        double[][] scores = new double[count][];
        for (int i = 0; i < count; i++) {
            requireWidth(embeddings[i].length);
            scores[i] = head.score(embeddings[i], 0, "image " + (i + 1) + " of the batch");
        }
        return scores;
    }

    private void requireWidth(int width) {
        if (width == checkedWidth) {
            return;
        }
        if (width != head.width()) {
            throw new InputException("The image encoder returns embeddings of " + width + " values but "
                    + "the text embeddings have " + head.width() + ". The image and text towers (or the embeddings "
                    + "file) must come from the same model.");
        }
        checkedWidth = width;
    }
}
