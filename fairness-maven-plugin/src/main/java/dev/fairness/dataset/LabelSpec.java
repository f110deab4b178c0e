package dev.fairness.dataset;

import dev.fairness.InputException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a manifest says which findings an image has. Every form ends as one binary label per finding (multi-class
 * becomes one-vs-rest), because every metric is computed per binary label.
 * <ul>
 *   <li>{@link BinaryColumns}: one 0/1 column per label ({@code Effusion}, {@code Atelectasis}, ...).</li>
 *   <li>{@link FindingList}: one column listing an image's findings, e.g. NIH's {@code Finding Labels} =
 *       {@code Effusion|Atelectasis}, or {@code No Finding} for none (multi-label).</li>
 *   <li>{@link MultiClass}: one column holding exactly one class per image, e.g. {@code finding} =
 *       {@code COVID-19} (multi-class).</li>
 * </ul>
 */
public sealed interface LabelSpec permits LabelSpec.BinaryColumns, LabelSpec.FindingList, LabelSpec.MultiClass {

    /** The value of a {@link FindingList} cell that means "no finding", unless configured otherwise. */
    String DEFAULT_NONE_VALUE = "No Finding";

    /** The binary labels this specification produces, in order: the columns, or the classes. */
    List<String> labels();

    static BinaryColumns binaryColumns(List<String> columns) {
        return new BinaryColumns(columns);
    }

    static FindingList findingList(String column, String separator, List<String> classes) {
        return new FindingList(column, separator, classes, DEFAULT_NONE_VALUE);
    }

    static MultiClass multiClass(String column, List<String> classes) {
        return new MultiClass(column, classes);
    }

    /**
     * One column per label, each cell {@code 1}/{@code 0} (or {@code true}/{@code false}, {@code yes}/{@code no},
     * any case). The label is named after its column.
     */
    record BinaryColumns(List<String> columns) implements LabelSpec {
        public BinaryColumns {
            columns = checkedNames(columns, "<labels>",
                    "List the manifest's 0/1 label columns, e.g. <labels><label>Effusion</label></labels>.");
        }

        @Override
        public List<String> labels() {
            return columns;
        }
    }

    /**
     * One column listing each image's findings separated by {@code separator} (taken literally, not as a
     * regular expression); each of {@code classes} becomes a binary label. A cell equal to {@code noneValue}
     * means no finding; a finding not in {@code classes} is an error, so that a typo is never read as "absent".
     * If {@code noneValue} is itself one of the classes it becomes a label too (positive for images with no
     * finding), which is how an underdiagnosis rule asks for it.
     */
    record FindingList(String column, String separator, List<String> classes, String noneValue)
            implements LabelSpec {
        public FindingList {
            column = checkedColumn(column);
            if (separator == null || separator.isEmpty()) {
                throw new InputException(Messages.badConfiguration("<labelSeparator>", "it is empty",
                        "Set it to the text between findings, e.g. |."));
            }
            classes = checkedNames(classes, "<classes>",
                    "List the findings to evaluate, e.g. <classes><class>Effusion</class></classes>.");
            noneValue = noneValue == null ? DEFAULT_NONE_VALUE : noneValue.trim();
        }

        @Override
        public List<String> labels() {
            return classes;
        }
    }

    /**
     * One column holding exactly one of {@code classes} per image; each class becomes a one-vs-rest binary label.
     * A value not in {@code classes} is an error.
     */
    record MultiClass(String column, List<String> classes) implements LabelSpec {
        public MultiClass {
            column = checkedColumn(column);
            classes = checkedNames(classes, "<classes>",
                    "List every value of the label column, e.g. <classes><class>COVID-19</class></classes>.");
        }

        @Override
        public List<String> labels() {
            return classes;
        }
    }

    private static String checkedColumn(String column) {
        if (column == null || column.isBlank()) {
            throw new InputException(Messages.badConfiguration("<labelColumn>", "it is empty",
                    "Set it to the name of the manifest column that holds the labels."));
        }
        return column.trim();
    }

    private static List<String> checkedNames(List<String> names, String parameter, String todo) {
        if (names == null || names.isEmpty()) {
            throw new InputException(Messages.badConfiguration(parameter, "the list is empty", todo));
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                throw new InputException(Messages.badConfiguration(parameter, "it contains an empty name",
                        "Remove the empty entry."));
            }
            if (!seen.add(name.trim())) {
                throw new InputException(Messages.badConfiguration(parameter,
                        "'" + name.trim() + "' is listed twice", "List each name once."));
            }
        }
        return names.stream().map(String::trim).toList();
    }
}
