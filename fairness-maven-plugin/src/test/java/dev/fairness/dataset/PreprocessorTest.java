package dev.fairness.dataset;

import dev.fairness.dataset.Preprocessing.ChannelMode;
import dev.fairness.inference.Layout;
import dev.fairness.dataset.Preprocessing.ResizeMode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.List;

import static dev.fairness.dataset.Errors.assertInputError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Expected values are worked out by hand in the comments; every resize case was also checked against PIL 9.4
 * ({@code Image.fromarray(a, 'F').resize(size, Image.BILINEAR)}), which uses the same conventions.
 */
class PreprocessorTest {
    private static final float EPS = 1e-6f;

    private static FloatImage grey(int width, int height, float... values) {
        return new FloatImage(width, height, 1, values);
    }

    private static float[] run(FloatImage image, int width, int height, ResizeMode resize, ChannelMode channels) {
        return new Preprocessor(new Preprocessing(width, height, resize, channels, null, null, Layout.NCHW))
                .apply(image);
    }

    @Nested
    class Resizes {
        @Test
        void enlargingInterpolatesBetweenHalfPixelCentresAndClampsAtTheEdges() {
            // 2 -> 4 pixels: output centres at 0.25, 0.75, 1.25, 1.75 source pixels; source centres at 0.5, 1.5.
            // Per axis: a, 0.75a + 0.25b, 0.25a + 0.75b, b (the outer outputs lie outside the centres: clamped).
            // Row 0 (0, 0.4) -> 0, 0.1, 0.3, 0.4; row 1 (0.8, 0.2) -> 0.8, 0.65, 0.35, 0.2; then the same down.
            float[] out = run(grey(2, 2, 0f, 0.4f, 0.8f, 0.2f), 4, 4, ResizeMode.STRETCH, ChannelMode.GREY);

            assertArrayEquals(new float[] {
                    0f, 0.1f, 0.3f, 0.4f,
                    0.2f, 0.2375f, 0.3125f, 0.35f,
                    0.6f, 0.5125f, 0.3375f, 0.25f,
                    0.8f, 0.65f, 0.35f, 0.2f}, out, EPS);
        }

        @Test
        void shrinkingAveragesOverAStretchedTriangleLikePil() {
            // 4 -> 2 pixels, scale 2: output 0 has centre 1.0, triangle radius 2, source pixels 0..2 weigh
            // 1 - |j + 0.5 - 1| / 2 = 0.75, 0.75, 0.25 (sum 1.75): (0 + 7.5 + 5) / 1.75 = 7.142857;
            // output 1 mirrors it: (2.5 + 15 + 22.5) / 1.75 = 22.857143.
            float[] out = run(grey(4, 1, 0f, 10f, 20f, 30f), 2, 1, ResizeMode.STRETCH, ChannelMode.GREY);

            assertArrayEquals(new float[] {7.142857f, 22.857143f}, out, 1e-5f);
        }

        @Test
        void keepsValuesExactWhenTheSizeDoesNotChange() {
            float[] values = {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f};
            assertArrayEquals(values, run(grey(3, 2, values), 3, 2, ResizeMode.STRETCH, ChannelMode.GREY));
        }

        @Test
        void shorterSideCropResizesTheShorterSideAndCutsTheCentreOfAWideImage() {
            // 8x4 -> 2x2: the height is shorter, 4 -> 2 (scale 2), so the width goes 8 -> 4 and the crop keeps
            // resized columns 1 and 2 (left = (4 - 2) / 2). On the ramp x / 10 an interior output is the mean
            // of its symmetric window: column 1 has centre 3.0 -> pixels 1..4 weigh .25 .75 .75 .25 -> 0.25;
            // column 2 has centre 5.0 -> 0.45. Every row is the same.
            float[] ramp = new float[8 * 4];
            for (int i = 0; i < ramp.length; i++) {
                ramp[i] = (i % 8) / 10f;
            }
            float[] out = run(grey(8, 4, ramp), 2, 2, ResizeMode.SHORTER_SIDE_CROP, ChannelMode.GREY);

            assertArrayEquals(new float[] {0.25f, 0.45f, 0.25f, 0.45f}, out, EPS);
        }

