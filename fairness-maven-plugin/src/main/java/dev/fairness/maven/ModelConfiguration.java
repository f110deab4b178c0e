package dev.fairness.maven;

import java.io.File;

/**
 * One {@code <model>} of {@code <models>}, as Maven injects it. Read and checked by {@link ModelsReader}.
 */
public class ModelConfiguration {
    /** The model's name in the log, fairness.json and the reports; also its output folder's name. */
    String name;
    /** An ONNX or TorchScript model, scored on {@code <manifest>}. */
    File file;
    /** A predictions CSV of scores computed elsewhere (instead of {@code file}). */
    File predictions;
}
