package dev.fairness.dataset;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PatientAgeTest {
    @Test
    void yearsAreTakenAsTheyAre() {
        assertEquals("61", PatientAge.years("061Y"));
        assertEquals("100", PatientAge.years("100Y"));
    }

    @Test
    void monthsAreDividedBy12() {
        assertEquals("0.5", PatientAge.years("006M"));
        assertEquals("1.5833", PatientAge.years("019M"));
    }

    @Test
    void weeksAreSevenDaysOfAJulianYear() {
        // 10 * 7 / 365.25 = 0.19164...
        assertEquals("0.1916", PatientAge.years("010W"));
    }

    @Test
    void daysAreDividedBy365Point25() {
        // 3 / 365.25 = 0.008213...
        assertEquals("0.0082", PatientAge.years("003D"));
        assertEquals("0", PatientAge.years("000D"));
    }

    @Test
    void anythingElseIsNotAnAge() {
        assertNull(PatientAge.years("61"));
        assertNull(PatientAge.years("061X"));
        assertNull(PatientAge.years(""));
        assertNull(PatientAge.years(null));
    }
}
