package dev.fairness.report.ci;

import dev.fairness.engine.EvaluationResult;
import dev.fairness.metrics.BootstrapSettings;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * summary.md read as GitHub reads a step summary: parsed by commonmark-java with the GitHub tables extension, and
 * its headings, list and tables checked cell by cell.
 */
class MarkdownSummaryTest {
    private static final List<Extension> GFM = List.of(TablesExtension.create());

    @TempDir
    Path dir;

    static Node parse(String markdown) {
        return Parser.builder().extensions(GFM).build().parse(markdown);
    }

    @Test
    void theSummaryHasTheVerdictTheViolatedRuleAndTheRulesTable() throws Exception {
        Path out = dir.resolve("out");
        CiFiles.write(CiFixtures.fairlearn(dir), out);
        Node document = parse(Files.readString(out.resolve(MarkdownSummary.NAME)));

        assertEquals(List.of("✗ Fairness checks not met", "Rules", "y by group (threshold 0.500)",
                "z by group (threshold 0.500)"), headings(document));
        BulletList violations = first(document, BulletList.class);
        assertEquals("Rule violated for label 'y', attribute 'group': TPR difference is 0.200 (95% CI 0.000–0.652), "
                + "but expected maximum is 0.100 ('b' 0.600, 'c' 0.400); inconclusive: the 95% CI straddles the "
                + "maximum, so this test set cannot decide the rule at its size; about 17 images per group would (the "
                + "smallest group, n = 4, scaled by (distance from the value to the CI bound beyond the limit 0.200 / "
                + "to the limit 0.100)²)", text(violations));
        List<List<String>> rules = tables(document).get(0);
        assertEquals(List.of("#", "Status", "Rule", "Label", "Attribute", "Value (CI)", "Limit", "gateOn", "Groups compared"),
                rules.get(0));
        assertEquals(List.of("1", "✗ violated", "TPR difference", "y", "group", "0.200 (0.000–0.652)", "≤ 0.100", "point",
                "b 0.600, c 0.400"), rules.get(1));
        assertEquals(List.of("2", "? undetermined", "TPR difference", "z", "group",
                "n/a (fewer than 2 groups with a defined value (0 of 0))", "≤ 0.100", "point", "–"), rules.get(2));
        assertEquals(5, rules.size(), "a header and four rules");
    }

    @Test
    void theGroupTablesShowTheKeyNumbersWithIntervalsAndUndefinedAsNotApplicable() {
        String markdown = MarkdownSummary.render(CiFixtures.fairlearn(dir), RuleCase.of(CiFixtures.fairlearn(dir)));
        List<List<List<String>>> tables = tables(parse(markdown));

        List<List<String>> y = tables.get(1);
        assertEquals(List.of("Group", "n", "positives", "AUC", "TPR", "FPR", "selection rate"), y.get(0));
        // counted rates with their Wilson intervals (6 of 12, 4 of 6, 10 of 18; 3 of 5, 0 of 1, 3 of 6), AUC bootstrap
        assertEquals(List.of("all samples", "18", "12", "0.472 (0.222–0.722)", "0.500 (0.254–0.746)",
                "0.667 (0.300–0.903)", "0.556 (0.337–0.754)"), y.get(1));
        assertEquals(List.of("b", "6", "5", "0.600 (0.200–1.000)", "0.600 (0.231–0.882)", "0.000 (0.000–0.793)",
                "0.500 (0.188–0.812)"), y.get(3));
        List<List<String>> z = tables.get(2);
        assertEquals(List.of("a", "4", "0", "n/a (only one class present (0 positives, 4 negatives))",
                "n/a (no positive samples)", "0.750 (0.301–0.954)", "0.750 (0.301–0.954)"), z.get(2));
    }

    @Test
    void hostileGroupNamesAreTextNotMarkupOrExtraCells() {
        String[] groups = CiFixtures.GROUP.clone();
        String hostile = "<img src=x onerror=alert(1)>|[x](http://e.example)*b*\n# h";
        for (int i = 0; i < groups.length; i++) {
            groups[i] = groups[i].equals("b") ? hostile : groups[i];
        }
        EvaluationResult result = CiFixtures.evaluate(CiFixtures.predictions(dir, groups), BootstrapSettings.NONE,
                CiFixtures.TPR_DIFFERENCE);
        Node document = parse(MarkdownSummary.render(result, RuleCase.of(result)));

        assertTrue(find(document, HtmlInline.class).isEmpty() && find(document, HtmlBlock.class).isEmpty(), "no HTML");
        assertTrue(find(document, Link.class).isEmpty(), "no link");
        List<List<String>> y = tables(document).get(1);
        assertEquals(List.of("all samples", hostile.replace("\n", "\\n"), "a", "c"),
                y.stream().skip(1).map(row -> row.get(0)).toList());
        assertEquals(6, y.get(2).size(), "the name's | makes no cell of its own");
    }

