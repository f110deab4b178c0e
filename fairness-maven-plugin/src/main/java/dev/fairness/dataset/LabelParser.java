package dev.fairness.dataset;

import dev.fairness.InputException;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A {@link LabelSpec} bound to the columns of one manifest: turns the cells of a row into one true/false value
 * per label, or an {@link InputException} naming the line, column, the accepted values and what to do.
 */
abstract class LabelParser {
    protected final String fileName;

    private LabelParser(String fileName) {
        this.fileName = fileName;
    }

    /** Finds the spec's columns in the header (failing with the list of existing columns if one is missing). */
    static LabelParser bind(LabelSpec spec, CsvRows rows) {
        if (spec instanceof LabelSpec.BinaryColumns binary) {
            return new Binary(binary, rows);
        }
        if (spec instanceof LabelSpec.FindingList list) {
            return new Findings(list, rows);
        }
        if (spec instanceof LabelSpec.MultiClass multiClass) {
            return new OneOf(multiClass, rows);
        }
        throw new IllegalArgumentException("unknown label specification " + spec);
    }

    /** Writes one value per label into {@code truth}. */
    abstract void parse(CsvRows rows, boolean[] truth);

    private static Map<String, Integer> indexOf(List<String> classes) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            index.put(classes.get(i), i);
        }
        return index;
    }

    private static final class Binary extends LabelParser {
        private final List<String> names;
        private final int[] columns;

        Binary(LabelSpec.BinaryColumns spec, CsvRows rows) {
            super(rows.fileName());
            names = spec.columns();
            columns = new int[names.size()];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = rows.column(names.get(i), "<labels>");
            }
        }

        @Override
        void parse(CsvRows rows, boolean[] truth) {
            for (int i = 0; i < columns.length; i++) {
                String cell = rows.cell(columns[i]);
                Boolean value = TruthValue.parse(cell);
                if (value == null) {
                    throw new InputException(Messages.notZeroOrOne(fileName, rows.line(), names.get(i), cell));
                }
                truth[i] = value;
            }
        }
    }

    private static final class Findings extends LabelParser {
        private final LabelSpec.FindingList spec;
        private final Pattern separator;
        private final int column;
        private final Map<String, Integer> classIndex;

        Findings(LabelSpec.FindingList spec, CsvRows rows) {
            super(rows.fileName());
            this.spec = spec;
            this.separator = Pattern.compile(Pattern.quote(spec.separator()));
            this.column = rows.column(spec.column(), "<labelColumn>");
            this.classIndex = indexOf(spec.classes());
        }

        @Override
        void parse(CsvRows rows, boolean[] truth) {
            String cell = rows.cell(column);
            String[] parts = separator.split(cell, -1);
            Arrays.fill(truth, false);
            boolean none = false;
            for (String raw : parts) {
                String part = raw.trim();
                if (part.isEmpty()) {
                    throw malformed(rows, cell);
                }
                if (part.equals(spec.noneValue())) {
                    none = true;
                    if (parts.length > 1) {
                        throw malformed(rows, cell);
                    }
                }
                Integer index = classIndex.get(part);
                if (index != null) {
                    truth[index] = true;
                } else if (!none) {
                    throw new InputException(Messages.unknownFinding(fileName, rows.line(), spec.column(), part,
                            spec.classes(), spec.separator(), spec.noneValue()));
                }
            }
        }

        private InputException malformed(CsvRows rows, String cell) {
            return new InputException(Messages.badFindingList(fileName, rows.line(), spec.column(), spec.classes(),
                    spec.separator(), spec.noneValue(), cell));
        }
    }

    private static final class OneOf extends LabelParser {
        private final LabelSpec.MultiClass spec;
        private final int column;
        private final Map<String, Integer> classIndex;

        OneOf(LabelSpec.MultiClass spec, CsvRows rows) {
            super(rows.fileName());
            this.spec = spec;
            this.column = rows.column(spec.column(), "<labelColumn>");
            this.classIndex = indexOf(spec.classes());
        }

        @Override
        void parse(CsvRows rows, boolean[] truth) {
            String cell = rows.cell(column);
            Integer index = classIndex.get(cell.trim());
            if (index == null) {
                throw new InputException(Messages.unknownClass(fileName, rows.line(), spec.column(), spec.classes(),
                        cell.trim()));
            }
            Arrays.fill(truth, false);
            truth[index] = true;
        }
    }
}
