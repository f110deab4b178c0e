package dev.fairness.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fairness.InputException;
import dev.fairness.gate.GateOn;
import dev.fairness.metrics.OperatingPointSpec;
import dev.fairness.metrics.ThresholdMethod;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The pom's threshold and interval settings, with messages that name the pom elements. */
class OperatingPointConverterTest {

    private static OperatingPoint point(String label, String method, Double target, Double threshold) {
        OperatingPoint p = new OperatingPoint();
        p.label = label;
        p.method = method;
        p.targetRate = target;
        p.threshold = threshold;
        return p;
    }

    @Test
    void aFixedDefaultLeavesTheThresholdToThreshold() {
        assertNull(OperatingPointConverter.defaultSpec("fixed", null));
        assertNull(OperatingPointConverter.defaultSpec(null, null));
        assertEquals(OperatingPointSpec.chosen(ThresholdMethod.TARGET_FPR, 0.2),
                OperatingPointConverter.defaultSpec("targetFpr", 0.2));
    }

    @Test
    void aTargetMethodWithoutTargetRateSaysWhatToAdd() {
        InputException e = assertThrows(InputException.class, () -> OperatingPointConverter.defaultSpec("targetFpr", null));
        assertEquals("<thresholdMethod>targetFpr</thresholdMethod> needs <targetRate>: the target FPR to choose the "
                + "threshold for, between 0 and 1 exclusive, e.g. 0.2.", e.getMessage());
    }

    @Test
    void aTargetRateOutsideZeroToOneIsRejected() {
        InputException e = assertThrows(InputException.class, () -> OperatingPointConverter.defaultSpec("targetTpr", 1.5));
        assertEquals("<targetRate> of <thresholdMethod>targetTpr</thresholdMethod> must lie strictly between 0 and 1; "
                + "found 1.5.", e.getMessage());
    }

    @Test
    void anUnknownMethodListsTheKnownOnes() {
        InputException e = assertThrows(InputException.class, () -> OperatingPointConverter.defaultSpec("otsu", null));
        assertEquals("Unknown <thresholdMethod> 'otsu'. Use one of: fixed, youden, maxF1, targetFpr, targetTpr.",
                e.getMessage());
    }

    @Test
    void perLabelOperatingPointsAreKeyedByLabel() {
        Map<String, OperatingPointSpec> specs = OperatingPointConverter.perLabel(List.of(
                point("Effusion", "youden", null, null), point("Edema", null, null, 0.3)));
        assertEquals(OperatingPointSpec.chosen(ThresholdMethod.YOUDEN, null), specs.get("Effusion"));
        assertEquals(OperatingPointSpec.fixed(0.3), specs.get("Edema"));
    }

    @Test
    void aPerLabelOperatingPointCannotBothChooseAndFixItsThreshold() {
        InputException e = assertThrows(InputException.class,
                () -> OperatingPointConverter.perLabel(List.of(point("Effusion", "maxF1", null, 0.4))));
        assertEquals("The <operatingPoint> of 'Effusion' chooses its threshold by maxF1, so it cannot also set "
                + "<threshold>. Remove one of them.", e.getMessage());
    }

    @Test
    void aPerLabelOperatingPointNeedsALabelAndAMethod() {
        assertEquals("An <operatingPoint> has no <label>. Name the label whose threshold it sets.",
                assertThrows(InputException.class,
                        () -> OperatingPointConverter.perLabel(List.of(point(null, "youden", null, null)))).getMessage());
        assertEquals("The <operatingPoint> of 'Effusion' has no <method>. Use one of: fixed, youden, maxF1, targetFpr, "
                + "targetTpr.", assertThrows(InputException.class,
                () -> OperatingPointConverter.perLabel(List.of(point("Effusion", null, null, null)))).getMessage());
        assertEquals("Label 'Effusion' has two <operatingPoint>s. Keep one.", assertThrows(InputException.class,
                () -> OperatingPointConverter.perLabel(List.of(point("Effusion", "youden", null, null),
                        point("Effusion", "maxF1", null, null)))).getMessage());
    }

    @Test
    void aRulesGateOnIsConverted() {
        Rule rule = new Rule();
        rule.metric = "auc";
        rule.attribute = "sex";
        rule.maximum = 0.05;
        rule.gateOn = "significant";
        assertEquals(GateOn.SIGNIFICANT, RuleConverter.convert(List.of(rule)).get(0).gateOn());
        rule.gateOn = null;
        assertEquals(GateOn.POINT, RuleConverter.convert(List.of(rule)).get(0).gateOn());
    }
}
