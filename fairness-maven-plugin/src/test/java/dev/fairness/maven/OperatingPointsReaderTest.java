package dev.fairness.maven;

import static dev.fairness.maven.ConfigurationFixture.messageFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fairness.InputException;
import dev.fairness.gate.GateOn;
import dev.fairness.metrics.OperatingPointSpec;
import dev.fairness.metrics.ThresholdMethod;
import dev.fairness.engine.OperatingPoints;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The pom's threshold and interval settings, with messages that name the pom elements. */
class OperatingPointsReaderTest {
    private static final List<String> LABELS = List.of("Effusion", "Edema");

    private static OperatingPointConfiguration point(String label, String method, Double target, Double threshold) {
        OperatingPointConfiguration p = new OperatingPointConfiguration();
        p.label = label;
        p.method = method;
        p.targetRate = target;
        p.threshold = threshold;
        return p;
    }

    @Test
    void aFixedDefaultLeavesTheThresholdToThreshold() {
        assertNull(OperatingPointsReader.defaultSpec("fixed", null));
        assertNull(OperatingPointsReader.defaultSpec(null, null));
        assertEquals(OperatingPointSpec.chosen(ThresholdMethod.TARGET_FPR, 0.2),
                OperatingPointsReader.defaultSpec("targetFpr", 0.2));
    }

    @Test
    void aTargetMethodWithoutTargetRateSaysWhatToAdd() {
        InputException e = assertThrows(InputException.class, () -> OperatingPointsReader.defaultSpec("targetFpr", null));
        assertEquals("<thresholdMethod>targetFpr</thresholdMethod> needs <targetRate>: the target FPR to choose the "
                + "threshold for, between 0 and 1 exclusive, e.g. 0.2.", e.getMessage());
    }

    @Test
    void aTargetRateOutsideZeroToOneIsRejected() {
        InputException e = assertThrows(InputException.class, () -> OperatingPointsReader.defaultSpec("targetTpr", 1.5));
        assertEquals("<targetRate> of <thresholdMethod>targetTpr</thresholdMethod> must lie strictly between 0 and 1; "
                + "found 1.5.", e.getMessage());
    }

    @Test
    void anUnknownMethodListsTheKnownOnes() {
        InputException e = assertThrows(InputException.class, () -> OperatingPointsReader.defaultSpec("otsu", null));
        assertEquals("Unknown <thresholdMethod> 'otsu'. Use one of: fixed, youden, maxF1, targetFpr, targetTpr.",
                e.getMessage());
    }

    @Test
    void perLabelOperatingPointsAreKeyedByLabel() {
        Map<String, OperatingPointSpec> specs = OperatingPointsReader.perLabel(List.of(
                point("Effusion", "youden", null, null), point("Edema", null, null, 0.3)), LABELS);
        assertEquals(OperatingPointSpec.chosen(ThresholdMethod.YOUDEN, null), specs.get("Effusion"));
        assertEquals(OperatingPointSpec.fixed(0.3), specs.get("Edema"));
    }

    @Test
    void aPerLabelOperatingPointCannotBothChooseAndFixItsThreshold() {
        InputException e = assertThrows(InputException.class,
                () -> OperatingPointsReader.perLabel(List.of(point("Effusion", "maxF1", null, 0.4)), LABELS));
        assertEquals("The <operatingPoint> of 'Effusion' chooses its threshold by maxF1, so it cannot also set "
                + "<threshold>. Remove one of them.", e.getMessage());
    }

    @Test
    void aPerLabelOperatingPointNeedsALabelAndAMethod() {
        assertEquals("An <operatingPoint> has no <label>. Name the label whose threshold it sets.",
                assertThrows(InputException.class,
                        () -> OperatingPointsReader.perLabel(List.of(point(null, "youden", null, null)), LABELS)).getMessage());
        assertEquals("The <operatingPoint> of 'Effusion' has no <method>. Use one of: fixed, youden, maxF1, targetFpr, "
                + "targetTpr.", assertThrows(InputException.class,
                () -> OperatingPointsReader.perLabel(List.of(point("Effusion", null, null, null)), LABELS)).getMessage());
        assertEquals("Label 'Effusion' has two <operatingPoint>s. Keep one.", assertThrows(InputException.class,
                () -> OperatingPointsReader.perLabel(List.of(point("Effusion", "youden", null, null),
                        point("Effusion", "maxF1", null, null)), LABELS)).getMessage());
    }

    @Test
    void aRulesGateOnIsConverted() {
        RuleConfiguration rule = new RuleConfiguration();
        rule.metric = "auc";
        rule.attribute = "sex";
        rule.maximum = 0.05;
        rule.gateOn = "significant";
        assertEquals(GateOn.SIGNIFICANT, RulesReader.read(List.of(rule), true).get(0).gateOn());
        rule.gateOn = null;
        assertEquals(GateOn.POINT, RulesReader.read(List.of(rule), true).get(0).gateOn());
    }

