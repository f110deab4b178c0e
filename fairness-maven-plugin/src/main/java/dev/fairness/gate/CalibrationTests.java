package dev.fairness.gate;

import dev.fairness.metrics.CalibrationEvidence;

/** Where a calibration rule gets each group's consistency-resampling test: the engine, which has the scores. */
public interface CalibrationTests {

    /** The calibration test of one group of one grouping for one label. */
    CalibrationEvidence of(String label, String grouping, String group);

    /** The family-wise confidence level of the test over a rule's groups, e.g. 0.95. */
    double level();
}
