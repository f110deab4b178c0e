package dev.fairness.dataset;

/**
 * A plain decimal such as {@code 0.955757} read from its bytes to the same {@code double} as
 * {@link Double#parseDouble}: with at most 15 significant digits the digits and the power of ten are both exact
 * doubles, so one division, rounded once by IEEE 754, gives the correctly rounded value parseDouble gives (Clinger's
 * fast path). Everything else — signs, exponents, more digits, spaces — is left to parseDouble.
 */
final class DecimalBytes {
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
        1e19, 1e20, 1e21, 1e22};
    private static final int MAX_DIGITS = 15;

    private DecimalBytes() {
    }

    /** The value of {@code bytes[start, end)}, or NaN when it is not a plain decimal of at most 15 digits. */
    static double parse(byte[] bytes, int start, int end) {
        long digits = 0;
        int count = 0;
        int fraction = -1; // digits after the point, -1 before it
        for (int i = start; i < end; i++) {
            int b = bytes[i];
            if (b >= '0' && b <= '9') {
                digits = digits * 10 + (b - '0');
                count++;
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (b == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return Double.NaN;
            }
        }
        if (count == 0 || count > MAX_DIGITS) {
            return Double.NaN;
        }
        return fraction <= 0 ? (double) digits : digits / POWERS_OF_TEN[fraction];
    }
}
