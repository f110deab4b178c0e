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
                throw new InputException("<predictions> is set together with " + String.join(" and ", ignored)
                        + ": the scores of <predictions> replace inference, so " + String.join(" and ", ignored)
                        + " would be ignored. Remove "
                        + String.join(" and ", ignored) + " to judge the scores in <predictions>, or remove "
                        + "<predictions> to evaluate the model.");
            }
        }
        return new Inputs(path(c.model), path(c.manifest), path(c.predictions), path(c.imageRoot),
                new TestSetColumns(c.imageColumn, c.idColumn, labels), path(c.validationManifest),
                path(c.validationPredictions));
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
        return inputs;
    }

    /** Absolute and normalised, so that messages show a clean path. */
    static Path path(File file) {
        return file == null ? null : file.toPath().toAbsolutePath().normalize();
    }
}
