package dev.fairness.maven;

import java.io.File;
import java.util.List;
import java.util.Map;

/**
 * The pom's values as Maven injected them into a goal, before anything is converted: one field per parameter of
 * {@link AbstractFairnessMojo}, of the same name and type, with the same defaults. {@link SpecReader} reads and
 * checks them; tests set them by name without Maven. The parameters' meaning is documented on the goal.
 */
final class Configuration {
    File model;
    File manifest;
    File predictions;
    File imageRoot;
    String imageColumn = "image";
    String idColumn;
    List<String> labels;
    String labelColumn;
    List<String> classes;
    String labelSeparator;
    String noneValue = "No Finding";
    String task;
    String outputs = "probabilities";
    PreprocessingConfiguration preprocessing;
    String device = "auto";
    int batchSize;
    int threads;
    int workers;
    long decodeBudgetMb;
    boolean contentHash;
    File nativeLibraryPath;
    List<String> attributes;
    Map<String, String> dicomAttributes;
    Map<String, String> bins;
    List<String> intersections;
    int minGroupSize = 30;
    int minClassCount = 10;
    double threshold = 0.5;
    Map<String, String> thresholds;
    String thresholdMethod = "fixed";
    Double targetRate;
    List<OperatingPointConfiguration> operatingPoints;
    File validationManifest;
    File validationPredictions;
    int bootstrap = 1000;
    double confidenceLevel = 0.95;
    long seed = 42;
    List<RuleConfiguration> rules;
    File outputDirectory = new File("target/fairness");
}
