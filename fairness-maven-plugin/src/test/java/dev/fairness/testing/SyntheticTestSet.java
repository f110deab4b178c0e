package dev.fairness.testing;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded generator of small test sets with known answers: chest-X-ray-shaped PNGs whose channel means encode
 * the model's score exactly, a manifest with patient attributes, and the ONNX model that reads the scores back.
 *
 * <p>The model computes {@code sigmoid(16 * mean - 8)} per channel (GlobalAveragePool, Gemm, Sigmoid), so an
 * image whose pixel sum is {@code S} over {@code 32x32} pixels scores {@code sigmoid(16 * S / (255 * 1024) - 8)}.
 * The generator picks a score per sample, writes the pixel sum that produces it (plus zero-mean texture so the
 * images are not flat) and records the realized score. Whether a sample scores above the 0.5 threshold is
 * planted per cell, so TPR and FPR by group are known exactly.
 */
public final class SyntheticTestSet {
    public static final int SIZE = 32;
    private static final double GAIN = 16;
    private static final double OFFSET = -8;

    /**
     * A block of patients of one sex with ages in a range: how many are positive for the label and how many of
     * those score above the threshold, likewise for negatives.
     */
    public record Cell(String sex, int ageMin, int ageMax, int positives, int truePositives, int negatives,
                       int falsePositives) {
    }

    /** One generated sample: its image path (relative to the set), attributes, truth and realized scores. */
    public record Sample(String image, String patientId, String sex, int age, boolean[] truth, double[] scores) {
    }

    private final Random random;
    private final List<Sample> samples = new ArrayList<>();
    private final String gridSex;

    private SyntheticTestSet(long seed, String gridSex) {
        this.random = new Random(seed);
        this.gridSex = gridSex;
    }

    private SyntheticTestSet(long seed) {
        this(seed, null);
    }

    /** A binary set: 1-channel images, one label. */
    public static List<Sample> binary(Path dir, long seed, String label, List<Cell> cells) {
        return binary(dir, seed, label, cells, null);
    }

    /**
     * A binary set whose images of one sex also carry {@link ScannerGrid}'s stripes, which leave every image's mean
     * (hence {@code model.onnx}'s score) exactly as it is, but which a model can learn as a shortcut.
     *
     * @param gridSex the sex whose images carry the grid, or null for none
     */
    public static List<Sample> binary(Path dir, long seed, String label, List<Cell> cells, String gridSex) {
        SyntheticTestSet set = new SyntheticTestSet(seed, gridSex);
        for (Cell cell : cells) {
            set.addCell(dir, cell);
        }
        set.writeManifest(dir.resolve("manifest.csv"), List.of(label), false);
        writeModel(dir.resolve("model.onnx"), 1);
        return set.samples;
    }

    /**
     * A multi-label set: RGB images whose channel {@code k} encodes the score of finding {@code k}; the manifest
     * has one {@code findings} column, {@code |}-separated, {@code No Finding} when none.
     */
    public static List<Sample> multiLabel(Path dir, long seed, List<String> findings, int count) {
        SyntheticTestSet set = new SyntheticTestSet(seed);
        for (int i = 0; i < count; i++) {
            String sex = i % 2 == 0 ? "F" : "M";
            int age = 20 + set.random.nextInt(70);
            boolean[] truth = new boolean[findings.size()];
            double[] target = new double[findings.size()];
            for (int k = 0; k < findings.size(); k++) {
                truth[k] = set.random.nextDouble() < 0.4;
                boolean above = set.random.nextDouble() < (truth[k] ? 0.8 : 0.1);
                target[k] = set.score(above);
            }
            set.addSample(dir, sex, age, truth, target, false);
        }
        set.writeManifest(dir.resolve("manifest.csv"), findings, true);
        writeModel(dir.resolve("model.onnx"), findings.size());
        return set.samples;
    }

    private void addCell(Path dir, Cell cell) {
        List<boolean[]> plan = new ArrayList<>();
        for (int i = 0; i < cell.positives(); i++) {
            plan.add(new boolean[]{true, i < cell.truePositives()});
        }
        for (int i = 0; i < cell.negatives(); i++) {
            plan.add(new boolean[]{false, i < cell.falsePositives()});
        }
        java.util.Collections.shuffle(plan, random);
        for (boolean[] p : plan) {
            int age = cell.ageMin() + random.nextInt(cell.ageMax() - cell.ageMin() + 1);
            // every third image is a 16-bit PNG, so the 16-bit decoding path is part of every run
            addSample(dir, cell.sex(), age, new boolean[]{p[0]}, new double[]{score(p[1])}, samples.size() % 3 == 2);
        }
    }

    /** A score clearly above or below the 0.5 threshold. */
    private double score(boolean above) {
        return above ? 0.55 + 0.42 * random.nextDouble() : 0.03 + 0.42 * random.nextDouble();
    }

