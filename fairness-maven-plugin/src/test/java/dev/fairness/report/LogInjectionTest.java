package dev.fairness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.fairness.engine.EvaluationResult;
import dev.fairness.gate.RuleMessages;
import dev.fairness.gate.RuleResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Group names are manifest (or predictions) cells: a quoted cell with a line break or an ANSI escape sequence must
 * reach the per-group table and the rule lines visibly escaped, never as a line or a terminal command of its own.
 */
class LogInjectionTest {

    @Test
    void groupNamesWithLineBreaksAndEscapeSequencesAreShownEscapedInTheTableAndTheRuleLines(@TempDir Path dir) {
        String[] groups = ReportFixtures.GROUP.clone();
        for (int i = 0; i < groups.length; i++) {
            groups[i] = switch (groups[i]) {
                case "b" -> "\"F\n[INFO] BUILD SUCCESS\"";
                case "c" -> "\"\u001b[2J\u0000M\"";
                default -> groups[i];
            };
        }
        EvaluationResult result = ReportFixtures.evaluate(ReportFixtures.predictions(dir, groups), 1,
                List.of(ReportFixtures.TPR_DIFFERENCE));

        List<String> lines = new ArrayList<>(LogTable.lines(result));
        for (RuleResult r : result.verdict().results()) {
            lines.add(r.isViolated() ? RuleMessages.violation(r) : RuleMessages.outcome(r));
        }

        for (String line : lines) {
            assertFalse(line.chars().anyMatch(c -> c < 0x20), "a control character reached the log: " + line);
        }
        assertEquals(List.of(
                "y by group (threshold 0.500):",
                "  group                         n    pos    neg    AUC    TPR    FPR    PPV     F1    ECE",
                "  \\u001b[2J\\u0000M              8      5      3  0.467  0.400  0.667  0.500  0.444  0.487",
                "  F\\n[INFO] BUILD SUCCESS       6      5      1  0.600  0.600  0.000  1.000  0.750  0.242",
                "  a                             4      2      2  0.250  0.500  1.000  0.333  0.400  0.375",
                "  overall                      18     12      6  0.472  0.500  0.667  0.600  0.545  0.325"),
                lines.subList(0, 6));
        assertEquals("Rule violated for label 'y', attribute 'group': TPR difference is 0.200, but expected maximum"
                + " is 0.100 ('F\\n[INFO] BUILD SUCCESS' 0.600, '\\u001b[2J\\u0000M' 0.400)",
                lines.get(lines.size() - 1));
    }
}
