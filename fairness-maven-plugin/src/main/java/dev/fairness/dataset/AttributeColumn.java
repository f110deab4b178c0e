package dev.fairness.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One attribute's values, one per row, as codes into the column's distinct texts: the groupings look each distinct
 * text up once, not once per row. A reader that meets each distinct value once (a byte dictionary) gives the codes
 * directly and the per-row texts are made only if a step asks for them; texts given row by row are coded on the
 * first call of {@link #codes}. Code order is the order in which values first appear in the rows, so it never
 * depends on how many threads read the file.
 *
 * <p>A file read in parts keeps each part's own codes ({@link #ofParts}): a part's rows are translated to the
 * file's codes only when they are mapped ({@link #mapped}), in the same pass that gives each row its group, so the
 * read needs no pass of its own over the rows to merge the parts' codes.
 */
public final class AttributeColumn {
    private int[] codes;
    private List<String> values;
    private String[] texts;
    /** Where each part's rows start (and, last, the rows), for codes still in their part's numbering. */
    private int[] partStarts;
    /** Per part, its rows' codes in its own numbering. */
    private List<PartCodes> parts;
    /** Per part, the file's code of each of the part's codes; null for a part whose codes are the file's. */
    private int[][] partCodes;

    private AttributeColumn(int[] codes, List<String> values, String[] texts) {
        this.codes = codes;
        this.values = values;
        this.texts = texts;
    }

    /** The texts of the rows (not copied); an absent value may be null or empty, both read as no value. */
    public static AttributeColumn ofTexts(String[] texts) {
        return new AttributeColumn(null, null, Objects.requireNonNull(texts, "texts"));
    }

    /**
     * Codes given by each part of a file in its own numbering.
     *
     * @param parts      per part, its rows' codes
     * @param partStarts where each part's rows start, then the number of rows
     * @param partCodes  per part, the index in {@code values} of each of its codes; null where they are the same
     */
    static AttributeColumn ofParts(List<PartCodes> parts, List<String> values, int[] partStarts,
                                   int[][] partCodes) {
        AttributeColumn column = new AttributeColumn(null, List.copyOf(values), null);
        column.parts = List.copyOf(parts);
        column.partStarts = partStarts.clone();
        column.partCodes = partCodes.clone();
        return column;
    }

    public synchronized int size() {
        return parts != null ? partStarts[parts.size()] : codes != null ? codes.length : texts.length;
    }

    /** Per row, the index of its text in {@link #values()}. Not copied: do not modify. */
    public synchronized int[] codes() {
        if (parts != null) {
            int[] identity = new int[values.size()];
            java.util.Arrays.setAll(identity, value -> value);
            codes = mapped(identity);
            parts = null;
            partStarts = null;
            partCodes = null;
        }
        if (codes == null) {
            code();
        }
        return codes;
    }

    /**
     * Per row, {@code ofValue[v]} for the row's value {@code v} (its index in {@link #values()}): a row's group,
     * say, from each distinct value's. One pass over the rows, in a small loop per part.
     */
    public synchronized int[] mapped(int[] ofValue) {
        if (parts == null) {
            int[] all = codes();
            int[] mapped = new int[all.length];
            map(all, ofValue, mapped, 0, all.length);
            return mapped;
        }
        int[] mapped = new int[size()];
        for (int k = 0; k < parts.size(); k++) {
            int[] ofPartCode = ofValue;
            if (partCodes[k] != null) {
                ofPartCode = new int[partCodes[k].length];
                for (int c = 0; c < ofPartCode.length; c++) {
                    ofPartCode[c] = ofValue[partCodes[k][c]];
                }
            }
            int rows = partStarts[k + 1] - partStarts[k];
            if (parts.get(k).small() != null) {
                map(parts.get(k).small(), ofPartCode, mapped, partStarts[k], rows);
            } else {
                map(parts.get(k).wide(), ofPartCode, mapped, partStarts[k], rows);
            }
        }
        return mapped;
    }

    /** Small loops of their own: a cold JVM compiles each early, and once for every attribute and part. */
    private static void map(int[] codes, int[] ofCode, int[] mapped, int at, int rows) {
        for (int row = 0; row < rows; row++) {
            mapped[at + row] = ofCode[codes[row]];
        }
    }

    private static void map(byte[] codes, int[] ofCode, int[] mapped, int at, int rows) {
        for (int row = 0; row < rows; row++) {
            mapped[at + row] = ofCode[codes[row] & 0xFF];
        }
    }

    /** The distinct texts, in the order they first appear (a null text is given as the empty one). */
    public synchronized List<String> values() {
        if (values == null) {
            code();
        }
        return values;
    }

    /** The text of each row. Not copied: do not modify. */
    public synchronized String[] texts() {
        if (texts == null) {
            int[] merged = codes();
            String[] made = new String[merged.length];
            String[] distinct = values.toArray(String[]::new);
            for (int row = 0; row < made.length; row++) {
                made[row] = distinct[merged[row]];
            }
            texts = made;
        }
        return texts;
    }

    private void code() {
        Map<String, Integer> index = new HashMap<>();
        List<String> distinct = new ArrayList<>();
        int[] made = new int[texts.length];
        for (int row = 0; row < texts.length; row++) {
            String text = texts[row] == null ? "" : texts[row];
            Integer known = index.get(text);
            if (known == null) {
                known = distinct.size();
                index.put(text, known);
                distinct.add(text);
            }
            made[row] = known;
        }
        codes = made;
        values = List.copyOf(distinct);
    }
}
