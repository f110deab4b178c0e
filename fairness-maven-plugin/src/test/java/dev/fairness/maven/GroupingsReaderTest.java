package dev.fairness.maven;

import static dev.fairness.maven.ConfigurationFixture.messageFor;
import static dev.fairness.maven.ConfigurationFixture.rule;
import static dev.fairness.maven.ConfigurationFixture.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fairness.engine.Groupings;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code <attributes>}, {@code <bins>}, {@code <intersections>}, {@code <minGroupSize>}, {@code <minClassCount>}. */
class GroupingsReaderTest {

    @Test
    void binsIntersectionsAndMinimumsAreCarriedIntoTheSpec() {
        Configuration c = valid();
        c.bins = Map.of("age", "0, 40,80");
        c.intersections = List.of("sex*age");
        c.minGroupSize = 5;
        c.minClassCount = 0;

        assertEquals(Groupings.of("sex", "age").withBins("age", 0.0, 40.0, 80.0).withIntersections("sex*age")
                .withMinGroupSize(5).withMinClassCount(0), SpecReader.spec(c).groupings());
    }

    @Test
    void aBinsKeyInAnotherCaseNamesTheAttributes() {
        assertEquals("<bins><Age> names no attribute. The attributes are sex, age (names are case-sensitive). Rename "
                + "it to the attribute whose values it bins, or add 'Age' to <attributes>.",
                messageFor(c -> c.bins = Map.of("Age", "0,60")));
    }

    @Test
    void aBinsKeyWithoutAnyAttributeSaysThereIsNone() {
        assertEquals("<bins><age> names no attribute. The attributes are none (names are case-sensitive). Rename it "
                + "to the attribute whose values it bins, or add 'age' to <attributes>.", messageFor(c -> {
                    c.attributes = null;
                    c.bins = Map.of("age", "0,60");
                }));
    }

    @Test
    void aBinsKeyMayNameAnAttributeThatOnlyARuleOrIntersectionGroups() {
        Configuration c = valid();
        c.attributes = null;
        c.intersections = List.of("sex×view");
        c.rules = List.of(rule("tpr", "age", 0.1));
        c.bins = Map.of("age", "0,60", "view", "0,1");

        assertEquals(2, SpecReader.spec(c).groupings().bins().size());
    }

    @Test
    void decreasingBinEdgesAreRejected() {
        assertEquals("<bins><age> must be increasing numbers separated by commas, e.g. 0,20,40,60,80; found '0,60,40'.",
                messageFor(c -> c.bins = Map.of("age", "0,60,40")));
    }

    @Test
    void aBinEdgeThatIsNoNumberIsRejected() {
        assertEquals("<bins><age> must be increasing numbers separated by commas, e.g. 0,20,40,60,80; found '0;60'.",
                messageFor(c -> c.bins = Map.of("age", "0;60")));
    }

    @Test
    void anInfiniteBinEdgeIsRejected() {
        assertEquals("<bins><age> must be increasing numbers separated by commas, e.g. 0,20,40,60,80; found "
                + "'0,Infinity'.", messageFor(c -> c.bins = Map.of("age", "0,Infinity")));
    }

    @Test
    void anAttributeListedTwiceIsRejectedOnThePredictionsPathToo() {
        assertEquals("Invalid <attributes>: 'sex' is listed twice. List each attribute column once.",
                messageFor(c -> c.attributes = List.of("sex", " sex")));
    }

    @Test
    void attributeNamesAreTrimmed() {
        Configuration c = valid();
        c.attributes = List.of(" sex ", "age");

        assertEquals(List.of("sex", "age"), SpecReader.spec(c).groupings().attributes());
    }

    @Test
    void aNegativeMinGroupSizeIsRejected() {
        assertEquals("<minGroupSize> must be 0 (no minimum) or a number of samples such as 30; found -1.",
                messageFor(c -> c.minGroupSize = -1));
    }

    @Test
    void aNegativeMinClassCountIsRejected() {
        assertEquals("<minClassCount> must be 0 (no minimum) or a number of cases such as 10; found -5.",
                messageFor(c -> c.minClassCount = -5));
    }
}
