package dev.fairness.dataset;

import dev.fairness.EnumIds;
import dev.fairness.InputException;
import dev.fairness.inference.Layout;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the model expects as input, so that the plugin feeds it exactly what it was trained on: size, how to get
 * there (stretch, or resize the shorter side and centre-crop), grey or RGB, per-channel normalisation
 * {@code (x - mean) / std} with {@code x} in [0, 1], and the tensor layout.
 *
 * @param width    model input width in pixels
 * @param height   model input height in pixels
 * @param resize   how the image is brought to {@code width x height}
 * @param channels grey (one channel) or RGB (three)
 * @param mean     per-channel mean: one value for all channels, or one per channel; {@code null} means 0
 * @param std      per-channel standard deviation, positive: one value, or one per channel; {@code null} means 1
 * @param layout   NCHW (channels first, PyTorch) or NHWC (channels last, TensorFlow)
 */
public record Preprocessing(int width, int height, ResizeMode resize, ChannelMode channels, List<Double> mean,
                            List<Double> std, Layout layout) {

    public Preprocessing {
        if (width <= 0 || height <= 0) {
            throw new InputException(Messages.badConfiguration("<preprocessing><width>/<height>", "it is " + width
                    + "x" + height, "Set a positive width and height, e.g. <width>224</width><height>224</height>."));
        }
        if (resize == null || channels == null || layout == null) {
            throw new NullPointerException("resize, channels and layout are required");
        }
        mean = perChannel(mean, 0.0, channels, "<mean>", false);
        std = perChannel(std, 1.0, channels, "<std>", true);
    }

    /** The usual case: stretch to {@code width x height}, no normalisation, NCHW. */
    public static Preprocessing of(int width, int height, ChannelMode channels) {
        return new Preprocessing(width, height, ResizeMode.STRETCH, channels, null, null, Layout.NCHW);
    }

    /** Mean of one output channel (a single configured value applies to every channel). */
    public double mean(int channel) {
        return mean.size() == 1 ? mean.get(0) : mean.get(channel);
    }

    /** Standard deviation of one output channel (a single configured value applies to every channel). */
    public double std(int channel) {
        return std.size() == 1 ? std.get(0) : std.get(channel);
    }

    private static List<Double> perChannel(List<Double> values, double fallback, ChannelMode channels,
                                           String parameter, boolean positive) {
        if (values == null || values.isEmpty()) {
            return List.of(fallback);
        }
        if (values.size() != 1 && values.size() != channels.count()) {
            throw new InputException(Messages.badConfiguration(parameter, "it has " + values.size()
                            + " values but the model input has " + channels.count() + " channel(s)",
                    "Give one value, or one per channel."));
        }
        for (Double value : values) {
            if (value == null || !Double.isFinite(value) || positive && value <= 0) {
                throw new InputException(Messages.badConfiguration(parameter, "it contains " + value,
                        positive ? "Use positive numbers." : "Use finite numbers."));
            }
        }
        return List.copyOf(values);
    }

    private static String quoted(String... names) {
        return Arrays.stream(names).map(n -> "'" + n + "'").collect(Collectors.joining(", "));
    }

    /** How the image is brought to the model's input size. */
    public enum ResizeMode {
        /** Resize both sides to the target; the aspect ratio may change. */
        STRETCH("stretch"),
        /**
         * Resize so that the image covers the target with its aspect ratio kept (for a square target: the shorter
         * side becomes the target size), then cut the centre: torchvision's {@code Resize(size)} +
         * {@code CenterCrop(size)}.
         */
        SHORTER_SIDE_CROP("shorterSideCrop"),
        /**
         * As {@link #SHORTER_SIDE_CROP}, but resampled exactly as CLIP's preprocessing does on a PIL image:
         * PIL's 8-bit bicubic resize (antialiased when shrinking), centre crop, 8-bit values / 255.
         */
        PIL_BICUBIC_CROP("pilBicubicCrop");

        private final String configName;

        ResizeMode(String configName) {
            this.configName = configName;
        }

        public String configName() {
            return configName;
        }

        /** Parses {@code stretch}, {@code shorterSideCrop} or {@code pilBicubicCrop} (any case). */
        public static ResizeMode fromConfig(String value) {
            return EnumIds.parse(ResizeMode.class, ResizeMode::configName, value,
                    v -> Messages.badConfiguration("<resize>", "'" + v + "' is not a resize mode",
                            "Use one of " + quoted(STRETCH.configName, SHORTER_SIDE_CROP.configName,
                                    PIL_BICUBIC_CROP.configName) + "."));
        }
    }

    /** The number and meaning of the model's input channels. */
    public enum ChannelMode {
        /** One channel: grey as is, colour as luminance 0.299 R + 0.587 G + 0.114 B (ITU-R BT.601, as PIL). */
        GREY("grey", 1),
        /** Three channels R, G, B: colour as is, grey replicated. */
        RGB("rgb", 3);

        private final String configName;
        private final int count;

        ChannelMode(String configName, int count) {
            this.configName = configName;
            this.count = count;
        }

        public String configName() {
            return configName;
        }

        public int count() {
            return count;
        }

        /** Parses {@code grey} (or {@code gray}) or {@code rgb} (any case). */
        public static ChannelMode fromConfig(String value) {
            if (value != null && EnumIds.normalise(value).equals("gray")) {
                return GREY;
            }
            return EnumIds.parse(ChannelMode.class, ChannelMode::configName, value,
                    v -> Messages.badConfiguration("<channels>", "'" + v + "' is not a channel mode",
                            "Use one of " + quoted(GREY.configName, RGB.configName) + "."));
        }
    }
}
