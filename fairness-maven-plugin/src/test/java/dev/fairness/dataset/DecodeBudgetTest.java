package dev.fairness.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.InputException;
import dev.fairness.testing.HugeClaimImages;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images whose decoding would not fit the memory budget are refused from their size and header, before decoding. */
class DecodeBudgetTest {
    private static final long MB = 1L << 20;

    @TempDir
    Path dir;

    @Test
    void theDefaultBudgetIsHalfTheHeapOverTheWorkers() {
        DecodeBudget budget = DecodeBudget.ofHeap(1024 * MB, 4);

        assertEquals(128 * MB, budget.bytes());
        assertEquals("half the 1024 MB heap over 4 workers", budget.origin());
    }

    @Test
    void theNeedCountsTheFileTheRasterAndTheFloatPlanes() {
        // a 3000x3000 16-bit grey radiograph of 9 MB: 18 MB of raster, 36 MB of floats
        assertEquals(9_000_000L + 18_000_000L + 36_000_000L, DecodeBudget.needed(9_000_000, 3000, 3000, 16, 1));
        // a 1-bit image packs 8 pixels a byte
        assertEquals(100 + 2 + 10 * 4, DecodeBudget.needed(100, 10, 1, 1, 1));
    }

    @Test
    void aPngWhoseHeaderClaimsAGigabyteIsRefusedFromItsHeaderWithoutAllocatingThePixels() throws IOException {
        Path png = HugeClaimImages.writePng(dir.resolve("huge-claim.png"), 8192, 8192, 16, HugeClaimImages.RGBA);
        assertTrue(Files.size(png) < 200, Files.size(png) + " bytes");
        DecodeBudget budget = DecodeBudget.ofHeap(1024 * MB, 2);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
                .getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        InputException e = assertThrows(InputException.class,
                () -> ImageDecoder.decode(png, "manifest.csv, line 3", budget));

        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertEquals("manifest.csv, line 3: image " + png + " (8192x8192 pixels, 4 bands of 16 bits) needs 1281 MB "
                + "to decode, more than the budget of 256 MB per image (half the 1024 MB heap over 2 workers). Raise "
                + "-Xmx (MAVEN_OPTS) or downscale the image, or remove the row.", e.getMessage());
        assertTrue(allocated < 16 * MB, "allocated " + allocated + " bytes");
    }

    @Test
    void aFileLargerThanTheBudgetIsRefusedBeforeItIsRead() throws IOException {
        Path file = dir.resolve("three-gigabytes.png");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(3L << 30); // sparse: takes no disk space
        }

        InputException e = assertThrows(InputException.class,
                () -> ImageDecoder.decode(file, "manifest.csv, line 9", DecodeBudget.ofMegabytes(64)));

        assertEquals("manifest.csv, line 9: image " + file + " (3072 MB on disk) needs 3072 MB to decode, more than "
                + "the budget of 64 MB per image (set by <decodeBudgetMb>). Raise -Xmx (MAVEN_OPTS) or downscale the "
                + "image, or remove the row.", e.getMessage());
    }

    @Test
    void aFileOfGigabytesIsAClearErrorNotAnOutOfMemoryErrorWithTheDefaultBudget() throws IOException {
        Path file = dir.resolve("sixteen-gigabytes.png");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(16L << 30); // more than half of any heap this test runs with; sparse
        }
        long heap = Runtime.getRuntime().maxMemory();

        InputException e = assertThrows(InputException.class, () -> ImageDecoder.decode(file, "manifest.csv, line 4"));

        assertEquals("manifest.csv, line 4: image " + file + " (16384 MB on disk) needs 16384 MB to decode, more than "
                + "the budget of " + (heap / 2 >> 20) + " MB per image (half the " + DecodeBudget.megabytes(heap)
                + " MB heap over 1 worker). Raise -Xmx (MAVEN_OPTS) or downscale the image, or remove the row.",
                e.getMessage());
    }

    @Test
    void anImageWithinTheBudgetDecodesAsBefore() throws IOException {
        BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_USHORT_GRAY);
        image.getRaster().setSample(7, 5, 0, 65535);
        Path png = dir.resolve("grey16.png");
        ImageIO.write(image, "png", png.toFile());

        // needs 300 x 200 x (2 + 4) bytes = 352 KB and the file
        FloatImage decoded = ImageDecoder.decode(png, null, DecodeBudget.ofMegabytes(1));

        assertEquals(1f, decoded.data()[5 * 300 + 7]);
    }

    @Test
    void anImageJustOverTheBudgetIsRefusedWithoutARow() throws IOException {
        BufferedImage image = new BufferedImage(1024, 1024, BufferedImage.TYPE_BYTE_GRAY);
        Path png = dir.resolve("grey8.png");
        ImageIO.write(image, "png", png.toFile());

        // 1 MB of raster and 4 MB of floats: 5 MB and the file
        InputException e = assertThrows(InputException.class,
                () -> ImageDecoder.decode(png, null, DecodeBudget.ofMegabytes(5)));

        assertEquals("Image " + png + " (1024x1024 pixels, 1 band of 8 bits) needs 6 MB to decode, more than the "
                + "budget of 5 MB per image (set by <decodeBudgetMb>). Raise -Xmx (MAVEN_OPTS) or downscale the "
                + "image.", e.getMessage());
    }
}
