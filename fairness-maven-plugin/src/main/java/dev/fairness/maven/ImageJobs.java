package dev.fairness.maven;

/**
 * Whether a goal's configuration scores images (a {@code <model>}, a {@code <models>} entry with a {@code <file>},
 * {@code <zeroShot>}) or reads DICOM headers ({@code <dicomAttributes>}): only then are ONNX Runtime, DJL and ImageJ
 * resolved ({@link InferenceLibraries}). A predictions job needs none of them ({@code PredictionsPathClassesTest}).
 */
final class ImageJobs {
    private ImageJobs() {
    }

    static boolean scoresOrReadsImages(Configuration c) {
        return c.model != null || c.zeroShot != null
                || (c.models != null && c.models.stream().anyMatch(m -> m != null && m.file != null))
                || (c.dicomAttributes != null && !c.dicomAttributes.isEmpty());
    }
}
