package dev.fairness.engine;

import java.util.List;

/**
 * Export parity of one label: how far the plugin's scores are from the training framework's.
 *
 * @param label     the label
 * @param column    the manifest column of the reference scores
 * @param images    the images compared (every manifest row)
 * @param mean      mean |plugin score - reference score|
 * @param max       largest |plugin score - reference score| (NaN when a plugin score is NaN)
 * @param tolerance the largest difference that passes
 * @param beyond    how many images differ by more than the tolerance
 * @param worst     the images that differ most, largest first (at most {@link ExportParity#WORST_IMAGES})
 */
public record LabelParity(String label, String column, int images, double mean, double max, double tolerance,
                          int beyond, List<Image> worst) {
    public LabelParity {
        worst = List.copyOf(worst);
    }

    public boolean passed() {
        return beyond == 0;
    }

    /** One compared image: its id, where it is in the manifest, both scores and their |difference|. */
    public record Image(String id, String location, double reference, double computed, double difference) {
    }
}
