package dev.fairness.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed generated test sets are exactly what {@link SyntheticTestSets} writes: same files, same CSV and
 * ONNX bytes, same pixels (PNG bytes may differ between JDKs, pixels may not). Regenerate them with the command in
 * {@link SyntheticTestSets} when the generator changes.
 */
class CommittedTestSetsTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void committedTestSetsMatchTheGenerator(@TempDir Path regenerated) throws IOException {
        SyntheticTestSets.writeAll(regenerated);
        for (String set : SyntheticTestSets.SETS) {
            List<Path> expected = files(regenerated.resolve(set));
            List<Path> committed = files(ROOT.resolve(set));
            assertEquals(expected, committed, "files of " + set);
            for (Path relative : expected) {
                Path fresh = regenerated.resolve(set).resolve(relative);
                Path old = ROOT.resolve(set).resolve(relative);
                if (relative.toString().endsWith(".png") && Files.size(fresh) > 0 && !relative.endsWith("truncated.png")
                        && !relative.endsWith("huge-claim.png")) {
                    assertArrayEquals(pixels(fresh), pixels(old), set + "/" + relative);
                } else if (!relative.endsWith("truncated.png")) {
                    assertArrayEquals(Files.readAllBytes(fresh), Files.readAllBytes(old), set + "/" + relative);
                }
            }
        }
    }

    @Test
    void theSampleTestSetHasSixteenBitImages() throws IOException {
        BufferedImage third = ImageIO.read(ROOT.resolve(SyntheticTestSets.SAMPLE).resolve("images/00002.png").toFile());
        assertEquals(16, third.getColorModel().getComponentSize(0));
        assertTrue(third.getRaster().getSample(0, 0, 0) > 255);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            // baseline/: the shipped model's predictions, written by fairness:baseline, not by the generator
            return walk.filter(Files::isRegularFile).map(dir::relativize)
                    .filter(p -> !p.startsWith("baseline")).sorted().toList();
        }
    }

    private static int[] pixels(Path png) throws IOException {
        BufferedImage img = ImageIO.read(png.toFile());
        return img.getRaster().getPixels(0, 0, img.getWidth(), img.getHeight(), (int[]) null);
    }
}