    @Test
    void aSummaryOverItsLimitLeavesOutWholeLinesAndSaysHowMany() {
        EvaluationResult result = CiFixtures.fairlearn(dir);
        String full = MarkdownSummary.render(result, RuleCase.of(result));
        int limit = full.getBytes(StandardCharsets.UTF_8).length + SizeBudget.RESERVE - 300;

        String shortened = MarkdownSummary.render(result, RuleCase.of(result), limit);

        assertTrue(shortened.getBytes(StandardCharsets.UTF_8).length <= limit,
                shortened.getBytes(StandardCharsets.UTF_8).length + " bytes");
        Node document = parse(shortened);
        int groupRows = tables(document).stream().skip(1).mapToInt(t -> t.size() - 1).sum();
        int leftOut = 2 * (3 + 1) - groupRows;
        assertTrue(leftOut > 0 && groupRows >= 5, groupRows + " group rows shown");
        assertTrue(shortened.contains("\n> **Shortened:** " + leftOut + (leftOut == 1 ? " line was" : " lines were")
                + " left out (table rows, violated rules) to keep this summary under " + limit / 1000 + " kB (GitHub's "
                + "limit for a step summary is 1024 KiB). Every rule and number is in fairness.json and report.html."),
                shortened);
        assertEquals("all samples", tables(document).get(2).get(1).get(0), "whole rows, all samples first");
    }

    @Test
    void aSummaryUnderItsLimitIsWhole() {
        EvaluationResult result = CiFixtures.fairlearn(dir);
        String full = MarkdownSummary.render(result, RuleCase.of(result));

        assertTrue(!full.contains("Shortened"), full);
        assertEquals(List.of(5, 5, 5), tables(parse(full)).stream().map(List::size).toList());
    }

    @Test
    void stepSummaryIsAppendedAfterWhatOtherStepsWrote() throws Exception {
        Path out = dir.resolve("out");
        CiFiles.write(CiFixtures.fairlearn(dir), out);
        Path step = Files.writeString(dir.resolve("step_summary"), "# Build\n\nearlier step\n");

        CiFiles.appendStepSummary(out, step);

        assertEquals("# Build\n\nearlier step\n" + Files.readString(out.resolve(MarkdownSummary.NAME)), Files.readString(step));
    }

    @Test
    void aStepSummaryThatCannotBeWrittenIsAUserErrorNamingTheFileAndTheVariable() throws Exception {
        Path out = dir.resolve("out");
        CiFiles.write(CiFixtures.fairlearn(dir), out);
        Path folder = Files.createDirectories(dir.resolve("a-folder"));

        dev.fairness.InputException e = org.junit.jupiter.api.Assertions.assertThrows(dev.fairness.InputException.class,
                () -> CiFiles.appendStepSummary(out, folder));

        assertEquals("Cannot append the fairness summary to " + folder.toAbsolutePath() + " (named by "
                + "GITHUB_STEP_SUMMARY): java.nio.file.FileSystemException: " + folder + ": Is a directory. Check that "
                + "the variable names a writable file, or unset it; summary.md in " + out + " has the same text.",
                e.getMessage());
    }

    static List<String> headings(Node document) {
        return find(document, Heading.class).stream().map(MarkdownSummaryTest::text).toList();
    }

    /** Every table as rows of cell texts, the header row first. */
    static List<List<List<String>>> tables(Node document) {
        List<List<List<String>>> tables = new ArrayList<>();
        for (TableBlock table : find(document, TableBlock.class)) {
            List<List<String>> rows = new ArrayList<>();
            for (TableRow row : find(table, TableRow.class)) {
                rows.add(find(row, TableCell.class).stream().map(MarkdownSummaryTest::text).toList());
            }
            tables.add(rows);
        }
        return tables;
    }

    static <T extends Node> T first(Node root, Class<T> type) {
        return find(root, type).get(0);
    }

    static <T extends Node> List<T> find(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        root.accept(new AbstractVisitor() {
            @Override
            protected void visitChildren(Node parent) {
                if (type.isInstance(parent)) {
                    found.add(type.cast(parent));
                }
                super.visitChildren(parent);
            }

            @Override
            public void visit(CustomBlock block) {
                visitChildren(block);
            }

            @Override
            public void visit(org.commonmark.node.CustomNode node) {
                visitChildren(node);
            }
        });
        return found;
    }

    /** The text a node shows (escapes undone by the parser), its inline pieces joined. */
    static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(CustomBlock block) {
                visitChildren(block);
            }

            @Override
            public void visit(org.commonmark.node.CustomNode n) {
                visitChildren(n);
            }
        });
        return text.toString();
    }
}
