package dev.fairness.maven;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;

/**
 * The pom's values as Maven injected them into a goal, before anything is converted: one field per parameter of
 * {@link AbstractFairnessMojo} (or its superclasses), of the same name and type, with the same defaults.
 * {@link SpecReader} reads and checks them; tests set them by name without Maven. The parameters' meaning is
 * documented on the goal.
 */
final class Configuration {
    File model;
    ZeroShotConfiguration zeroShot;
    File manifest;
    File predictions;
    File imageRoot;
    String imageColumn = "image";
    String idColumn;
    String referenceColumnPrefix;
    double referenceTolerance = 1.0E-4;
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
    String shard;
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
    List<ModelConfiguration> models;
    BaselineConfiguration baseline;
    File outputDirectory = new File("target/fairness");

    /**
     * The goal's values, copied field by field by name: a parameter added to the goal and here is copied without a
     * list to keep in step ({@code ConfigurationTest} checks that every field has its parameter).
     */
    static Configuration copiedFrom(AbstractFairnessMojo goal) {
        Configuration c = new Configuration();
        for (Field field : Configuration.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
                continue;
            }
            try {
                field.set(c, parameter(field.getName()).get(goal));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot copy parameter " + field.getName(), e);
            }
        }
        return c;
    }

    /** The goal's field of that name, declared on {@link AbstractFairnessMojo} or a superclass. */
    static Field parameter(String name) {
        for (Class<?> type = AbstractFairnessMojo.class; type != Object.class; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        throw new IllegalStateException("Configuration." + name + " has no parameter of the goal");
    }
}
