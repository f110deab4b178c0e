package dev.fairness.maven;

import dev.fairness.compare.Baseline;
import dev.fairness.compare.ChangeRule;
import dev.fairness.compare.ComparisonSpec;
import dev.fairness.compare.NamedModel;
import java.util.List;

import dev.fairness.dataset.DicomAttributeMap;
import dev.fairness.dataset.LabelSpec;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.engine.Inputs;
import dev.fairness.engine.RunOptions;
import dev.fairness.metrics.BootstrapSettings;
import dev.fairness.zeroshot.ZeroShotSpec;

/**
 * The one place where the pom becomes the engine's input: every parameter of {@link Configuration} is converted,
 * defaulted and checked here (or in the reader of its part, named below), once, with a message that names the
 * parameter, the accepted values and what was found. The engine's types then only assert their invariants.
 *
 * <ul>
 *   <li>{@link LabelsReader}: {@code <labels>}, {@code <labelColumn>}, {@code <classes>}, {@code <task>}, ...</li>
 *   <li>{@link InputsReader}: {@code <model>}, {@code <manifest>}, {@code <predictions>}, columns, validation set</li>
 *   <li>{@link ReferenceReader} (through {@link InputsReader}): {@code <referenceColumnPrefix>},
 *       {@code <referenceTolerance>}</li>
 *   <li>{@link InferenceReader}: {@code <outputs>}, {@code <preprocessing>}, {@code <device>}, batch, threads</li>
 *   <li>{@link ZeroShotReader}: {@code <zeroShot>}, whose image tower becomes the model</li>
 *   <li>{@link GroupingsReader}: {@code <attributes>}, {@code <bins>}, {@code <intersections>}, minimums</li>
 *   <li>{@link OperatingPointsReader}: {@code <threshold>}, {@code <thresholds>}, {@code <thresholdMethod>},
 *       {@code <targetRate>}, {@code <operatingPoints>}</li>
 *   <li>{@link RulesReader}: {@code <rules>} (the absolute ones; {@link #comparison} reads {@code <models>},
 *       {@code <baseline>} and the change rules)</li>
 *   <li>here: {@code <bootstrap>}, {@code <confidenceLevel>}, {@code <seed>}, {@code <outputDirectory>}, and how
 *       the evaluation runs ({@code <workers>}, {@code <decodeBudgetMb>}, {@code <contentHash>},
 *       {@code <nativeLibraryPath>}, {@code <dicomAttributes>})</li>
 * </ul>
 */
final class SpecReader {
    private SpecReader() {
    }

    /** @throws dev.fairness.InputException naming the first parameter with a bad value */
    static EvaluationSpec spec(Configuration c) {
        LabelsReader labelsReader = LabelsReader.of(c);
        LabelSpec labels = labelsReader.labelSpec();
        BootstrapSettings bootstrap = bootstrap(c);
        ZeroShotSpec zeroShot = ZeroShotReader.read(c, labels, labelsReader.task(labels));
        Inputs inputs = InputsReader.read(c, labels);
        return new EvaluationSpec(
                zeroShot == null ? inputs : inputs.withModel(zeroShot.imageEncoder()),
                InferenceReader.read(c, labelsReader.task(labels)).withZeroShot(zeroShot),
                InferenceReader.throughput(c),
                GroupingsReader.read(c),
                OperatingPointsReader.read(c, labels.labels()),
                RulesReader.read(GroupingsReader.list(c.rules), bootstrap.enabled()),
                bootstrap,
                c.outputDirectory.toPath());
    }

    /**
     * What the build compares beside the one-model spec: {@code <models>} ({@link ModelsReader}), {@code <baseline>}
     * and the change rules ({@link BaselineReader}); {@link ComparisonSpec#NONE} when neither is set.
     */
    static ComparisonSpec comparison(Configuration c) {
        List<NamedModel> models = ModelsReader.read(c);
        List<List<String>> ruleModels = ModelsReader.ruleModels(c, models);
        Baseline baseline = BaselineReader.baseline(c);
        List<ChangeRule> changeRules = BaselineReader.changeRules(c, baseline, models, c.bootstrap > 0);
        return new ComparisonSpec(models, ruleModels, baseline, changeRules);
    }

    /** How the evaluation runs: decoding threads and memory, image hashing, native libraries. */
    static RunOptions runOptions(Configuration c) {
        NumberParameters.zeroOrMore("<workers>", c.workers, "one per core", "a number of threads such as 4");
        NumberParameters.zeroOrMore("<decodeBudgetMb>", c.decodeBudgetMb, "half the heap over the workers",
                "the memory one image may take to decode in MB, such as 512");
        return new RunOptions(c.workers, c.contentHash, InputsReader.path(c.nativeLibraryPath), c.decodeBudgetMb);
    }

    /** The attributes read from DICOM headers where the manifest has none. */
    static DicomAttributeMap dicomAttributes(Configuration c) {
        return DicomAttributeMap.of(c.dicomAttributes);
    }

    private static BootstrapSettings bootstrap(Configuration c) {
        NumberParameters.zeroOrMore("<bootstrap>", c.bootstrap, "no intervals", "a number of replicates such as 1000");
        NumberParameters.strictlyBetweenZeroAndOne("<confidenceLevel>", c.confidenceLevel, "0.95");
        return new BootstrapSettings(c.bootstrap, c.confidenceLevel, c.seed);
    }
}
