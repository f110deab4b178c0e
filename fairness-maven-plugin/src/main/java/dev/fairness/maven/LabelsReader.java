package dev.fairness.maven;

import dev.fairness.InputException;
import dev.fairness.dataset.LabelSpec;
import dev.fairness.engine.Inference;
import dev.fairness.inference.Task;

import java.util.List;

/**
 * The label settings as a user writes them ({@code <labels>}, or {@code <labelColumn>} with {@code <classes>} and
 * an optional {@code <labelSeparator>}, and an optional {@code <task>}), turned into the {@link LabelSpec} that
 * reads the manifest and the {@link Task} that decodes the model's outputs. Contradictions are errors.
 */
record LabelsReader(List<String> labels, String labelColumn, List<String> classes,
                    String labelSeparator, String noneValue, String task) {

    static LabelsReader of(Configuration c) {
        return new LabelsReader(c.labels, c.labelColumn, c.classes, c.labelSeparator, c.noneValue, c.task);
    }

    /** How the manifest gives the true labels: 0/1 columns, a separated findings column, or one class column. */
    public LabelSpec labelSpec() {
        boolean hasColumns = labels != null && !labels.isEmpty();
        boolean hasColumn = labelColumn != null && !labelColumn.isBlank();
        if (hasColumns == hasColumn) {
            throw new InputException(hasColumns
                    ? "Both <labels> and <labelColumn> are set. Use <labels> for 0/1 columns, or <labelColumn> with <classes> for one column of classes or findings."
                    : "No labels are configured. Set <labels> to the 0/1 label column(s), or <labelColumn> with <classes> for one column of classes or findings.");
        }
        if (hasColumns) {
            return LabelSpec.binaryColumns(labels);
        }
        if (classes == null || classes.isEmpty()) {
            throw new InputException("<labelColumn>" + labelColumn + "</labelColumn> needs <classes>: the classes or findings, in the model's output order.");
        }
        Task declared = parseTask();
        boolean multiLabel = declared == Task.MULTI_LABEL || declared == null && labelSeparator != null;
        if (multiLabel) {
            return new LabelSpec.FindingList(labelColumn, labelSeparator == null ? "|" : labelSeparator, classes, noneValue);
        }
        return LabelSpec.multiClass(labelColumn, classes);
    }

    /** The task the labels describe; a declared {@code <task>} must agree with it. */
    public Task task(LabelSpec labelSpec) {
        Task derived = Inference.taskOf(labelSpec);
        Task declared = parseTask();
        if (declared != null && declared != derived) {
            throw new InputException("<task>" + task + "</task> does not fit the labels: they describe a "
                    + derived.toString() + " task. For binary set one <labels> column; for multiLabel several <labels> "
                    + "columns or <labelColumn> with <labelSeparator>; for multiClass <labelColumn> with <classes>.");
        }
        return derived;
    }

    private Task parseTask() {
        return Task.parse(task);
    }
}
