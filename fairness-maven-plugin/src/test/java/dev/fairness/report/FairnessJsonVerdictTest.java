package dev.fairness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verdict.passed} is the gate's outcome; {@code verdict.allMet} is true only when every rule was met. */
class FairnessJsonVerdictTest {
    @TempDir
    Path dir;

    @Test
    void aRuleThatCouldNotBeEvaluatedPassesTheGateButIsNotAllMet() {
        // every group is below the minimum size 10: the rule is undetermined under the default onMissing=warn
        ObjectNode json = FairnessJson.toJson(ReportFixtures.fairlearn(dir, 10, ReportFixtures.TPR_DIFFERENCE).result());

        assertEquals("{\"passed\":true,\"allMet\":false,\"rules\":1,\"met\":0,\"violated\":0,\"undetermined\":1}",
                json.get("verdict").toString());
    }

    @Test
    void everyRuleMetIsAllMet() {
        ObjectNode json = FairnessJson.toJson(
                ReportFixtures.fairlearn(dir, 1, ReportFixtures.SELECTION_RATE_DIFFERENCE).result());

        assertEquals("{\"passed\":true,\"allMet\":true,\"rules\":1,\"met\":1,\"violated\":0,\"undetermined\":0}",
                json.get("verdict").toString());
    }

    @Test
    void aViolatedRuleIsNeitherPassedNorAllMet() {
        ObjectNode json = FairnessJson.toJson(ReportFixtures.fairlearn(dir, 1, ReportFixtures.TPR_DIFFERENCE,
                ReportFixtures.SELECTION_RATE_DIFFERENCE).result());

        assertEquals("{\"passed\":false,\"allMet\":false,\"rules\":2,\"met\":1,\"violated\":1,\"undetermined\":0}",
                json.get("verdict").toString());
    }
}
