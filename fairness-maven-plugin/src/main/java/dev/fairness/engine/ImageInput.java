package dev.fairness.engine;

import dev.fairness.dataset.Preprocessing.ChannelMode;
import dev.fairness.dataset.Preprocessing.ResizeMode;

import java.util.List;

/**
 * The preprocessing the user asked for; every null is taken from the model's input (size, channels) or a
 * default (stretch, mean 0, std 1).
 */
public record ImageInput(Integer width, Integer height, ResizeMode resize, ChannelMode channels,
                         List<Double> mean, List<Double> std) {
    public static final ImageInput FROM_MODEL = new ImageInput(null, null, null, null, null, null);
}
