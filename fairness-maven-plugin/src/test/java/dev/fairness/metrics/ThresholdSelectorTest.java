package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Tie-breaking, edge cases and messages of choosing a threshold; the known answers are in the golden test. */
class ThresholdSelectorTest {
    private static SortedLabel label(int[] truth, double[] scores) {
        boolean[] t = new boolean[truth.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = truth[i] == 1;
        }
        return SortedLabel.of(t, scores);
    }

    @Test
    void equalYoudensJPicksTheHighestThreshold() {
        // positives 0.9, 0.6; negatives 0.8, 0.5. J at 0.9: 1/2 - 0 = .5; at 0.8: .5 - .5 = 0; at 0.6: 1 - .5 = .5
        SortedLabel l = label(new int[] {1, 0, 1, 0}, new double[] {0.9, 0.8, 0.6, 0.5});
        OperatingPoint p = ThresholdSelector.choose(l, OperatingPointSpec.chosen(ThresholdMethod.YOUDEN, null), "test set");
        assertEquals(0.9, p.threshold());
        assertEquals(0.5, p.tpr());
        assertEquals(0.0, p.fpr());
    }

    @Test
    void aTargetFprNoThresholdMeetsExceptAboveEveryScorePredictsNothingPositive() {
        // the highest score is a negative: any threshold at a score has FPR 1/2 > 0.2
        SortedLabel l = label(new int[] {0, 1, 0, 1}, new double[] {0.9, 0.8, 0.6, 0.5});
        OperatingPoint p = ThresholdSelector.choose(l, OperatingPointSpec.chosen(ThresholdMethod.TARGET_FPR, 0.2), "test set");
        assertTrue(p.threshold() > 0.9);
        assertEquals(Math.nextUp(0.9), p.threshold());
        assertEquals(0.0, p.tpr());
        assertEquals(0.0, p.fpr());
    }

    @Test
    void aFixedSpecKeepsItsThresholdAndNamesNoSet() {
        OperatingPoint p = ThresholdSelector.choose(label(new int[] {1}, new double[] {0.3}), OperatingPointSpec.fixed(0.25),
                "test set");
        assertEquals(0.25, p.threshold());
        assertEquals(null, p.chosenOn());
        assertTrue(Double.isNaN(p.tpr()));
    }

    @Test
    void youdenWithoutNegativesSaysWhatIsMissing() {
        SortedLabel l = label(new int[] {1, 1}, new double[] {0.9, 0.8});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ThresholdSelector.choose(l,
                OperatingPointSpec.chosen(ThresholdMethod.YOUDEN, null), "validation set"));
        assertEquals("Youden's J needs positive and negative samples, but the validation set has 2 positives and 0 "
                + "negatives", e.getMessage());
    }

    @Test
    void aTargetRateOutsideZeroToOneIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OperatingPointSpec.chosen(ThresholdMethod.TARGET_TPR, 1.0));
        assertEquals("targetTpr needs a target rate strictly between 0 and 1, got 1.0", e.getMessage());
    }

    @Test
    void methodsAreFoundByTheirPomNames() {
        assertEquals(ThresholdMethod.MAX_F1, ThresholdMethod.fromId("maxF1"));
        assertEquals(ThresholdMethod.TARGET_FPR, ThresholdMethod.fromId("target-fpr"));
        assertEquals("fixed, youden, maxF1, targetFpr, targetTpr", ThresholdMethod.names());
        assertEquals("target FPR 0.200", OperatingPointSpec.chosen(ThresholdMethod.TARGET_FPR, 0.2).describe());
    }
}
