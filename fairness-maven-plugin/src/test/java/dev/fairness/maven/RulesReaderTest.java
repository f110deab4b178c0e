package dev.fairness.maven;

import static dev.fairness.maven.ConfigurationFixture.messageFor;
import static dev.fairness.maven.ConfigurationFixture.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code <rules>}: each {@code <rule>}'s numbers, names and structure. */
class RulesReaderTest {

    @Test
    void aNaNMaximumIsRejectedWithTheRuleItBelongsTo() {
        assertEquals("<maximum> of the tpr/sex rule must be a finite number, e.g. 0.1; found NaN.",
                messageFor(c -> c.rules = List.of(rule("tpr", "sex", Double.NaN))));
    }

    @Test
    void anInfiniteMaximumIsRejected() {
        assertEquals("<maximum> of the auc/sex×age rule must be a finite number, e.g. 0.1; found Infinity.",
                messageFor(c -> c.rules = List.of(rule("auc", "sex*age", Double.POSITIVE_INFINITY))));
    }

    @Test
    void aNegativeInfiniteMinimumIsRejected() {
        assertEquals("<minimum> of the tpr/age rule must be a finite number, e.g. 0.8; found -Infinity.",
                messageFor(c -> {
                    RuleConfiguration r = rule("tpr", "age", null);
                    r.minimum = Double.NEGATIVE_INFINITY;
                    c.rules = List.of(r);
                }));
    }

    @Test
    void intersectionNamesAreCanonical() {
        Configuration c = ConfigurationFixture.valid();
        c.rules = List.of(rule("tpr", "sex*age", 0.1), rule("tpr", "sex&age", 0.1));

        assertEquals(List.of("sex×age", "sex×age"),
                SpecReader.spec(c).rules().stream().map(r -> r.grouping()).toList());
    }

    @Test
    void aRuleWithBothLimitsSaysToKeepOne() {
        assertEquals("The tpr/sex rule needs exactly one of <maximum> or <minimum>.", messageFor(c -> {
            RuleConfiguration r = rule("tpr", "sex", 0.1);
            r.minimum = 0.8;
            c.rules = List.of(r);
        }));
    }

    @Test
    void anUnknownMetricListsTheMetrics() {
        assertEquals("Unknown metric 'tnr2' in a <rule>. Use one of: prevalence, tpr, tnr, fpr, fnr, ppv, npv, "
                + "accuracy, balancedAccuracy, f1, selectionRate, auc, averagePrecision, brier, ece, equalizedOdds, "
                + "equalOpportunity, demographicParity.",
                messageFor(c -> c.rules = List.of(rule("tnr2", "sex", 0.1))));
    }

    @Test
    void aNegativeRuleMinClassCountIsRejected() {
        assertEquals("The tpr/sex rule has <minClassCount>-1</minClassCount>. Set it to 0 (no minimum) or a number of "
                + "cases such as 20.", messageFor(c -> {
                    RuleConfiguration r = rule("tpr", "sex", 0.1);
                    r.minClassCount = -1;
                    c.rules = List.of(r);
                }));
    }

    private static String messageForRule(java.util.function.Consumer<RuleConfiguration> change) {
        return messageFor(c -> {
            RuleConfiguration r = rule("tpr", "sex", 0.1);
            change.accept(r);
            c.rules = List.of(r);
        });
    }

    @Test
    void anUnknownGapListsTheGaps() {
        assertEquals("Unknown <gap> 'diff'. Use one of: difference, ratio, toOverall, toOverallRatio, toReference, "
                + "worst.", messageForRule(r -> r.gap = "diff"));
    }

    @Test
    void anUnknownOnMissingListsThePolicies() {
        assertEquals("Unknown <onMissing> value 'skip'. Use fail, warn or ignore.",
                messageForRule(r -> r.onMissing = "skip"));
    }

    @Test
    void anUnknownGateOnListsTheChoices() {
        assertEquals("Unknown <gateOn> value 'interval'. Use point, significant or certain.",
                messageForRule(r -> r.gateOn = "interval"));
    }

    @Test
    void aRuleWithoutAttributeSaysWhatToName() {
        assertEquals("The tpr rule has no <attribute>. Name an attribute such as 'sex' or an intersection such as "
                + "'sex×age'.", messageForRule(r -> r.attribute = " "));
    }

    @Test
    void aToReferenceRuleWithoutReferenceSaysWhatToAdd() {
        assertEquals("The tpr/sex rule uses <gap>toReference</gap> but has no <reference> group. Name the group to "
                + "compare against, e.g. <reference>M</reference>.", messageForRule(r -> r.gap = "toReference"));
    }

    @Test
    void aRuleWithoutMetricListsTheMetrics() {
        assertEquals("A <rule> has no <metric>. Name one of: prevalence, tpr, tnr, fpr, fnr, ppv, npv, accuracy, "
                + "balancedAccuracy, f1, selectionRate, auc, averagePrecision, brier, ece, equalizedOdds, "
                + "equalOpportunity, demographicParity.", messageForRule(r -> r.metric = null));
    }

    @Test
    void aRuleGatedOnItsIntervalWithTheBootstrapOffSaysToSetTheBootstrap() {
        assertEquals("The tpr/sex rule gates on <gateOn>significant</gateOn>, which needs confidence intervals, but "
                + "the bootstrap is off (<bootstrap>0</bootstrap>). Set <bootstrap> to the number of replicates, e.g. "
                + "1000, or gate on the point value.", messageFor(c -> {
                    RuleConfiguration r = rule("tpr", "sex", 0.1);
                    r.gateOn = "significant";
                    c.rules = List.of(r);
                    c.bootstrap = 0;
                }));
    }

    @Test
    void aRuleGatedOnItsPointValueNeedsNoBootstrap() {
        Configuration c = ConfigurationFixture.valid();
        RuleConfiguration r = rule("tpr", "sex", 0.1);
        r.gateOn = "point";
        c.rules = List.of(r);
        c.bootstrap = 0;

        assertEquals(1, SpecReader.spec(c).rules().size());
    }

    @Test
    void aRuleWithoutALimitSaysToSetOne() {
        assertEquals("The tpr/sex rule needs exactly one of <maximum> or <minimum>.",
                messageForRule(r -> r.maximum = null));
    }

    @Test
    void aRuleWithoutAttributeOrLimitNamesTheMissingAttributeFirst() {
        assertEquals("The tpr rule has no <attribute>. Name an attribute such as 'sex' or an intersection such as "
                + "'sex×age'.", messageForRule(r -> {
                    r.attribute = null;
                    r.maximum = null;
                }));
    }

    @Test
    void aWorstGapOfACombinedMeasureSaysWhichGapsToUse() {
        assertEquals("The equalizedOdds/sex rule cannot use <gap>worst</gap>: equalized odds combines 2 metrics. Use "
                + "difference, ratio, toOverall or toReference.", messageForRule(r -> {
                    r.metric = "equalizedOdds";
                    r.gap = "worst";
                }));
    }

    @Test
    void aWorstGapOfASingleMetricIsRead() {
        Configuration c = ConfigurationFixture.valid();
        RuleConfiguration r = rule("tpr", "sex", null);
        r.minimum = 0.8;
        r.gap = "worst";
        c.rules = List.of(r);

        assertEquals(dev.fairness.metrics.GapMethod.WORST, SpecReader.spec(c).rules().get(0).gap());
    }
}
