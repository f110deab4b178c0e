package dev.fairness.testing;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScannerGridTest {
    private static final int SIZE = SyntheticTestSet.SIZE;

    @Test
    void theLinesLeaveEveryRowsSumAndSoTheImagesMeanAsTheyWere() {
        int[] plane = new int[SIZE * SIZE];
        for (int i = 0; i < plane.length; i++) {
            plane[i] = 60 + (i * 37) % 130;
        }
        int[] lined = plane.clone();

        ScannerGrid.addTo(lined);

        for (int y = 0; y < SIZE; y++) {
            assertEquals(Arrays.stream(plane, y * SIZE, (y + 1) * SIZE).sum(),
                    Arrays.stream(lined, y * SIZE, (y + 1) * SIZE).sum(), "row " + y);
        }
        assertEquals(plane[0] + 16, lined[0]);
        assertEquals(plane[1] + 16, lined[1]);
        assertEquals(plane[2] - 16, lined[2]);
        assertEquals(plane[3] - 16, lined[3]);
    }

    @Test
    void aLineThatWouldClipIsAnErrorInsteadOfAChangedMean() {
        int[] plane = new int[SIZE * SIZE];
        Arrays.fill(plane, 128);
        plane[2] = 10;

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ScannerGrid.addTo(plane));

        assertEquals("grid line clips pixel 2 at -6", e.getMessage());
    }
}
