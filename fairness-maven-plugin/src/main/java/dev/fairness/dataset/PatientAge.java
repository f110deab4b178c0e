package dev.fairness.dataset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DICOM Patient's Age (0010,1010; value representation AS: three digits and a unit, e.g. {@code 061Y}) as years
 * with a decimal fraction, so that it bins like a numeric manifest column: {@code Y} years as they are,
 * {@code M} months / 12, {@code W} weeks × 7 / 365.25, {@code D} days / 365.25; rounded to 4 decimals, trailing
 * zeros removed ({@code 061Y} → {@code 61}, {@code 006M} → {@code 0.5}, {@code 010W} → {@code 0.1916},
 * {@code 003D} → {@code 0.0082}).
 */
public final class PatientAge {
    private static final Pattern AS = Pattern.compile("(\\d{1,3})\\s*([DWMY])");
    private static final BigDecimal DAYS_PER_YEAR = new BigDecimal("365.25");

    private PatientAge() {
    }

    /**
     * @return the age in years as text, or {@code null} when the value is not an AS age (the caller reports it)
     */
    public static String years(String value) {
        Matcher m = AS.matcher(value == null ? "" : value.trim());
        if (!m.matches()) {
            return null;
        }
        BigDecimal count = new BigDecimal(m.group(1));
        BigDecimal years = switch (m.group(2)) {
            case "Y" -> count;
            case "M" -> count.divide(BigDecimal.valueOf(12), 10, RoundingMode.HALF_EVEN);
            case "W" -> count.multiply(BigDecimal.valueOf(7)).divide(DAYS_PER_YEAR, 10, RoundingMode.HALF_EVEN);
            default -> count.divide(DAYS_PER_YEAR, 10, RoundingMode.HALF_EVEN);
        };
        BigDecimal rounded = years.setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }
}
