package dev.fairness.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fairness.inference.Layout;
import dev.fairness.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CLIP's preprocessing matches PIL on real images: golden values from {@code clip/clip_preprocess_reference.py}
 * (PIL 9.4 and numpy, no project code; its docstring has the command), for 24 images of every kind (17 PNG, 7 JPEG) in the
 * shared data.
 */
class ClipPreprocessingTest {
    private static final int SIZE = 224;

    @Test
    void everyImageMatchesPilBitForBitAndWithin1e6AfterNormalisation() throws IOException {
        List<Golden> goldens = goldens();
        int images = 0;
        double largest = 0;
        List<String> different = new ArrayList<>();
        for (Golden golden : goldens) {
            images++;
            float[] tensor = preprocess(golden);
            if (!golden.sha256.equals(sha256(eightBit(tensor)))) {
                different.add(golden.image);
            }
            largest = Math.max(largest, largestSampleDifference(golden, tensor));
        }
        assertEquals(List.of(), different, "8-bit crops that differ from PIL's");
        assertEquals(24, images);
        System.out.printf("CLIP preprocessing vs PIL, %d images: every 8-bit value equal, max |difference| after "
                + "normalisation %.2e%n", images, largest);
        assertTrue(largest <= 1e-6, "max |difference| " + largest);
    }

    /** Shrinking and enlarging, both orientations, colour and PIL's grey conversion: no shared data needed. */
    @Test
    void smallSeededImagesMatchPilExactlyWhenShrinkingEnlargingAndConvertingToGrey() throws IOException {
        JsonNode cases;
        try (InputStream in = ClipPreprocessingTest.class.getResourceAsStream("/clip/synthetic.json")) {
            cases = new ObjectMapper().readTree(in).get("cases");
        }
        List<String> different = new ArrayList<>();
        for (JsonNode c : cases) {
            int width = c.get("width").asInt();
            int height = c.get("height").asInt();
            int size = c.get("size").asInt();
            boolean grey = c.get("mode").asText().equals("L");
            float[] planes = new float[3 * width * height];
            for (int i = 0; i < width * height; i++) {
                for (int ch = 0; ch < 3; ch++) {
                    planes[ch * width * height + i] = c.get("source").get(3 * i + ch).asInt() / 255f;
                }
            }
            Preprocessor pil = new Preprocessor(new Preprocessing(size, size,
                    Preprocessing.ResizeMode.PIL_BICUBIC_CROP,
                    grey ? Preprocessing.ChannelMode.GREY : Preprocessing.ChannelMode.RGB, null, null,
                    Layout.NCHW));
            float[] tensor = pil.apply(new FloatImage(width, height, 3, planes));
            for (int i = 0; i < tensor.length; i++) {
                if (Math.round(tensor[i] * 255) != c.get("expected").get(i).asInt()) {
                    different.add(width + "x" + height + " " + c.get("mode").asText() + " to " + size + ": value " + i);
                    break;
                }
            }
        }
        assertEquals(List.of(), different);
        assertEquals(5, cases.size());
    }

    @Test
    void theFloatResamplerDiffersFromPilByUpToAGreyLevelWhichIsWhyClipHasItsOwnMode() throws IOException {
        Golden golden = goldens().get(0);
        Preprocessor bilinearLike = new Preprocessor(new Preprocessing(SIZE, SIZE,
                Preprocessing.ResizeMode.SHORTER_SIDE_CROP, Preprocessing.ChannelMode.RGB, ClipPreprocessing.MEAN,
                ClipPreprocessing.STD, Layout.NCHW));
        float[] tensor = bilinearLike.apply(decode(golden));

        assertTrue(largestSampleDifference(golden, tensor) > 0.01);
    }

    private static float[] preprocess(Golden golden) {
        return new Preprocessor(ClipPreprocessing.of(SIZE)).apply(decode(golden));
    }

    private static FloatImage decode(Golden golden) {
        FloatImage image = ImageDecoder.decode(SharedData.folder(golden.image.substring(0,
                golden.image.indexOf('/'))).resolve(golden.image.substring(golden.image.indexOf('/') + 1)));
        assertEquals(golden.width + "x" + golden.height, image.width() + "x" + image.height(), golden.image);
        return image;
    }

    /** The uint8 values back from the normalised tensor: exact, since 1/255 is far above float rounding. */
    static byte[] eightBit(float[] tensor) {
        byte[] bytes = new byte[tensor.length];
        int plane = SIZE * SIZE;
        for (int i = 0; i < tensor.length; i++) {
            int c = i / plane;
            bytes[i] = (byte) level(tensor[i], c);
        }
        return bytes;
    }

    private static int level(double normalised, int channel) {
        return (int) Math.round((normalised * ClipPreprocessing.STD.get(channel) + ClipPreprocessing.MEAN.get(channel))
                * 255);
    }

    private static int sampleIndex(String sample) {
        String[] at = sample.substring(0, sample.indexOf('=')).split(":");
        return (Integer.parseInt(at[0]) * SIZE + Integer.parseInt(at[1])) * SIZE + Integer.parseInt(at[2]);
    }

    private static double largestSampleDifference(Golden golden, float[] tensor) {
        double largest = 0;
        for (String sample : golden.samples.split(" ")) {
            int index = sampleIndex(sample);
            double expected = Double.parseDouble(sample.substring(sample.indexOf('=') + 1));
            largest = Math.max(largest, Math.abs(tensor[index] - expected));
        }
        return largest;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Golden(String image, int width, int height, String sha256, String samples) {
    }

    private static List<Golden> goldens() throws IOException {
        List<Golden> goldens = new ArrayList<>();
        try (InputStream in = ClipPreprocessingTest.class.getResourceAsStream("/clip/golden.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split(",");
                goldens.add(new Golden(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3], f[4]));
            }
        }
        return goldens;
    }
}