    private void addSample(Path dir, String sex, int age, boolean[] truth, double[] target, boolean sixteenBit) {
        int index = samples.size();
        String image = String.format(Locale.ROOT, "images/%05d.png", index);
        int channels = target.length;
        int[][] planes = new int[channels][];
        double[] realized = new double[channels];
        for (int c = 0; c < channels; c++) {
            double mean = (logit(target[c]) - OFFSET) / GAIN;
            long sum = Math.round(mean * 255 * SIZE * SIZE);
            planes[c] = plane(sum);
            if (sex.equals(gridSex)) {
                ScannerGrid.addTo(planes[c]);
            }
            realized[c] = sigmoid(GAIN * sum / (255.0 * SIZE * SIZE) + OFFSET);
        }
        writePng(dir.resolve(image), planes, sixteenBit);
        samples.add(new Sample(image, String.format(Locale.ROOT, "P%05d", index), sex, age, truth, realized));
    }

    private int[] plane(long sum) {
        return plane(sum, random);
    }

    /**
     * 8-bit pixel values of a {@link #SIZE}² image summing to {@code sum}, with zero-sum texture (a vertical
     * gradient of pairs) drawn from {@code random}; the DICOM set's planes too.
     */
    static int[] plane(long sum, Random random) {
        int n = SIZE * SIZE;
        int base = (int) (sum / n);
        int remainder = (int) (sum % n);
        int[] v = new int[n];
        for (int i = 0; i < n; i++) {
            v[i] = base + (i < remainder ? 1 : 0);
        }
        for (int i = 0; i + 1 < n; i += 2) {
            int d = Math.min(random.nextInt(13), Math.min(255 - v[i], v[i + 1]));
            v[i] += d;
            v[i + 1] -= d;
        }
        return v;
    }

    private static void writePng(Path file, int[][] planes, boolean sixteenBit) {
        int channels = planes.length;
        int type = channels == 3 ? BufferedImage.TYPE_3BYTE_BGR
                : sixteenBit ? BufferedImage.TYPE_USHORT_GRAY : BufferedImage.TYPE_BYTE_GRAY;
        BufferedImage img = new BufferedImage(SIZE, SIZE, type);
        WritableRaster raster = img.getRaster();
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                for (int c = 0; c < channels; c++) {
                    int value = planes[c][y * SIZE + x];
                    // 16-bit: v * 257 maps 0..255 onto 0..65535 exactly, so v / 255 == (v * 257) / 65535
                    raster.setSample(x, y, c, sixteenBit ? value * 257 : value);
                }
            }
        }
        try {
            Files.createDirectories(file.getParent());
            if (!ImageIO.write(img, "png", file.toFile())) {
                throw new IllegalStateException("no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeManifest(Path file, List<String> labels, boolean delimitedFindings) {
        StringBuilder csv = new StringBuilder("image,patient_id,sex,age,");
        csv.append(delimitedFindings ? "findings" : String.join(",", labels)).append('\n');
        for (Sample s : samples) {
            csv.append(s.image()).append(',').append(s.patientId()).append(',').append(s.sex()).append(',')
                    .append(s.age()).append(',');
            if (delimitedFindings) {
                List<String> present = new ArrayList<>();
                for (int k = 0; k < labels.size(); k++) {
                    if (s.truth()[k]) {
                        present.add(labels.get(k));
                    }
                }
                csv.append(present.isEmpty() ? "No Finding" : String.join("|", present));
            } else {
                for (int k = 0; k < labels.size(); k++) {
                    csv.append(k == 0 ? "" : ",").append(s.truth()[k] ? 1 : 0);
                }
            }
            csv.append('\n');
        }
        write(file, csv.toString());
    }

    /** The bring-your-own-predictions form of a set: id, true_/score_ per label, then the attributes. */
    public static void writePredictions(Path file, List<String> labels, List<Sample> samples) {
        StringBuilder csv = new StringBuilder("id");
        for (String label : labels) {
            csv.append(",true_").append(label).append(",score_").append(label);
        }
        csv.append(",sex,age\n");
        for (Sample s : samples) {
            csv.append(s.image());
            for (int k = 0; k < labels.size(); k++) {
                csv.append(',').append(s.truth()[k] ? 1 : 0).append(',')
                        .append(String.format(Locale.ROOT, "%.6f", s.scores()[k]));
            }
            csv.append(',').append(s.sex()).append(',').append(s.age()).append('\n');
        }
        write(file, csv.toString());
    }

    /** {@code sigmoid(16 * channel mean - 8)} per channel, dynamic batch, NCHW {@code [N, C, 32, 32]}. */
    static void writeModel(Path file, int channels) {
        float[][] weights = new float[channels][channels];
        float[] bias = new float[channels];
        for (int k = 0; k < channels; k++) {
            weights[k][k] = (float) GAIN;
            bias[k] = (float) OFFSET;
        }
        OnnxModelWriter.write(file, OnnxModelWriter.meanPoolClassifier(channels, SIZE, SIZE, weights, bias,
                OnnxModelWriter.Activation.SIGMOID, -1));
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
