package dev.fairness.report;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * When an evaluation ran, as the result files and the report write it: the texts of {@code Instant.toString()} and
 * of the pattern {@code yyyy-MM-dd HH:mm:ss 'UTC'}, built from the instant's UTC date and time fields. Not by
 * {@code java.time.format}: its first use builds the JDK's formatters, about 150 classes and 15–35 ms of CPU on a
 * cold JVM, for three timestamps (performance.md).
 */
public final class UtcTimestamp {
    private UtcTimestamp() {
    }

    /** Exactly {@code instant.toString()}: {@code 2026-12-06T22:35:05Z}, a fraction in groups of three digits. */
    public static String iso(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        if (t.getYear() < 0 || t.getYear() > 9999) {
            return instant.toString(); // a sign or a fifth digit: rare enough for the JDK's formatter
        }
        StringBuilder text = new StringBuilder(30);
        date(text, t).append('T');
        time(text, t);
        int nano = instant.getNano();
        if (nano > 0) {
            text.append('.');
            if (nano % 1_000_000 == 0) {
                digits(text, nano / 1_000_000, 3);
            } else if (nano % 1_000 == 0) {
                digits(text, nano / 1_000, 6);
            } else {
                digits(text, nano, 9);
            }
        }
        return text.append('Z').toString();
    }

    /** Exactly {@code instant.truncatedTo(ChronoUnit.SECONDS).toString()}. */
    public static String isoSeconds(Instant instant) {
        return iso(Instant.ofEpochSecond(instant.getEpochSecond()));
    }

    /** {@code 2026-12-06 22:35:05 UTC}: the report's words for the time of the run (years 1 to 9999). */
    public static String readable(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        StringBuilder text = new StringBuilder(23);
        date(text, t).append(' ');
        return time(text, t).append(" UTC").toString();
    }

    private static StringBuilder date(StringBuilder text, LocalDateTime t) {
        digits(text, t.getYear(), 4).append('-');
        digits(text, t.getMonthValue(), 2).append('-');
        return digits(text, t.getDayOfMonth(), 2);
    }

    private static StringBuilder time(StringBuilder text, LocalDateTime t) {
        digits(text, t.getHour(), 2).append(':');
        digits(text, t.getMinute(), 2).append(':');
        return digits(text, t.getSecond(), 2);
    }

    /** {@code value} (not negative) with leading zeros to {@code width} digits. */
    private static StringBuilder digits(StringBuilder text, int value, int width) {
        String plain = Integer.toString(value);
        for (int i = plain.length(); i < width; i++) {
            text.append('0');
        }
        return text.append(plain);
    }
}
