package dev.fairness.groups;

import dev.fairness.InputException;
import dev.fairness.dataset.AttributeColumn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * Turns raw attribute values into {@link Grouping}s: categorical values sorted by name, numeric values binned,
 * and intersections of several attributes ({@code sex×age}). A row with an empty value belongs to no group of
 * that attribute; it is counted in {@link Grouping}'s {@code NO_GROUP} and reported, never guessed.
 */
public final class GroupingBuilder {
    /** Separator of intersection names, as shown in logs and reports. */
    public static final String INTERSECTION = "×";
    /** A distinct text that is no number, or below the first edge: a bin in error. */
    private static final int IN_ERROR = Integer.MIN_VALUE;

    private final Map<String, AttributeColumn> values;
    private final Map<String, AttributeSpec> specs;
    private final IntFunction<String> rowLocation;
    /** Each attribute's grouping, built once: an intersection reuses its components' (safe across threads). */
    private final Map<String, Grouping> singles = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param values      raw attribute values, one array per attribute, one entry per row
     * @param specs       binning per attribute; attributes without a spec are categorical
     * @param rowLocation describes where a row came from for error messages, e.g. {@code manifest.csv, line 7}
     */
    public GroupingBuilder(Map<String, String[]> values, Map<String, AttributeSpec> specs,
                           IntFunction<String> rowLocation) {
        this(rowLocation, specs, columns(values));
    }

    private GroupingBuilder(IntFunction<String> rowLocation, Map<String, AttributeSpec> specs,
                            Map<String, AttributeColumn> values) {
        this.values = values;
        this.specs = specs;
        this.rowLocation = rowLocation;
    }

    /**
     * A builder of groupings from attribute columns as a reader keeps them (codes into distinct texts).
     *
     * @param columns attribute columns by name, in the order the error for an unknown attribute lists them
     */
    public static GroupingBuilder ofColumns(Map<String, AttributeColumn> columns, Map<String, AttributeSpec> specs,
                                            IntFunction<String> rowLocation) {
        return new GroupingBuilder(rowLocation, specs, columns);
    }

    private static Map<String, AttributeColumn> columns(Map<String, String[]> texts) {
        Map<String, AttributeColumn> columns = new java.util.LinkedHashMap<>();
        texts.forEach((name, values) -> columns.put(name, AttributeColumn.ofTexts(values)));
        return columns;
    }

    /** Builds the grouping of one attribute, or of an intersection such as {@code sex×age}. */
    public Grouping build(String groupingName) {
        List<String> parts = splitIntersection(groupingName);
        if (parts.size() == 1) {
            return single(parts.get(0));
        }
        List<Grouping> components = new ArrayList<>();
        for (String part : parts) {
            components.add(single(part));
        }
        return Intersection.of(String.join(INTERSECTION, parts), components);
    }

    /** Splits {@code sex×age}, {@code sex*age} or {@code sex&age} into its attribute names. */
    public static List<String> splitIntersection(String groupingName) {
        List<String> parts = new ArrayList<>();
        for (String part : groupingName.split("[×*&]")) {
            if (!part.isBlank()) {
                parts.add(part.trim());
            }
        }
        if (parts.isEmpty()) {
            throw new InputException("Empty attribute name in '" + groupingName + "'. Name an attribute column such as 'sex', or an intersection such as 'sex×age'.");
        }
        return parts;
    }

    private Grouping single(String attribute) {
        Grouping built = singles.get(attribute);
        if (built == null) {
            built = buildSingle(attribute);
            singles.putIfAbsent(attribute, built);
        }
        return built;
    }

    private Grouping buildSingle(String attribute) {
        AttributeColumn raw = values.get(attribute);
        if (raw == null) {
            throw new InputException("Unknown attribute '" + attribute + "'. Known attributes: " + values.keySet()
                    + ". Add it to <attributes> and make sure the test set has that column.");
        }
        AttributeSpec spec = specs.get(attribute);
        return spec != null && spec.isBinned() ? binned(attribute, raw, spec.binEdges()) : categorical(attribute, raw);
    }

