package dev.fairness.dataset;

import java.util.regex.Pattern;

/**
 * Keeps text cells of a written CSV from being run as formulas when the file is opened in a spreadsheet (CSV or
 * formula injection): a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * is written with a {@code '} in front, which spreadsheets take as "this is text" (OWASP's advice; the CSV writer
 * then quotes it, as it quotes every cell holding a {@code '}). A plain decimal number such as {@code -3} or
 * {@code -0.25} is left as it is: a spreadsheet reads it as that number, not as a formula.
 *
 * <p>{@link #restore} undoes {@link #neutralise} exactly, so the plugin reads its own files back unchanged. To keep
 * that exact, a cell that already starts with {@code '} followed by what would be neutralised gets one more
 * {@code '} too ({@code '=x} is written {@code ''=x}).
 */
final class SpreadsheetText {
    /** The same plain decimal number as the predictions reader accepts for a score. */
    static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final char MARK = '\'';
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    /** The text as it is written into a cell. */
    static String neutralise(String text) {
        return needsMark(text) ? MARK + text : text;
    }

    /** The text a cell written by {@link #neutralise} stood for; any other cell as it is. */
    static String restore(String cell) {
        return !cell.isEmpty() && cell.charAt(0) == MARK && needsMark(cell.substring(1)) ? cell.substring(1) : cell;
    }

    private static boolean needsMark(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == MARK) {
            start++;
        }
        if (start == text.length() || FORMULA_STARTS.indexOf(text.charAt(start)) < 0) {
            return false;
        }
        return !NUMBER.matcher(text).matches();
    }
}
