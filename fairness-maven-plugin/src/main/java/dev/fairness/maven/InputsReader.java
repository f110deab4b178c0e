package dev.fairness.maven;

import dev.fairness.InputException;
import dev.fairness.dataset.LabelSpec;
import dev.fairness.engine.Inputs;
import dev.fairness.engine.TestSetColumns;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads what is evaluated: {@code <model>} with {@code <manifest>}, or {@code <predictions>}; the validation set. */
final class InputsReader {
    private InputsReader() {
    }

    static Inputs read(Configuration c, LabelSpec labels) {
        if (c.predictions != null) {
            rejectBesidePredictions(c);
        }
        checkValidationSet(c);
        return new Inputs(path(c.model), path(c.manifest), path(c.predictions), path(c.imageRoot),
                new TestSetColumns(c.imageColumn, c.idColumn, labels, ReferenceReader.read(c)), path(c.validationManifest),
                path(c.validationPredictions));
    }

    /** What only inference reads would be ignored beside {@code <predictions>}: say so instead. */
    private static void rejectBesidePredictions(Configuration c) {
        List<String> ignored = new ArrayList<>();
        if (c.model != null) {
            ignored.add("<model>");
        }
        if (c.manifest != null) {
            ignored.add("<manifest>");
        }
        if (c.imageRoot != null) {
            ignored.add("<imageRoot>");
        }
        if (!ignored.isEmpty()) {
            String names = String.join(" and ", ignored);
            throw new InputException("<predictions> is set together with " + names + ": the scores of <predictions> "
                    + "replace inference, so " + names + " would be ignored. Remove " + names + " to judge the "
                    + "scores in <predictions>, or remove <predictions> to evaluate the model.");
        }
    }

    /** At most one validation set, and a manifest only where a model scores it. */
    private static void checkValidationSet(Configuration c) {
        if (c.validationManifest != null && c.validationPredictions != null) {
            throw new InputException("Both <validationManifest> and <validationPredictions> are set. Choose thresholds "
                    + "on one of them: a manifest scored by the model, or a CSV of scores computed elsewhere.");
        }
        if (c.validationManifest != null && c.predictions != null) {
            throw new InputException("<validationManifest> " + path(c.validationManifest) + " needs a <model> to "
                    + "score it, but the test set comes from <predictions>. Use <validationPredictions> for a CSV of "
                    + "validation scores computed elsewhere.");
        }
    }

    /** Every file the goal reads, so that clearing the previous results keeps them. */
    static List<Path> files(Configuration c) {
        List<Path> inputs = new ArrayList<>();
        for (File file : new File[] {c.model, c.manifest, c.predictions, c.validationManifest,
                c.validationPredictions}) {
            if (file != null) {
                inputs.add(path(file));
            }
        }
        inputs.addAll(ZeroShotReader.files(c));
        for (ModelConfiguration m : GroupingsReader.list(c.models)) { // the files of a comparison are inputs too
            for (File file : new File[] {m.file, m.predictions}) {
                if (file != null) {
                    inputs.add(path(file));
                }
            }
        }
        if (c.baseline != null) {
            for (File file : new File[] {c.baseline.predictions, c.baseline.fairnessJson}) {
                if (file != null) {
                    inputs.add(path(file));
                }
            }
        }
        return inputs;
    }

    /** Absolute and normalised, so that messages show a clean path. */
    static Path path(File file) {
        return file == null ? null : file.toPath().toAbsolutePath().normalize();
    }
}
