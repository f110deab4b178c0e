package dev.fairness.groups;

import dev.fairness.InputException;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GroupingBuilderTest {
    private final Map<String, String[]> values = new LinkedHashMap<>();

    private GroupingBuilder builder(Map<String, AttributeSpec> specs) {
        return new GroupingBuilder(values, specs, row -> "manifest.csv, line " + (row + 2));
    }

    @Test
    void aBinnedValueInErrorIsReportedAtItsFirstRowAlsoAfterValidRowsOfTheSameText() {
        values.put("age", new String[]{"30", "30", " 41", "abc", "30", "abc"});
        AttributeSpec bins = new AttributeSpec("age", List.of(0.0, 40.0));

        InputException error = assertThrows(InputException.class, () -> builder(Map.of("age", bins)).build("age"));

        assertEquals("manifest.csv, line 5, column 'age': expected a number, found 'abc'. Fix the value, or remove the "
                + "bins of 'age' to treat it as categorical.", error.getMessage());
    }

    @Test
    void intersectionsOfManyRowsNumberOnlyTheCombinationsThatOccurInComponentOrder() {
        int n = 10_000;
        String[] sex = new String[n];
        String[] age = new String[n];
        java.util.Random random = new java.util.Random(2);
        for (int i = 0; i < n; i++) {
            sex[i] = random.nextInt(50) == 0 ? "" : random.nextBoolean() ? "M" : " F";
            age[i] = Integer.toString(random.nextInt(60)); // never 60 or more: the 60+ bin has no row
        }
        values.put("sex", sex);
        values.put("age", age);
        GroupingBuilder builder = builder(Map.of("age", new AttributeSpec("age", List.of(0.0, 20.0, 40.0, 60.0))));

        Grouping g = builder.build("sex×age");

        assertEquals(List.of("F×0-20", "F×20-40", "F×40-60", "M×0-20", "M×20-40", "M×40-60"), g.groupNames());
        for (int i = 0; i < n; i++) {
            int expected = sex[i].isEmpty() ? Grouping.NO_GROUP
                    : (sex[i].equals("M") ? 3 : 0) + Integer.parseInt(age[i]) / 20;
            assertEquals(expected, g.groupOf()[i], "row " + i);
        }
    }

    @Test
    void categoricalGroupsAreSortedByNameAndEmptyValuesBelongToNoGroup() {
        values.put("sex", new String[]{"M", "F", "", "M"});
        Grouping g = builder(Map.of()).build("sex");
        assertEquals(List.of("F", "M"), g.groupNames());
        assertArrayEquals(new int[]{1, 0, Grouping.NO_GROUP, 1}, g.groupOf());
    }

    @Test
    void categoricalValuesAreTrimmedSoThatAPaddedValueJoinsItsGroup() {
        values.put("sex", new String[]{"M", " M", "F\t", " F "});
        Grouping g = builder(Map.of()).build("sex");
        assertEquals(List.of("F", "M"), g.groupNames());
        assertArrayEquals(new int[]{1, 1, 0, 0}, g.groupOf());
    }

    @Test
    void aCategoricalCellOfWhiteSpaceIsNoValue() {
        values.put("sex", new String[]{"M", "   ", "\t"});
        Grouping g = builder(Map.of()).build("sex");
        assertEquals(List.of("M"), g.groupNames());
        assertArrayEquals(new int[]{0, Grouping.NO_GROUP, Grouping.NO_GROUP}, g.groupOf());
    }

    @Test
    void aBinnedCellOfWhiteSpaceIsNoValue() {
        values.put("age", new String[]{" 40 ", "  "});
        Grouping g = builder(Map.of("age", new AttributeSpec("age", List.of(0.0, 60.0)))).build("age");
        assertArrayEquals(new int[]{0, Grouping.NO_GROUP}, g.groupOf());
    }

    @Test
    void numericValuesAreBinnedLowerEdgeInclusive() {
        values.put("age", new String[]{"0", "19.9", "20", "59", "60", "95"});
        Grouping g = builder(Map.of("age", new AttributeSpec("age", List.of(0.0, 20.0, 60.0)))).build("age");
        assertEquals(List.of("0-20", "20-60", "60+"), g.groupNames());
        assertArrayEquals(new int[]{0, 0, 1, 1, 2, 2}, g.groupOf());
    }

    @Test
    void aNonNumericValueOfABinnedAttributeNamesFileLineAndColumn() {
        values.put("age", new String[]{"40", "sixty"});
        InputException e = assertThrows(InputException.class,
                () -> builder(Map.of("age", new AttributeSpec("age", List.of(0.0, 60.0)))).build("age"));
        assertEquals("manifest.csv, line 3, column 'age': expected a number, found 'sixty'. Fix the value, "
                + "or remove the bins of 'age' to treat it as categorical.", e.getMessage());
    }

    @Test
    void aValueBelowTheFirstEdgeIsAnError() {
        values.put("age", new String[]{"-1"});
        InputException e = assertThrows(InputException.class,
                () -> builder(Map.of("age", new AttributeSpec("age", List.of(0.0, 60.0)))).build("age"));
        assertEquals("manifest.csv, line 2, column 'age': -1 is below the first bin edge 0. Lower the first edge "
                + "in <bins> or fix the value.", e.getMessage());
    }

    @Test
    void intersectionsKeepComponentOrderAndLeaveOutRowsMissingAnyPart() {
        values.put("sex", new String[]{"M", "F", "F", ""});
        values.put("age", new String[]{"70", "30", "80", "50"});
        Grouping g = builder(Map.of("age", new AttributeSpec("age", List.of(0.0, 60.0)))).build("sex*age");
        assertEquals("sex×age", g.name());
        assertEquals(List.of("F×0-60", "F×60+", "M×60+"), g.groupNames());
        assertArrayEquals(new int[]{2, 0, 1, Grouping.NO_GROUP}, g.groupOf());
    }

    @Test
    void anUnknownAttributeListsTheKnownOnes() {
        values.put("sex", new String[]{"M"});
        InputException e = assertThrows(InputException.class, () -> builder(Map.of()).build("race"));
        assertEquals("Unknown attribute 'race'. Known attributes: [sex]. Add it to <attributes> and make sure the "
                + "test set has that column.", e.getMessage());
    }
}
