package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Every counted rate against its grouping's overall line is split into the group and the rest over the rate's own
 * cases (PPV: predicted positives; accuracy: rows), and gets MOVER bounds ({@link MoverToOverall}), against
 * {@code src/test/resources/golden/to_overall.out} ({@code python3 to_overall.py}).
 */
class GroupAndRestTest {
    private static final double Z = 1.959963984540054;
    private static final int GROUP = 1;
    private static final int OVERALL = 0;

    /** A group of 200 rows (50 predicted positives, 10 of them true; 40 positives) in an overall line of 400. */
    private static GapFamily.Cells cells() {
        Map<Metric, Double> group = new EnumMap<>(Metric.class);
        group.put(Metric.N, 200.0);
        group.put(Metric.POSITIVES, 40.0);
        group.put(Metric.NEGATIVES, 160.0);
        group.put(Metric.SELECTION_RATE, 50 / 200.0);
        group.put(Metric.PPV, 10 / 50.0);
        group.put(Metric.ACCURACY, 150 / 200.0);
        group.put(Metric.F1, 20 / 100.0);
        Map<Metric, Double> overall = new EnumMap<>(Metric.class);
        overall.put(Metric.N, 400.0);
        overall.put(Metric.POSITIVES, 100.0);
        overall.put(Metric.NEGATIVES, 300.0);
        overall.put(Metric.SELECTION_RATE, 120 / 400.0);
        overall.put(Metric.PPV, 60 / 120.0);
        overall.put(Metric.ACCURACY, 280 / 400.0);
        overall.put(Metric.F1, 120 / 220.0);
        return new GapFamily.Cells() {
            @Override
            public double point(int id, Metric metric) {
                return (id == GROUP ? group : overall).getOrDefault(metric, Double.NaN);
            }

            @Override
            public double[] replicates(int id, Metric metric) {
                return new double[0];
            }

            @Override
            public String reason(int id, Metric metric) {
                return null;
            }
        };
    }

    @Test
    void aPpvAgainstTheOverallLineIsTakenOverThePredictedPositivesOfTheGroupAndTheRest() {
        GroupAndRest parts = GroupAndRest.of(Metric.PPV, cells(), GROUP, OVERALL);
        assertEquals(new GroupAndRest(new CountedProportion(10, 50), new CountedProportion(50, 70), 200, 200), parts);
        // the predicted positives are binomial in the rows: sd(w) = sqrt(70²·50·150/200 + 50²·70·130/200) / 120²
        assertEquals(Math.sqrt(70.0 * 70 * 50 * 150 / 200 + 50.0 * 50 * 70 * 130 / 200) / (120.0 * 120),
                parts.shareSd(), 1e-15);
        MoverToOverall d = new MoverToOverall(parts);
        assertEquals(-0.3, d.estimate(), 1e-15);
        assertEquals(-0.391183385928405, d.lower(Z), 1e-9);
        assertEquals(-0.198109780633073, d.upper(Z), 1e-9);
        MoverLogToOverall ratio = MoverLogToOverall.of(parts);
        assertEquals(Math.log(0.2 / 0.5), ratio.estimate(), 1e-15);
        assertEquals(-1.47498234199595, ratio.lower(Z), 1e-9);
        assertEquals(-0.502736602194117, ratio.upper(Z), 1e-9);
    }

    @Test
    void theShareOfAnAccuracyComparisonIsAShareOfRowsThatDoesNotVary() {
        GroupAndRest parts = GroupAndRest.of(Metric.ACCURACY, cells(), GROUP, OVERALL);
        assertEquals(new GroupAndRest(new CountedProportion(150, 200), new CountedProportion(130, 200), 200, 200),
                parts);
        assertEquals(0.0, parts.shareSd());
        // so the interval is half the MOVER interval of the group minus the rest
        MoverDifference twoGroups = new MoverDifference(0.75, new JeffreysBounds(150, 200), 0.65,
                new JeffreysBounds(130, 200));
        assertEquals(0.5 * (twoGroups.lower(Z) - 0.1) + 0.05, new MoverToOverall(parts).lower(Z), 1e-12);
    }

    @Test
    void anF1IsNoCountedProportionAndKeepsTheBootstrapInterval() {
        assertNull(GroupAndRest.of(Metric.F1, cells(), GROUP, OVERALL));
    }
}
