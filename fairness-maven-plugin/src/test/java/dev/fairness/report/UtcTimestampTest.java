package dev.fairness.report;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The result files' and the report's timestamps are, character for character, what the JDK's formatters write. */
class UtcTimestampTest {
    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Test
    void writesEveryInstantAsInstantToStringDoes() {
        for (Instant instant : instants()) {
            assertEquals(instant.toString(), UtcTimestamp.iso(instant));
        }
    }

    @Test
    void writesEveryInstantTruncatedToSecondsAsInstantToStringDoes() {
        for (Instant instant : instants()) {
            assertEquals(instant.truncatedTo(ChronoUnit.SECONDS).toString(), UtcTimestamp.isoSeconds(instant));
        }
    }

    @Test
    void writesTheReportsTimeAsTheFormatterOfItsPatternDoes() {
        for (Instant instant : instants()) {
            if (!instant.isBefore(Instant.parse("0001-01-01T00:00:00Z"))
                    && instant.isBefore(Instant.parse("+10000-01-01T00:00:00Z"))) { // the years it writes
                assertEquals(READABLE.format(instant), UtcTimestamp.readable(instant));
            }
        }
    }

    @Test
    void writesAFractionInGroupsOfThreeDigitsAndNoneForWholeSeconds() {
        assertEquals("2026-12-06T22:00:00Z", UtcTimestamp.iso(Instant.parse("2026-12-06T22:00:00Z")));
        assertEquals("2026-12-06T22:35:05.100Z", UtcTimestamp.iso(Instant.parse("2026-12-06T22:35:05.1Z")));
        assertEquals("2026-12-06T22:35:05.000100Z", UtcTimestamp.iso(Instant.parse("2026-12-06T22:35:05.0001Z")));
        assertEquals("2026-12-06T22:35:05.000000001Z",
                UtcTimestamp.iso(Instant.parse("2026-12-06T22:35:05.000000001Z")));
        assertEquals("2026-12-06 22:35:05 UTC", UtcTimestamp.readable(Instant.parse("2026-12-06T22:35:05.999Z")));
    }

    /** Edges (epoch, leap day, ends of years, before 1970, years with a sign or five digits) and random instants. */
    private static List<Instant> instants() {
        List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.ofEpochSecond(-1),
                Instant.parse("2024-02-29T23:59:59.999999999Z"), Instant.parse("1999-12-31T23:59:59Z"),
                Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.5Z"),
                Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("-0001-06-01T12:00:00.25Z"), Instant.now()));
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            long second = random.nextLong(-62_135_596_800L, 253_402_300_800L); // years 1 to 9999
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            instants.add(Instant.ofEpochSecond(second, nano));
        }
        return instants;
    }
}
