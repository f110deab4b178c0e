package dev.fairness.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fairness.InputException;
import org.junit.jupiter.api.Test;

class OutputKindTest {

    @Test
    void parsesProbabilitiesAndLogitsCaseInsensitively() {
        assertEquals(OutputKind.PROBABILITIES, OutputKind.parse("probabilities"));
        assertEquals(OutputKind.LOGITS, OutputKind.parse(" Logits "));
    }

    @Test
    void rejectsAnythingElseNamingTheTwoValues() {
        InputException e = assertThrows(InputException.class, () -> OutputKind.parse("scores"));
        assertEquals("Unknown outputs 'scores'. Set <outputs> to probabilities or logits.", e.getMessage());
    }

    @Test
    void sigmoidAndSoftmaxStayFiniteForExtremeLogits() {
        assertEquals(1.0, ScoreDecoder.sigmoid(1000), 0);
        assertEquals(0.0, ScoreDecoder.sigmoid(-1000), 0);
        double[] p = ScoreDecoder.softmax(new float[] {1000, 0, -1000}, 0, 3);
        assertEquals(1.0, p[0], 1e-12);
        assertEquals(0.0, p[2], 1e-12);
    }
}
