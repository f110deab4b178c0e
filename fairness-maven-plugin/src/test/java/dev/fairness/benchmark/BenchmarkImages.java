package dev.fairness.benchmark;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Radiograph-like test images for the benchmark: 1024x1024 grey PNGs, alternately 8-bit and 16-bit, with smooth
 * anatomy-scale structure (a vertical gradient and a few broad blobs) plus pixel noise, so that they compress
 * (and decode) like real radiographs rather than like flat or pure-noise images. Seeded: the same files every run.
 */
final class BenchmarkImages {
    static final int SIZE = 1024;

    private BenchmarkImages() {
    }

    /** {@code count} images under {@code dir}, written unless they exist; relative names in order. */
    static List<String> ensure(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(name(i));
        }
        IntStream.range(0, count).parallel().forEach(i -> {
            Path file = dir.resolve(names.get(i));
            if (!Files.isRegularFile(file)) {
                write(file, i);
            }
        });
        return names;
    }

    static String name(int i) {
        return String.format(java.util.Locale.ROOT, "%04d-%s.png", i, sixteenBit(i) ? "16bit" : "8bit");
    }

    static boolean sixteenBit(int i) {
        return i % 2 == 1;
    }

    private static void write(Path file, int index) {
        Random random = new Random(1000 + index);
        boolean deep = sixteenBit(index);
        double max = deep ? 65535 : 255;
        double[][] blobs = new double[6][];
        for (int b = 0; b < blobs.length; b++) {
            blobs[b] = new double[] {random.nextDouble() * SIZE, random.nextDouble() * SIZE,
                    80 + random.nextDouble() * 200, random.nextDouble() * 0.35};
        }
        BufferedImage image = new BufferedImage(SIZE, SIZE,
                deep ? BufferedImage.TYPE_USHORT_GRAY : BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = image.getRaster();
        double noise = deep ? 0.004 : 0.006;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                double v = 0.15 + 0.35 * y / SIZE;
                for (double[] blob : blobs) {
                    double dx = x - blob[0];
                    double dy = y - blob[1];
                    v += blob[3] * Math.exp(-(dx * dx + dy * dy) / (2 * blob[2] * blob[2]));
                }
                v += random.nextGaussian() * noise;
                raster.setSample(x, y, 0, (int) Math.round(Math.max(0, Math.min(1, v)) * max));
            }
        }
        try {
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            if (!ImageIO.write(image, "png", temporary.toFile())) {
                throw new IllegalStateException("no PNG writer");
            }
            Files.move(temporary, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
