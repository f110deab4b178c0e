package dev.fairness;

import dev.fairness.gate.MissingPolicy;
import dev.fairness.gate.Rule;
import dev.fairness.metrics.GapMethod;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EnumIdsTest {

    private enum Colour {
        DARK_RED("darkRed"), BLUE("blue");

        private final String id;

        Colour(String id) {
            this.id = id;
        }

        String id() {
            return id;
        }
    }

    @Test
    void aConstantIsFoundByItsIdOrItsNameIgnoringCaseDashesUnderscoresAndSpaces() {
        for (String text : new String[] {"darkRed", "DARK_RED", "dark-red", "dark_red", " DarkRed ", "darkred"}) {
            assertSame(Colour.DARK_RED, EnumIds.find(Colour.class, Colour::id, text), text);
        }
        assertSame(Colour.BLUE, EnumIds.find(Colour.class, Colour::id, "Blue"));
    }

    @Test
    void anUnknownOrMissingNameFindsNothing() {
        assertNull(EnumIds.find(Colour.class, Colour::id, "green"));
        assertNull(EnumIds.find(Colour.class, Colour::id, ""));
        assertNull(EnumIds.find(Colour.class, Colour::id, null));
    }

    @Test
    void parsingAnUnknownNameThrowsTheEnumsOwnMessageWithTheValueAsWritten() {
        InputException e = assertThrows(InputException.class, () -> EnumIds.parse(Colour.class, Colour::id, " Green",
                v -> "Unknown <colour> '" + v + "'. Use " + EnumIds.names(Colour.class, Colour::id) + "."));
        assertEquals("Unknown <colour> ' Green'. Use darkRed, blue.", e.getMessage());
    }

    @Test
    void aBlankValueMeansTheDefaultOnlyWhereOneIsGiven() {
        assertSame(Colour.BLUE, EnumIds.parse(Colour.class, Colour::id, "  ", Colour.BLUE, v -> "unused"));
        assertSame(Colour.BLUE, EnumIds.parse(Colour.class, Colour::id, null, Colour.BLUE, v -> "unused"));
        assertSame(Colour.DARK_RED, EnumIds.parse(Colour.class, Colour::id, "dark-red", Colour.BLUE, v -> "unused"));
        InputException e = assertThrows(InputException.class,
                () -> EnumIds.parse(Colour.class, Colour::id, "", v -> "Unknown <colour> '" + v + "'."));
        assertEquals("Unknown <colour> ''.", e.getMessage());
    }

    @Test
    void gapAndOnMissingKeepTheirMessagesThroughTheSharedParser() {
        InputException gap = assertThrows(InputException.class, () -> Rule.parseGap("mean"));
        assertEquals("Unknown <gap> 'mean'. Use one of: difference, ratio, toOverall, toOverallRatio, toReference, "
                + "worst.", gap.getMessage());
        InputException missing = assertThrows(InputException.class, () -> MissingPolicy.parse("skip"));
        assertEquals("Unknown <onMissing> value 'skip'. Use fail, warn or ignore.", missing.getMessage());
        assertSame(GapMethod.TO_OVERALL_RATIO, Rule.parseGap("to_overall_ratio"));
        assertSame(MissingPolicy.IGNORE, MissingPolicy.parse(" Ignore "));
    }
}
