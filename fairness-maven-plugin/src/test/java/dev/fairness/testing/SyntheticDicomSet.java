package dev.fairness.testing;

import dev.fairness.testing.DicomWriter.Image;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A seeded DICOM test set with a planted gap, for the integration tests: 32x32 images read by the same model as
 * the PNG sets ({@code sigmoid(16 * mean - 8)}), patient sex and age only in the DICOM headers, a manifest with
 * {@code image,patient_id,Effusion}. TPR 0.60 for women and 0.90 for men (30 positives each), FPR 0.10 for both
 * (30 negatives each). The images rotate through four encodings: 8-bit MONOCHROME2, 12 bits stored in 16
 * MONOCHROME1, signed 16-bit with a rescale, unsigned 16-bit; Explicit and Implicit VR. Each image's pixel
 * values are chosen so that its value after the documented scaling ({@code DicomPixelScaling}) is the 8-bit
 * plane's {@code v / 255} (exactly, or to 1/4095 for 12 bits), so its score is planted above or below 0.5.
 * Also {@code images/compressed.dcm} (JPEG Baseline) and {@code manifest-compressed.csv}, which lists it, and
 * {@code manifest-disagree.csv}, whose {@code sex} column contradicts one header.
 */
public final class SyntheticDicomSet {
    public static final int SIZE = 32;
    private static final String[] AGES = {"034Y", "047Y", "058Y", "061Y", "072Y", "085Y", "006M", "052W"};

    private final Random random;

    private SyntheticDicomSet(long seed) {
        random = new Random(seed);
    }

    public static void write(Path dir, long seed) {
        SyntheticDicomSet set = new SyntheticDicomSet(seed);
        StringBuilder manifest = new StringBuilder("image,patient_id,Effusion\n");
        int index = 0;
        for (String sex : List.of("F", "M")) {
            List<boolean[]> plan = new ArrayList<>();
            int truePositives = sex.equals("F") ? 18 : 27;
            for (int i = 0; i < 30; i++) {
                plan.add(new boolean[]{true, i < truePositives});
            }
            for (int i = 0; i < 30; i++) {
                plan.add(new boolean[]{false, i < 3});
            }
            Collections.shuffle(plan, set.random);
            for (boolean[] p : plan) {
                String name = String.format(Locale.ROOT, "images/%05d.dcm", index);
                String age = AGES[set.random.nextInt(AGES.length)];
                DicomWriter.write(dir.resolve(name), set.image(index, p[1]).withPatient(sex, age));
                manifest.append(name).append(',').append(String.format(Locale.ROOT, "P%05d", index)).append(',')
                        .append(p[0] ? 1 : 0).append('\n');
                index++;
            }
        }
        SyntheticTestSet.write(dir.resolve("manifest.csv"), manifest.toString());
        DicomWriter.write(dir.resolve("images/compressed.dcm"), compressed());
        String[] lines = manifest.toString().split("\n");
        lines[2] = "images/compressed.dcm,P99999,1";
        SyntheticTestSet.write(dir.resolve("manifest-compressed.csv"), String.join("\n", lines) + "\n");
        SyntheticTestSet.write(dir.resolve("manifest-disagree.csv"), withSexColumn(manifest.toString()));
        SyntheticTestSet.writeModel(dir.resolve("model.onnx"), 1);
    }

    /**
     * The manifest with a {@code sex} column that is empty except on line 2 ('M', the header says 'F': a
     * disagreement) and line 3 ('F', as the header says).
     */
    private static String withSexColumn(String manifest) {
        String[] lines = manifest.split("\n");
        StringBuilder out = new StringBuilder("image,patient_id,sex,Effusion\n");
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",");
            String sex = i == 1 ? "M" : i == 2 ? "F" : "";
            out.append(cells[0]).append(',').append(cells[1]).append(',').append(sex).append(',').append(cells[2])
                    .append('\n');
        }
        return out.toString();
    }

    /** The 8-bit plane of a planted score, written in the encoding of this index. */
    private Image image(int index, boolean above) {
        double score = above ? 0.55 + 0.42 * random.nextDouble() : 0.03 + 0.42 * random.nextDouble();
        double mean = (Math.log(score / (1 - score)) + 8) / 16;
        int[] v = SyntheticTestSet.plane(Math.round(mean * 255 * SIZE * SIZE), random);
        int[] s = new int[v.length];
        switch (index % 4) {
            case 0 -> {
                return Image.of(DicomWriter.EXPLICIT_LITTLE_ENDIAN, SIZE, SIZE, 8, 8, false, "MONOCHROME2", v);
            }
            case 1 -> {
                // MONOCHROME1, 12 bits: 1 - s / 4095 = v / 255
                for (int i = 0; i < v.length; i++) {
                    s[i] = (int) Math.round(4095 * (1 - v[i] / 255.0));
                }
                return Image.of(DicomWriter.IMPLICIT_LITTLE_ENDIAN, SIZE, SIZE, 16, 12, false, "MONOCHROME1", s);
            }
            case 2 -> {
                // signed 16: (s + 32768) / 65535 = v / 255; the rescale does not change the scaled value
                for (int i = 0; i < v.length; i++) {
                    s[i] = v[i] * 257 - 32768;
                }
                return Image.of(DicomWriter.EXPLICIT_LITTLE_ENDIAN, SIZE, SIZE, 16, 16, true, "MONOCHROME2", s)
                        .withRescale("1", "-1024");
            }
            default -> {
                for (int i = 0; i < v.length; i++) {
                    s[i] = v[i] * 257;
                }
                return Image.of(DicomWriter.IMPLICIT_LITTLE_ENDIAN, SIZE, SIZE, 16, 16, false, "MONOCHROME2", s);
            }
        }
    }


    /** A real JPEG Baseline DICOM: the 8-bit plane compressed by ImageIO's JPEG writer, one fragment. */
    private static Image compressed() {
        int[] v = new int[SIZE * SIZE];
        for (int i = 0; i < v.length; i++) {
            v[i] = (i * 7) % 256;
        }
        BufferedImage grey = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setPixels(0, 0, SIZE, SIZE, v);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(grey, "jpeg", jpeg)) {
                throw new IllegalStateException("no JPEG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Image.of(DicomWriter.EXPLICIT_LITTLE_ENDIAN, SIZE, SIZE, 8, 8, false, "MONOCHROME2", v)
                .withPatient("F", "061Y").encapsulating(DicomWriter.JPEG_BASELINE, jpeg.toByteArray());
    }
}
