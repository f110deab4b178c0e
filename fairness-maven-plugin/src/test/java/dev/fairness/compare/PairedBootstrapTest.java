package dev.fairness.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fairness.gate.Measure;
import dev.fairness.groups.Grouping;
import dev.fairness.metrics.BootstrapSettings;
import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.Interval;
import dev.fairness.metrics.Metric;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** One draw of images serves every model: pairing, determinism and the fixed-pair change of a gap. */
class PairedBootstrapTest {
    private static final BootstrapSettings SETTINGS = new BootstrapSettings(300, 0.95, 42);

    private static final PairedCoverageTest.Scenario SCENARIO = PairedCoverageTest.SCENARIOS.get(0);

    private static List<PairedQuantity> quantities() {
        return List.of(new PairedQuantity.Overall(Metric.AUC), new PairedQuantity.GapOf(new Measure(Metric.TPR, null),
                "sex", GapMethod.DIFFERENCE, null, Set.of("F", "M")));
    }

    @Test
    void aModelComparedWithItselfDiffersByExactlyZeroInEveryReplicate() {
        PairedCoverageTest.Drawn d = PairedCoverageTest.draw(SCENARIO, 400, new SplittableRandom(1));

        PairedValues values = new PairedBootstrap(SETTINGS, 2).run("y", d.truth(), List.of(d.a(), d.a().clone()),
                new double[] {0.5, 0.5}, List.of(d.grouping()), quantities());

        Interval auc = values.differenceInterval(0, 1, 0);
        assertEquals(0.0, auc.lower());
        assertEquals(0.0, auc.upper());
        assertArrayEquals(new double[300], values.differenceReplicates(0, 1, 1));
    }

    @Test
    void theSameSeedGivesTheSameIntervalsOnOneAndOnFourThreads() {
        PairedCoverageTest.Drawn d = PairedCoverageTest.draw(SCENARIO, 400, new SplittableRandom(2));
        List<Grouping> groupings = List.of(d.grouping());

        PairedValues one = new PairedBootstrap(SETTINGS, 1).run("y", d.truth(), List.of(d.a(), d.b()),
                new double[] {0.5, 0.5}, groupings, quantities());
        PairedValues four = new PairedBootstrap(SETTINGS, 4).run("y", d.truth(), List.of(d.a(), d.b()),
                new double[] {0.5, 0.5}, groupings, quantities());

        assertEquals(one.differenceInterval(0, 1, 0), four.differenceInterval(0, 1, 0));
        assertEquals(one.differenceInterval(0, 1, 1), four.differenceInterval(0, 1, 1));
    }

    @Test
    void theChangeOfAGapDecidedByTheSameTwoGroupsIsReadOffTheirSignedDifference() {
        PairedCoverageTest.Drawn d = PairedCoverageTest.draw(SCENARIO, 400, new SplittableRandom(3));
        QuantityPlan plan = new QuantityPlan(name -> d.grouping(), 0);
        quantities().forEach(plan::add);
        List<double[]> scores = List.of(d.a(), d.b());

        List<int[]> pairs = PairedComparisons.fixedPairs(plan, d.truth(), scores, new double[] {0.5, 0.5},
                List.of(d.grouping()));

        assertEquals(1, pairs.size());
        assertEquals(new PairedQuantity.PairDifference(Metric.TPR, "sex", "M", "F"), plan.quantities().get(pairs.get(0)[2]));
    }
}