    @Test
    void thresholdsAndPerLabelPointsAreCarriedIntoTheSpec() {
        Configuration c = ConfigurationFixture.valid();
        c.labels = LABELS;
        c.threshold = 0.4;
        c.thresholds = Map.of("Edema", " 0.3");
        c.operatingPoints = List.of(point("Effusion", "targetFpr", 0.2, null));

        OperatingPoints points = SpecReader.spec(c).operatingPoints();

        assertEquals(new OperatingPoints(0.4, Map.of("Edema", 0.3), null,
                Map.of("Effusion", OperatingPointSpec.chosen(ThresholdMethod.TARGET_FPR, 0.2))), points);
    }

    @Test
    void aThresholdAboveOneIsRejected() {
        assertEquals("<threshold> must be a number between 0 and 1, e.g. 0.5; found 1.5.",
                messageFor(c -> c.threshold = 1.5));
    }

    @Test
    void aNegativeThresholdIsRejected() {
        assertEquals("<threshold> must be a number between 0 and 1, e.g. 0.5; found -0.1.",
                messageFor(c -> c.threshold = -0.1));
    }

    @Test
    void aNaNThresholdIsRejected() {
        assertEquals("<threshold> must be a number between 0 and 1, e.g. 0.5; found NaN.",
                messageFor(c -> c.threshold = Double.NaN));
    }

    @Test
    void aThresholdsKeyThatNamesNoLabelListsTheLabels() {
        assertEquals("<thresholds><Efusion> names no label. The labels are Effusion (names are case-sensitive). "
                + "Rename it to one of them.", messageFor(c -> c.thresholds = Map.of("Efusion", "0.3")));
    }

    @Test
    void aThresholdsEntryAboveOneIsRejected() {
        assertEquals("<thresholds><Effusion> must be a number between 0 and 1; found '3'.",
                messageFor(c -> c.thresholds = Map.of("Effusion", "3")));
    }

    @Test
    void aThresholdsEntryThatIsNoNumberIsRejected() {
        assertEquals("<thresholds><Effusion> must be a number between 0 and 1; found '0,3'.",
                messageFor(c -> c.thresholds = Map.of("Effusion", "0,3")));
    }

    @Test
    void aNaNThresholdsEntryIsRejected() {
        assertEquals("<thresholds><Effusion> must be a number between 0 and 1; found 'NaN'.",
                messageFor(c -> c.thresholds = Map.of("Effusion", "NaN")));
    }

    @Test
    void aTargetRateBesideAFixedMethodWouldBeIgnoredAndIsRejected() {
        assertEquals("<targetRate> is set, but <thresholdMethod>fixed</thresholdMethod> takes no target rate. Set "
                + "<thresholdMethod> to targetFpr or targetTpr, or remove <targetRate>.",
                messageFor(c -> c.targetRate = 0.2));
    }

    @Test
    void aTargetRateBesideYoudenWouldBeIgnoredAndIsRejected() {
        assertEquals("<targetRate> is set, but <thresholdMethod>youden</thresholdMethod> takes no target rate. Set "
                + "<thresholdMethod> to targetFpr or targetTpr, or remove <targetRate>.", messageFor(c -> {
                    c.thresholdMethod = "youden";
                    c.targetRate = 0.2;
                }));
    }

    @Test
    void aNaNTargetRateIsRejected() {
        assertEquals("<targetRate> of <thresholdMethod>targetFpr</thresholdMethod> must lie strictly between 0 and 1; "
                + "found NaN.", messageFor(c -> {
                    c.thresholdMethod = "targetFpr";
                    c.targetRate = Double.NaN;
                }));
    }

    @Test
    void anOperatingPointForAnUnknownLabelListsTheLabels() {
        assertEquals("<operatingPoint><label>Efusion</label> names no label. The labels are Effusion (names are "
                + "case-sensitive). Rename it to one of them.",
                messageFor(c -> c.operatingPoints = List.of(point("Efusion", "youden", null, null))));
    }

    @Test
    void anOperatingPointWithATargetRateBesideMaxF1IsRejected() {
        assertEquals("The <operatingPoint> of 'Effusion' sets <targetRate>, but its method maxF1 takes no target "
                + "rate. Set <method> to targetFpr or targetTpr, or remove <targetRate>.",
                messageFor(c -> c.operatingPoints = List.of(point("Effusion", "maxF1", 0.2, null))));
    }

    @Test
    void aFixedOperatingPointAboveOneIsRejected() {
        assertEquals("<threshold> of the <operatingPoint> of 'Effusion' must be a number between 0 and 1, e.g. 0.5; "
                + "found 1.2.", messageFor(c -> c.operatingPoints = List.of(point("Effusion", "fixed", null, 1.2))));
    }
}
