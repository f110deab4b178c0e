package dev.fairness.dataset;

import dev.fairness.inference.Layout;

import java.util.List;

/**
 * The preprocessing of OpenAI's CLIP and the models trained like it (CheXzero, open_clip's defaults): the shorter
 * side resized to the input size with PIL's bicubic filter, centre crop, RGB, and CLIP's per-channel mean and
 * standard deviation (those of its training images, not ImageNet's).
 */
public final class ClipPreprocessing {
    /** CLIP's per-channel mean, R, G, B. */
    public static final List<Double> MEAN = List.of(0.48145466, 0.4578275, 0.40821073);
    /** CLIP's per-channel standard deviation, R, G, B. */
    public static final List<Double> STD = List.of(0.26862954, 0.26130258, 0.27577711);

    private ClipPreprocessing() {
    }

    /** CLIP's preprocessing for a square input of {@code size} pixels (224 for ViT-B/32 and ViT-B/16). */
    public static Preprocessing of(int size) {
        return new Preprocessing(size, size, Preprocessing.ResizeMode.PIL_BICUBIC_CROP,
                Preprocessing.ChannelMode.RGB, MEAN, STD, Layout.NCHW);
    }
}