        @Test
        void shorterSideCropCutsTheCentreOfATallImage() {
            float[] ramp = new float[4 * 8];
            for (int i = 0; i < ramp.length; i++) {
                ramp[i] = (i / 4) / 10f;
            }
            float[] out = run(grey(4, 8, ramp), 2, 2, ResizeMode.SHORTER_SIDE_CROP, ChannelMode.GREY);

            assertArrayEquals(new float[] {0.25f, 0.25f, 0.45f, 0.45f}, out, EPS);
        }

        @Test
        void shorterSideCropRoundsAHalfPixelOffsetToEvenLikeTorchvision() {
            // 3x5 -> 2x2: width 3 -> 2, height 5 -> floor(5 * 2 / 3) = 3; top = round(0.5) = 0 (half to even),
            // so the first two of the three resized rows are kept (values from PIL).
            float[] values = new float[15];
            for (int i = 0; i < values.length; i++) {
                values[i] = i / 20f;
            }
            float[] out = run(grey(3, 5, values), 2, 2, ResizeMode.SHORTER_SIDE_CROP, ChannelMode.GREY);

            assertArrayEquals(new float[] {0.08303571f, 0.14553572f, 0.31875f, 0.38125f}, out, 1e-6f);
        }

        @Test
        void stretchChangesTheAspectRatio() {
            float[] ramp = new float[8 * 4];
            for (int i = 0; i < ramp.length; i++) {
                ramp[i] = (i % 8) / 10f;
            }
            // 8 -> 2, scale 4: centre 2.0, radius 4, pixels 0..5 (clamped at 0) weigh
            // 1 - |j + 0.5 - 2| / 4 = .625 .875 .875 .625 .375 .125 (sum 3.5) -> (0.875 + 1.75 + 1.875 + 1.5
            // + 0.625) / 3.5 / 10 = 6.625 / 35 = 0.189286; output 1 mirrors it: 0.7 - 0.189286 = 0.510714.
            // Not the 0.25 / 0.45 of the crop above: the whole width is squeezed in.
            float[] out = run(grey(8, 4, ramp), 2, 1, ResizeMode.STRETCH, ChannelMode.GREY);

            assertArrayEquals(new float[] {6.625f / 35, 0.7f - 6.625f / 35}, out, EPS);
        }
    }

    @Nested
    class ConvertsChannels {
        @Test
        void colourToLuminanceForAGreyModel() {
            FloatImage rgb = new FloatImage(3, 1, 3, new float[] {1, 0, 0.5f, 0, 1, 0.5f, 0, 0, 0.5f});
            assertArrayEquals(new float[] {0.299f, 0.587f, 0.5f},
                    run(rgb, 3, 1, ResizeMode.STRETCH, ChannelMode.GREY), EPS);
        }

        @Test
        void greyReplicatedForAnRgbModel() {
            float[] out = run(grey(2, 1, 0.25f, 0.75f), 2, 1, ResizeMode.STRETCH, ChannelMode.RGB);
            assertArrayEquals(new float[] {0.25f, 0.75f, 0.25f, 0.75f, 0.25f, 0.75f}, out);
        }
    }

    @Nested
    class Normalises {
        @Test
        void eachChannelWithItsMeanAndStd() {
            Preprocessing config = new Preprocessing(1, 1, ResizeMode.STRETCH, ChannelMode.RGB,
                    List.of(0.485, 0.456, 0.406), List.of(0.229, 0.224, 0.225), Layout.NCHW);
            FloatImage pixel = new FloatImage(1, 1, 3, new float[] {0.5f, 0.25f, 1f});

            float[] out = new Preprocessor(config).apply(pixel);

            assertArrayEquals(new float[] {
                    (0.5f - 0.485f) / 0.229f, (0.25f - 0.456f) / 0.224f, (1f - 0.406f) / 0.225f}, out, EPS);
        }

