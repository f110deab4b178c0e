package dev.fairness.dataset;

import java.util.Locale;

/**
 * Reads a yes/no cell the way people write them in spreadsheets: {@code 1/0}, {@code true/false},
 * {@code yes/no}, any case, surrounding spaces ignored. Anything else is not guessed at.
 */
final class TruthValue {
    private TruthValue() {
    }

    /** {@code TRUE}, {@code FALSE}, or {@code null} when the cell is none of the accepted spellings. */
    static Boolean parse(String cell) {
        switch (cell.trim().toLowerCase(Locale.ROOT)) {
            case "1":
            case "true":
            case "yes":
                return Boolean.TRUE;
            case "0":
            case "false":
            case "no":
                return Boolean.FALSE;
            default:
                return null;
        }
    }
}