    /**
     * A cell as a group value: surrounding white space is no part of it (" M" is "M"), and a cell of white space
     * is no value. The manifest and the predictions CSV both reach the groups here.
     */
    static String value(String cell) {
        return cell == null ? "" : cell.strip();
    }

    /**
     * Groups named by the distinct values, sorted by name. Each distinct text is looked at once; a row costs one
     * array look-up of its code ({@link AttributeColumn#mapped}).
     */
    private static Grouping categorical(String attribute, AttributeColumn column) {
        List<String> distinct = column.values();
        TreeSet<String> names = new TreeSet<>();
        for (String cell : distinct) {
            if (!value(cell).isEmpty()) {
                names.add(value(cell));
            }
        }
        List<String> groupNames = new ArrayList<>(names);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < groupNames.size(); i++) {
            index.put(groupNames.get(i), i);
        }
        int[] groupOfValue = new int[distinct.size()];
        for (int d = 0; d < groupOfValue.length; d++) {
            String v = value(distinct.get(d));
            groupOfValue[d] = v.isEmpty() ? Grouping.NO_GROUP : index.get(v);
        }
        return new Grouping(attribute, groupNames, column.mapped(groupOfValue));
    }

    /**
     * Rows binned by value: each distinct text is binned once, and a row costs one array look-up of its code. When
     * a text is in error, the first row that has it is reported, as a pass in row order would.
     */
    private Grouping binned(String attribute, AttributeColumn column, List<Double> edges) {
        List<String> distinct = column.values();
        int[] binOfValue = new int[distinct.size()];
        boolean inError = false;
        for (int d = 0; d < binOfValue.length; d++) {
            binOfValue[d] = bin(distinct.get(d), edges);
            inError |= binOfValue[d] == IN_ERROR;
        }
        if (inError) {
            int[] identity = new int[distinct.size()];
            Arrays.setAll(identity, d -> d);
            int[] valueOf = column.mapped(identity);
            for (int row = 0; row < valueOf.length; row++) {
                if (binOfValue[valueOf[row]] == IN_ERROR) {
                    throw binError(attribute, distinct.get(valueOf[row]), edges, row);
                }
            }
        }
        return new Grouping(attribute, binNames(edges), column.mapped(binOfValue));
    }

    /** The bin of a cell, {@link Grouping#NO_GROUP} for no value, or {@link #IN_ERROR}. */
    private static int bin(String cell, List<Double> edges) {
        if (value(cell).isEmpty()) {
            return Grouping.NO_GROUP;
        }
        double x = number(cell);
        if (Double.isNaN(x) || x < edges.get(0)) {
            return IN_ERROR;
        }
        int bin = 0;
        while (bin + 1 < edges.size() && x >= edges.get(bin + 1)) {
            bin++;
        }
        return bin;
    }

    /** The message of a cell {@link #bin} puts {@link #IN_ERROR}, at its row. */
    private InputException binError(String attribute, String cell, List<Double> edges, int row) {
        if (Double.isNaN(number(cell))) {
            return new InputException(rowLocation.apply(row) + ", column '" + attribute + "': expected a number, "
                    + "found '" + cell + "'. Fix the value, or remove the bins of '" + attribute + "' to treat it as "
                    + "categorical.");
        }
        return new InputException(rowLocation.apply(row) + ", column '" + attribute + "': " + cell
                + " is below the first bin edge " + formatEdge(edges.get(0))
                + ". Lower the first edge in <bins> or fix the value.");
    }

    /** The finite number a cell holds, or NaN. */
    private static double number(String text) {
        try {
            double x = Double.parseDouble(text.trim());
            return Double.isFinite(x) ? x : Double.NaN;
        } catch (NumberFormatException notANumber) {
            return Double.NaN;
        }
    }

    /** Names {@code 0-20}, {@code 20-40}, ..., {@code 80+} for edges 0,20,40,60,80. */
    static List<String> binNames(List<Double> edges) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            names.add(i + 1 < edges.size()
                    ? formatEdge(edges.get(i)) + "-" + formatEdge(edges.get(i + 1))
                    : formatEdge(edges.get(i)) + "+");
        }
        return names;
    }

    private static String formatEdge(double edge) {
        return edge == Math.rint(edge) ? Long.toString((long) edge) : Double.toString(edge);
    }
}
