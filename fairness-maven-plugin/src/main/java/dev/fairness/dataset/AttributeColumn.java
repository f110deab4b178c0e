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
 */
public final class AttributeColumn {
    private int[] codes;
    private List<String> values;
    private String[] texts;

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

    public int size() {
        return codes != null ? codes.length : texts.length;
    }

    /** Per row, the index of its text in {@link #values()}. Not copied: do not modify. */
    public synchronized int[] codes() {
        if (codes == null) {
            code();
        }
        return codes;
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
            String[] made = new String[codes.length];
            String[] distinct = values.toArray(String[]::new);
            for (int row = 0; row < made.length; row++) {
                made[row] = distinct[codes[row]];
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
