package dev.fairness.maven;

import static dev.fairness.maven.ConfigurationFixture.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fairness.InputException;
import dev.fairness.compare.ChangeScope;
import dev.fairness.compare.ComparisonSpec;
import dev.fairness.metrics.GapMethod;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code <baseline>} and the change rules ({@code <maxIncrease>}, {@code <maxDecrease>}). */
class BaselineReaderTest {
    @TempDir
    Path dir;
    private File baselineCsv;

    @BeforeEach
    void baselineFile() throws IOException {
        baselineCsv = Files.writeString(dir.resolve("baseline.csv"), "id,true_Effusion,score_Effusion,sex\n").toFile();
    }

    private Configuration withBaseline() {
        Configuration c = ConfigurationFixture.valid();
        c.baseline = new BaselineConfiguration();
        c.baseline.predictions = baselineCsv;
        return c;
    }

    private static RuleConfiguration change(String metric, String attribute, Double maxIncrease) {
        RuleConfiguration r = rule(metric, attribute, null);
        r.maxIncrease = maxIncrease;
        return r;
    }

    private String messageFor(Consumer<Configuration> edit) {
        Configuration c = withBaseline();
        edit.accept(c);
        return assertThrows(InputException.class, () -> SpecReader.comparison(c)).getMessage();
    }

    @Test
    void aChangeRuleIsReadBesideTheAbsoluteRulesWhichDoNotSeeIt() {
        Configuration c = withBaseline();
        RuleConfiguration drop = rule("auc", "age", null);
        drop.maxDecrease = 0.01;
        drop.measure = "group";
        c.rules = List.of(rule("tpr", "sex", 0.1), change("tpr", "sex", 0.02), drop);

        ComparisonSpec spec = SpecReader.comparison(c);

        assertEquals(1, SpecReader.spec(c).rules().size());
        assertEquals(List.of(ChangeScope.GAP, ChangeScope.GROUP),
                spec.changeRules().stream().map(r -> r.scope()).toList());
        assertEquals(GapMethod.DIFFERENCE, spec.changeRules().get(0).gap());
        assertEquals(0.01, spec.changeRules().get(1).maxDecrease());
    }

    @Test
    void aChangeRuleWithoutABaselineSaysWhatToSet() {
        assertEquals("The tpr/sex change rule (<maxIncrease>) needs a <baseline> to compare with. Set <baseline>"
                + "<predictions> to the shipped model's predictions, or use <maximum> or <minimum> for an absolute "
                + "limit.", messageFor(c -> {
                    c.baseline = null;
                    c.rules = List.of(change("tpr", "sex", 0.02));
                }));
    }

    @Test
    void aMissingBaselineFileIsNamed() {
        Path missing = dir.resolve("nope.csv").toAbsolutePath().normalize();
        assertEquals("<baseline><predictions> " + missing + " does not exist. Write the baseline with "
                + "fairness:baseline from the shipped model, or correct the path.",
                messageFor(c -> c.baseline.predictions = missing.toFile()));
    }

    @Test
    void aBaselineWithoutPredictionsIsRejected() {
        assertEquals("<baseline> has no <predictions>. Name the shipped model's predictions.csv, e.g. the one "
                + "fairness:baseline writes to src/test/fairness/baseline/predictions.csv.",
                messageFor(c -> c.baseline.predictions = null));
    }

    @Test
    void bothChangeLimitsAreRejected() {
        assertEquals("The tpr/sex change rule needs exactly one of <maxIncrease> or <maxDecrease>.", messageFor(c -> {
            RuleConfiguration r = change("tpr", "sex", 0.02);
            r.maxDecrease = 0.01;
            c.rules = List.of(r);
        }));
    }

    @Test
    void anAbsoluteAndAChangeLimitInOneRuleAreRejected() {
        assertEquals("The tpr/sex change rule has both an absolute limit (<maximum>) and a change limit "
                + "(<maxIncrease>). Write them as two rules.", messageFor(c -> {
                    RuleConfiguration r = change("tpr", "sex", 0.02);
                    r.maximum = 0.1;
                    c.rules = List.of(r);
                }));
    }

    @Test
    void aNegativeAllowedChangeIsRejected() {
        assertEquals("<maxIncrease> of tpr/sex change rule is -0.02. An allowed change is 0 or more, e.g. 0.02; use "
                + "<maxIncrease> or <maxDecrease> for its direction.",
                messageFor(c -> c.rules = List.of(change("tpr", "sex", -0.02))));
    }

    @Test
    void anUnknownMeasureListsTheChoices() {
        assertEquals("Unknown <measure> 'each' in the tpr/sex change rule. Use group (every group's value), overall "
                + "(the label's overall value) or a gap: " + GapMethod.names() + ".", messageFor(c -> {
                    RuleConfiguration r = change("tpr", "sex", 0.02);
                    r.measure = "each";
                    c.rules = List.of(r);
                }));
    }

    @Test
    void aCompoundCriterionPerGroupIsRejected() {
        assertEquals("The equalizedOdds/sex change rule compares each group's value, but equalized odds is a gap "
                + "between groups. Use <measure>difference</measure> (or another gap) for it.", messageFor(c -> {
                    RuleConfiguration r = change("equalizedOdds", "sex", 0.02);
                    r.measure = "group";
                    c.rules = List.of(r);
                }));
    }

    @Test
    void anIntervalGateWithoutBootstrapIsRejected() {
        assertEquals("The tpr/sex change rule gates on <gateOn>significant</gateOn>, which needs confidence "
                + "intervals, but the bootstrap is off (<bootstrap>0</bootstrap>). Set <bootstrap> to the number of "
                + "replicates, e.g. 1000, or gate on the point value.", messageFor(c -> {
                    c.bootstrap = 0;
                    RuleConfiguration r = change("tpr", "sex", 0.02);
                    r.gateOn = "significant";
                    c.rules = List.of(r);
                }));
    }
}
