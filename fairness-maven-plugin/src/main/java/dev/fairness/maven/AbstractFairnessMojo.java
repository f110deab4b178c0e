package dev.fairness.maven;

import dev.fairness.InputException;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.engine.Evaluator;
import dev.fairness.inference.DjlLogging;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;

import java.io.File;
import java.util.List;
import java.util.Map;

/**
 * The parameters every fairness goal shares: what is evaluated ({@link InputParameters}), and here how it is grouped,
 * thresholded, bootstrapped, gated and written. Each is read and checked in one place, {@link SpecReader}, into the
 * engine's {@link EvaluationSpec}; these classes only declare and document them.
 */
public abstract class AbstractFairnessMojo extends InputParameters {

    /** Attribute columns whose groups are reported (e.g. sex, age). */
    @Parameter
    List<String> attributes;

    /**
     * Attributes read from the images' DICOM headers where the manifest has no value (no column, or an empty cell):
     * attribute → {@code PatientSex} or {@code PatientAge}, e.g. {@code <sex>PatientSex</sex>}.
     */
    @Parameter
    Map<String, String> dicomAttributes;

    /**
     * Bin edges of numeric attributes, e.g. {@code <age>0,20,40,60,80</age>}: increasing numbers; each key must be an
     * attribute that is grouped (case-sensitive).
     */
    @Parameter
    Map<String, String> bins;

    /** Intersections reported as groupings, e.g. {@code sex×age} (also {@code sex*age}). */
    @Parameter
    List<String> intersections;

    /** Groups with fewer samples are left out of rules (per the rule's onMissing policy) and marked. */
    @Parameter(property = "fairness.minGroupSize", defaultValue = "30")
    int minGroupSize;

    /**
     * Groups with fewer cases of the class a metric rests on (positives for TPR, negatives for FPR, predicted
     * positives for PPV, both classes for AUC, ...) are left out of rules on that metric and marked; 0 turns this off.
     */
    @Parameter(property = "fairness.minClassCount", defaultValue = "10")
    int minClassCount;

    /** The operating threshold, between 0 and 1: a score at or above it is a positive prediction. */
    @Parameter(property = "fairness.threshold", defaultValue = "0.5")
    double threshold;

    /** Per-label thresholds between 0 and 1, e.g. {@code <Effusion>0.3</Effusion>}; each key must be a label. */
    @Parameter
    Map<String, String> thresholds;

    /**
     * How every label's threshold is set: {@code fixed} (at {@code threshold}, or the label's {@code thresholds}
     * entry), {@code youden} (maximal Youden's J), {@code maxF1}, {@code targetFpr} or {@code targetTpr} (with
     * {@code targetRate}). Chosen on the test set, or on the validation set when one is given.
     */
    @Parameter(property = "fairness.thresholdMethod", defaultValue = "fixed")
    String thresholdMethod;

    /**
     * The target FPR of {@code targetFpr} (e.g. 0.2, as Glocker et al.) or TPR of {@code targetTpr}, strictly between
     * 0 and 1; the other methods take none.
     */
    @Parameter(property = "fairness.targetRate")
    Double targetRate;

    /** Per-label operating points, overriding the defaults for their label. */
    @Parameter
    List<OperatingPointConfiguration> operatingPoints;

    /** A manifest of separate validation images, scored by the same model, to choose thresholds on. */
    @Parameter(property = "fairness.validationManifest")
    File validationManifest;

    /** A predictions CSV of a separate validation set (same columns as {@code predictions}) to choose thresholds on. */
    @Parameter(property = "fairness.validationPredictions")
    File validationPredictions;

    /** Stratified bootstrap replicates for the confidence intervals; 0 turns intervals off. */
    @Parameter(property = "fairness.bootstrap", defaultValue = "1000")
    int bootstrap;

    /** Confidence level of the intervals, strictly between 0 and 1. */
    @Parameter(property = "fairness.confidenceLevel", defaultValue = "0.95")
    double confidenceLevel;

