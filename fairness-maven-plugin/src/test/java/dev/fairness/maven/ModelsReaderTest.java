package dev.fairness.maven;

import static dev.fairness.maven.ConfigurationFixture.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fairness.InputException;
import dev.fairness.compare.ComparisonSpec;
import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** {@code <models>}: names, one source per model, and the models a rule names. */
class ModelsReaderTest {

    static ModelConfiguration model(String name, File file, File predictions) {
        ModelConfiguration m = new ModelConfiguration();
        m.name = name;
        m.file = file;
        m.predictions = predictions;
        return m;
    }

    /** A valid configuration of two predictions models, without the top-level predictions. */
    static Configuration twoModels() {
        Configuration c = ConfigurationFixture.valid();
        c.predictions = null;
        c.models = List.of(model("probe", null, new File("probe.csv")), model("full", null, new File("full.csv")));
        return c;
    }

    private static String messageFor(Consumer<Configuration> change) {
        Configuration c = twoModels();
        change.accept(c);
        return assertThrows(InputException.class, () -> SpecReader.comparison(c)).getMessage();
    }

    @Test
    void twoNamedModelsAreReadInOrderWithTheRulesThatNameThem() {
        Configuration c = twoModels();
        RuleConfiguration onlyFull = rule("tpr", "sex", 0.1);
        onlyFull.models = List.of("full");
        c.rules = List.of(rule("auc", "sex", 0.1), onlyFull);

        ComparisonSpec spec = SpecReader.comparison(c);

        assertEquals(List.of("probe", "full"), spec.models().stream().map(m -> m.name()).toList());
        assertEquals(List.of(List.of(), List.of("full")), spec.ruleModels());
    }

    @Test
    void duplicateNamesAreRejected() {
        assertEquals("Two models in <models> are named 'probe'. Give each <model> its own <name>: the log, "
                + "fairness.json and the reports tell the models apart by it.", messageFor(c -> c.models = List.of(
                model("probe", null, new File("a.csv")), model("probe", null, new File("b.csv")))));
    }

    @Test
    void aModelWithBothFileAndPredictionsIsRejected() {
        assertEquals("Model 'probe' in <models> has both <file> and <predictions>. Give one: <file> for an ONNX or "
                + "TorchScript model scored on <manifest>, or <predictions> for a CSV of scores computed elsewhere.",
                messageFor(c -> c.models = List.of(model("probe", new File("m.onnx"), new File("a.csv")))));
    }

    @Test
    void aModelWithNeitherFileNorPredictionsIsRejected() {
        assertEquals("Model 'probe' in <models> has neither <file> nor <predictions>. Give one: <file> for an ONNX "
                + "or TorchScript model scored on <manifest>, or <predictions> for a CSV of scores computed elsewhere.",
                messageFor(c -> c.models = List.of(model("probe", null, null))));
    }

    @Test
    void noModelsAtAllIsRejected() {
        assertEquals("<models> is empty. List at least one <model> with a <name> and a <file> or <predictions>, or "
                + "remove <models> to evaluate <model> or <predictions>.", messageFor(c -> c.models = List.of()));
    }

    @Test
    void aModelWithoutANameIsRejected() {
        assertEquals("A <model> in <models> has no <name>. Name each model, e.g. <name>probe</name>: the log, "
                + "fairness.json and the reports show it, and its results go to models/<name>/.",
                messageFor(c -> c.models = List.of(model(" ", null, new File("a.csv")))));
    }

    @Test
    void aNameThatIsNoFolderNameIsRejected() {
        assertEquals("Model name '../x' in <models> may only contain letters, digits, '.', '_' and '-' (and start "
                + "with a letter or digit): it also names the model's output folder.",
                messageFor(c -> c.models = List.of(model("../x", null, new File("a.csv")))));
    }

    @Test
    void aModelFileWithoutAManifestIsRejected() {
        assertEquals("Model 'probe' in <models> is a model <file>, which is scored on the test images, but "
                + "<manifest> is not set. Set <manifest> to the CSV of the test images.",
                messageFor(c -> c.models = List.of(model("probe", new File("m.onnx"), null))));
    }

    @Test
    void modelsBesideTheTopLevelPredictionsAreRejected() {
        assertEquals("<models> is set together with <predictions>: each model of <models> brings its own <file> or "
                + "<predictions>. Move <predictions> into a <model> of <models>, or remove <models>.",
                messageFor(c -> c.predictions = new File("p.csv")));
    }

    @Test
    void aRuleNamingAnUnknownModelListsTheModels() {
        assertEquals("The tpr/sex rule names model 'ful', but no model of <models> has that name. Models: probe, "
                + "full.", messageFor(c -> {
                    RuleConfiguration r = rule("tpr", "sex", 0.1);
                    r.models = List.of("ful");
                    c.rules = List.of(r);
                }));
    }

    @Test
    void aRuleNamingModelsInAOneModelBuildIsRejected() {
        Configuration c = ConfigurationFixture.valid();
        RuleConfiguration r = rule("tpr", "sex", 0.1);
        r.models = List.of("full");
        c.rules = List.of(r);

        assertEquals("The tpr/sex rule names models in its <models>, but the build evaluates one model. Set "
                + "<models> for the plugin to compare several, or remove the rule's <models>.",
                assertThrows(InputException.class, () -> SpecReader.comparison(c)).getMessage());
    }
}
