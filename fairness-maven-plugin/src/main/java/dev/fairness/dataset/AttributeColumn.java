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

    /** @param values the distinct texts, {@code values.get(codes[row])} being the text of a row */
    static AttributeColumn ofCodes(int[] codes, List<String> values) {
        return new AttributeColumn(Objects.requireNonNull(codes, "codes"), List.copyOf(values), null);
    }

    /**
     * Codes given by each part of a file in its own numbering.
     *
     * @param partStarts where each part's rows start in {@code codes}, then the number of rows
     * @param partCodes  per part, the index in {@code values} of each of its codes; null where they are the same
     */
    static AttributeColumn ofParts(int[] codes, List<String> values, int[] partStarts, int[][] partCodes) {
        AttributeColumn column = ofCodes(codes, values);
        column.partStarts = partStarts.clone();
        column.partCodes = partCodes.clone();
        return column;
    }

    public int size() {
        return codes != null ? codes.length : texts.length;
    }

    /** Per row, the index of its text in {@link #values()}. Not copied: do not modify. */
    public synchronized int[] codes() {
        if (codes == null) {
            code();
        }
        if (partCodes != null) {
            int[] identity = new int[values.size()];
            java.util.Arrays.setAll(identity, value -> value);
            codes = mapped(identity);
            partStarts = null;
            partCodes = null;
        }
        return codes;
    }

    /**
     * Per row, {@code ofValue[v]} for the row's value {@code v} (its index in {@link #values()}): a row's group,
     * say, from each distinct value's. One pass over the rows, in a small loop per part.
     */
    public synchronized int[] mapped(int[] ofValue) {
        if (codes == null) {
            code();
        }
        int[] mapped = new int[codes.length];
        if (partCodes == null) {
            map(codes, ofValue, mapped, 0, codes.length);
            return mapped;
        }
        for (int k = 0; k < partCodes.length; k++) {
            int[] ofPartCode = ofValue;
            if (partCodes[k] != null) {
                ofPartCode = new int[partCodes[k].length];
                for (int c = 0; c < ofPartCode.length; c++) {
                    ofPartCode[c] = ofValue[partCodes[k][c]];
                }
            }
            map(codes, ofPartCode, mapped, partStarts[k], partStarts[k + 1]);
        }
        return mapped;
    }

    /** A small loop of its own: a cold JVM compiles it early, and once for every attribute and part. */
    private static void map(int[] codes, int[] ofCode, int[] mapped, int from, int to) {
        for (int row = from; row < to; row++) {
            mapped[row] = ofCode[codes[row]];
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