        @Test
        void allChannelsWithOneMeanAndStd() {
            Preprocessing config = new Preprocessing(2, 1, ResizeMode.STRETCH, ChannelMode.RGB, List.of(0.5),
                    List.of(0.25), Layout.NCHW);
            float[] out = new Preprocessor(config).apply(grey(2, 1, 0f, 1f));
            assertArrayEquals(new float[] {-2, 2, -2, 2, -2, 2}, out);
        }
    }

    @Nested
    class Lays {
        private final FloatImage image = new FloatImage(2, 1, 3, new float[] {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f});

        @Test
        void channelsFirstForNchw() {
            Preprocessor p = new Preprocessor(new Preprocessing(2, 1, ResizeMode.STRETCH, ChannelMode.RGB, null,
                    null, Layout.NCHW));
            assertArrayEquals(new float[] {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f}, p.apply(image));
            assertArrayEquals(new long[] {8, 3, 1, 2}, p.shape(8));
        }

        @Test
        void channelsLastForNhwc() {
            Preprocessor p = new Preprocessor(new Preprocessing(2, 1, ResizeMode.STRETCH, ChannelMode.RGB, null,
                    null, Layout.NHWC));
            assertArrayEquals(new float[] {0.1f, 0.3f, 0.5f, 0.2f, 0.4f, 0.6f}, p.apply(image));
            assertArrayEquals(new long[] {8, 1, 2, 3}, p.shape(8));
        }

        @Test
        void oneSampleAtItsOffsetInADirectBatchBufferWithoutMovingIt() {
            Preprocessor p = new Preprocessor(new Preprocessing(2, 1, ResizeMode.STRETCH, ChannelMode.RGB, null,
                    null, Layout.NHWC));
            FloatBuffer batch = ByteBuffer.allocateDirect(3 * p.sampleSize() * Float.BYTES)
                    .order(ByteOrder.nativeOrder()).asFloatBuffer();

            p.write(image, batch, 1);

            float[] all = new float[batch.capacity()];
            batch.get(0, all);
            assertArrayEquals(new float[] {0, 0, 0, 0, 0, 0, 0.1f, 0.3f, 0.5f, 0.2f, 0.4f, 0.6f, 0, 0, 0, 0, 0, 0},
                    all);
            assertEquals(0, batch.position());
            assertThrows(IndexOutOfBoundsException.class, () -> p.write(image, batch, 3));
        }
    }

    @Nested
    class RejectsConfiguration {
        @Test
        void withAMeanPerChannelThatDoesNotMatchTheChannels() {
            assertInputError("Invalid <mean>: it has 2 values but the model input has 3 channel(s). Give one value,"
                    + " or one per channel.", () -> new Preprocessing(224, 224, ResizeMode.STRETCH, ChannelMode.RGB,
                    List.of(0.5, 0.5), null, Layout.NCHW));
        }

        @Test
        void withAZeroStd() {
            assertInputError("Invalid <std>: it contains 0.0. Use positive numbers.", () -> new Preprocessing(224,
                    224, ResizeMode.STRETCH, ChannelMode.GREY, null, List.of(0.0), Layout.NCHW));
        }

        @Test
        void withAnUnknownResizeModeOrChannelMode() {
            assertInputError("Invalid <resize>: 'crop' is not a resize mode. Use one of 'stretch', 'shorterSideCrop', 'pilBicubicCrop'.",
                    () -> ResizeMode.fromConfig("crop"));
            assertInputError("Invalid <channels>: 'bgr' is not a channel mode. Use one of 'grey', 'rgb'.",
                    () -> ChannelMode.fromConfig("bgr"));
            assertEquals(ResizeMode.SHORTER_SIDE_CROP, ResizeMode.fromConfig("shortersidecrop"));
            assertEquals(ChannelMode.GREY, ChannelMode.fromConfig("Gray"));
        }

        @Test
        void withANonPositiveSize() {
            assertInputError("Invalid <preprocessing><width>/<height>: it is 0x224. Set a positive width and height, e.g. "
                    + "<width>224</width><height>224</height>.",
                    () -> Preprocessing.of(0, 224, ChannelMode.GREY));
        }
    }
}