    /** Seed of the bootstrap: the same seed and data give the same intervals on every run and thread count. */
    @Parameter(property = "fairness.seed", defaultValue = "42")
    long seed;

    /** The fairness rules. */
    @Parameter
    List<RuleConfiguration> rules;

    /**
     * Several named models evaluated on the same test set, each {@code <model>} with a {@code <name>} and either a
     * {@code <file>} (ONNX or TorchScript, scored on {@code <manifest>}) or {@code <predictions>} (a CSV of scores);
     * replaces {@code <model>}/{@code <predictions>}. A rule applies to every model, or to those its {@code <models>}
     * names. The log and the reports compare the models with paired intervals.
     */
    @Parameter
    List<ModelConfiguration> models;

    /**
     * The shipped model to compare against: {@code <predictions>} (its predictions.csv on the same test set, as
     * {@code fairness:baseline} writes it) and optionally {@code <fairnessJson>} (for provenance). Rules with
     * {@code <maxIncrease>} or {@code <maxDecrease>} limit the paired change against it.
     */
    @Parameter
    BaselineConfiguration baseline;

    /** Where fairness.json and predictions.csv are written. */
    @Parameter(property = "fairness.outputDirectory", defaultValue = "${project.build.directory}/fairness")
    File outputDirectory;

    /** Fail the build when a rule is violated; false logs the violations as warnings. */
    @Parameter(property = "fairness.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    /** Skip the goal. */
    @Parameter(property = "fairness.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    String pluginVersion;

    @Parameter(defaultValue = "${session}", readonly = true)
    org.apache.maven.execution.MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    org.apache.maven.plugin.MojoExecution mojoExecution;

    /** Maven's resolver: ONNX Runtime, DJL and ImageJ are resolved only for goals that score images. */
    @Component
    RepositorySystem repositorySystem;

    /**
     * Maven's log, escaping every message ({@link EscapingLog}): the engine's lines, the per-group table and the rule
     * lines carry manifest cells and group names, which must not be able to write log lines of their own.
     */
    @Override
    public org.apache.maven.plugin.logging.Log getLog() {
        return new EscapingLog(super.getLog());
    }

    /**
     * Refuses an element of this plugin's configuration that no parameter of the goal reads (a misspelt
     * {@code <treshold>}), which Maven would drop silently ({@link UnknownParameters}); called at each goal's start.
     * Without a session (a goal built by a test) there is no pom to read.
     *
     * @throws InputException naming the element, where it is, the goal and the closest known name
     */
    void checkParameterNames() {
        if (session != null && mojoExecution != null && session.getCurrentProject() != null) {
            UnknownParameters.check(session.getCurrentProject(), mojoExecution);
        }
    }

    /** A user error as Maven reports it: the message alone (see {@link UserErrors}). */
    MojoExecutionException userError(InputException e) {
        return UserErrors.toMojo(e, getLog());
    }

    /** The evaluator, with how inference runs (checked by {@link SpecReader#runOptions}). */
    Evaluator evaluator() {
        InferenceLibraries.addIfNeeded(this, repositorySystem); // before any class that links to them is loaded
        if (!getLog().isDebugEnabled()) {
            DjlLogging.quiet(); // with -X, DJL's own lines stay, for debugging the natives
        }
        Configuration c = configuration();
        return new Evaluator(new MavenEvaluationLog(getLog()), pluginVersion, SpecReader.runOptions(c))
                .withDicomAttributes(SpecReader.dicomAttributes(c));
    }

    /** What to evaluate: the pom read and checked by {@link SpecReader}. */
    EvaluationSpec spec() {
        return SpecReader.spec(configuration());
    }

    /** This goal's parameter values, as injected, for {@link SpecReader}. */
    Configuration configuration() {
        return Configuration.copiedFrom(this);
    }
}
