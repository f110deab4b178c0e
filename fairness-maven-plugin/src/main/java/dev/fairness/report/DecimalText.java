package dev.fairness.report;

import java.util.Locale;

/**
 * A number with a fixed number of decimals, exactly the text {@code String.format(Locale.ROOT, "%.3f", value)}
 * gives, without a {@code Formatter} per number: a cold build paid for one per table cell, chart label and metric
 * line (a {@code Formatter} parses its pattern with a regular expression and looks up the locale's symbols each
 * time). The formatter rounds the shortest decimal digits of the double ({@link Double#toString}) half up at the
 * last kept decimal; so does this, by hand. Where those digits could differ from the formatter's own (a value
 * {@code toString} writes with an exponent, below 0.001 or from 10^7 on, NaN and the infinities, and a 16- or
 * 17-digit text that is a few units in its last digit from a half at the rounding digit), the formatter writes it.
 */
public final class DecimalText {
    private DecimalText() {
    }

    /** {@code value} with {@code decimals} decimals (1 to 9), {@code .} as the separator. */
    public static String fixed(double value, int decimals) {
        String shortest = Double.toString(value);
        int point = shortest.indexOf('.');
        if (point < 0 || shortest.indexOf('E') >= 0) {
            return formatted(value, decimals);
        }
        int fraction = shortest.length() - point - 1;
        if (fraction <= decimals) { // short enough already: pad with zeros
            StringBuilder text = new StringBuilder(point + 1 + decimals).append(shortest);
            for (int i = fraction; i < decimals; i++) {
                text.append('0');
            }
            return text.toString();
        }
        char rounding = shortest.charAt(point + 1 + decimals);
        if (nearHalf(shortest, point + 1 + decimals) && significantDigits(shortest) >= 16) {
            return formatted(value, decimals);
        }
        if (rounding < '5') {
            return shortest.substring(0, point + 1 + decimals);
        }
        return roundedUp(shortest, point, decimals);
    }

    /** {@code text} cut after {@code decimals} decimals and raised by one in the last of them (carrying). */
    private static String roundedUp(String text, int point, int decimals) {
        char[] digits = (text.substring(0, point) + text.substring(point + 1, point + 1 + decimals)).toCharArray();
        int i = digits.length - 1;
        while (i >= 0 && digits[i] == '9') {
            digits[i--] = '0';
        }
        String all;
        if (i >= 0 && digits[i] != '-') {
            digits[i]++;
            all = new String(digits);
        } else { // 9.96 -> 10.0, -9.96 -> -10.0: one more digit
            int sign = i >= 0 ? 1 : 0;
            all = new String(digits, 0, sign) + "1" + new String(digits, sign, digits.length - sign);
        }
        int integer = all.length() - decimals;
        return all.substring(0, integer) + "." + all.substring(integer);
    }

    /**
     * Whether the digits from {@code at} on could read as just under or just over a half in another 16- or 17-digit
     * text of the same double (which differs in the last digit or two): {@code 4} then nines or {@code 5} then
     * zeros, the last digit aside, or too few digits to tell.
     */
    private static boolean nearHalf(String text, int at) {
        char rounding = text.charAt(at);
        if (rounding != '4' && rounding != '5') {
            return false;
        }
        char filler = rounding == '4' ? '9' : '0';
        for (int i = at + 1; i < text.length() - 1; i++) {
            if (text.charAt(i) != filler) {
                return false;
            }
        }
        return true;
    }

    /** Digits from the first non-zero one on, the point not counted. */
    private static int significantDigits(String text) {
        int count = 0;
        boolean leading = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '1' && c <= '9') {
                leading = false;
            }
            if (c >= '0' && c <= '9' && !leading) {
                count++;
            }
        }
        return count;
    }

    private static String formatted(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
