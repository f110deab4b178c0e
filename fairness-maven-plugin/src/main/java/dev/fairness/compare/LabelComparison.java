package dev.fairness.compare;

import java.util.List;

/**
 * The comparison view of one label: every model's value of each column (overall AUC, accuracy, F1, then the gaps
 * the rules name) with its interval, and each model's paired difference to the reference model.
 *
 * @param models    the models' names, in the order of {@code values}
 * @param reference the model the differences are taken to (the baseline when there is one, else the first model)
 * @param columns   the quantities of {@code values} the view shows, in order
 * @param names     the columns' names ({@code AUC}, {@code TPR difference by sex})
 */
public record LabelComparison(String label, List<String> models, int reference, PairedValues values,
                              List<Integer> columns, List<String> names) {

    public LabelComparison {
        models = List.copyOf(models);
        columns = List.copyOf(columns);
        names = List.copyOf(names);
    }
}
