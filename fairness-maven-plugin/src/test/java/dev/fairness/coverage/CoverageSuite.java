package dev.fairness.coverage;

import dev.fairness.metrics.Metric;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The full coverage grid of issue 10, printed as the markdown tables of the coverage page ("Measured coverage and
 * gate errors"):
 * {@code mvn -B -pl fairness-maven-plugin -Pcoverage-full test} (optionally {@code -Dcoverage.simulations=...},
 * {@code -Dcoverage.replicates=...}, {@code -Dcoverage.tables=difference,gate,group,ratio,overallRatio,overallMetric,method,equalizedOdds}, {@code -Dcoverage.cells=regex}
 * on the cell keys, e.g. {@code "gate 20 .*"}, and {@code -Dcoverage.output=file}). Every row is appended to the
 * output file (default {@code target/coverage-grid.md}) as soon as its cell finishes, with the cell's time, so a
 * run stopped part-way keeps every finished cell. The simulated sets of a cell run in parallel on every core; each
 * set's seed is its index plus a salt per cell, so the figures do not depend on the number of threads.
 */
public final class CoverageSuite {
    private CoverageSuite() {
    }

    public static void main(String[] args) throws IOException {
        int simulations = Integer.getInteger("coverage.simulations", 1000);
        int replicates = Integer.getInteger("coverage.replicates", 200);
        String tables = System.getProperty("coverage.tables",
                "difference,gate,group,ratio,overallRatio,overallMetric,method,equalizedOdds");
        Pattern select = Pattern.compile(System.getProperty("coverage.cells", ".*"));
        Path output = Path.of(System.getProperty("coverage.output", "target/coverage-grid.md"));
        CoverageGrid grid = new CoverageGrid(simulations, replicates);
        int[] sizes = {50, 200, 1000};
        double[] prevalences = {0.1, 0.5};
        List<CoverageGrid.Cell> cells = new ArrayList<>();
        if (tables.contains("difference")) {
            cells.addAll(grid.differenceCells(List.of(Metric.TPR, Metric.FPR, Metric.AUC), sizes, prevalences));
        }
        if (tables.contains("group")) {
            cells.addAll(grid.groupCells(List.of(Metric.PPV, Metric.NPV, Metric.SELECTION_RATE, Metric.ACCURACY,
                    Metric.F1), sizes, prevalences));
        }
        if (tables.contains("ratio")) {
            cells.addAll(new GapRuleGrid(grid).ratioCells(List.of(Metric.SELECTION_RATE, Metric.TPR), new int[] {2, 5},
                    new int[] {200, 1000}, prevalences));
        }
        if (tables.contains("overallRatio")) {
            cells.addAll(new GapRuleGrid(grid).overallRatioCells(List.of(Metric.TPR, Metric.SELECTION_RATE),
                    new int[] {2, 5}, new int[] {200, 1000}, prevalences));
        }
        if (tables.contains("overallMetric")) {
            cells.addAll(new GapRuleGrid(grid).overallMetricCells(List.of(Metric.PPV, Metric.NPV, Metric.ACCURACY,
                    Metric.F1, Metric.SELECTION_RATE, Metric.AUC), new int[] {2, 5}, new int[] {200, 1000},
                    prevalences));
        }
        if (tables.contains("method")) {
            cells.addAll(new GapRuleGrid(grid).methodCells(new int[] {2, 5}, new int[] {200, 1000}, prevalences));
        }
        if (tables.contains("equalizedOdds")) {
            cells.addAll(new GapRuleGrid(grid).equalizedOddsCells(new int[] {2, 5}, new int[] {200, 1000},
                    prevalences));
        }
        if (tables.contains("gate")) { // the cheapest cells first (rows per set: groups × n), so a run cut short
            List<CoverageGrid.Cell> gate = grid.gateCells(new int[] {2, 5, 10, 20}, sizes, prevalences); // keeps most
            gate.sort(java.util.Comparator.comparingInt(CoverageSuite::rowsPerSet));
            cells.addAll(gate);
        }
        cells.removeIf(c -> !select.matcher(c.key()).matches());
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
            line(out, String.format(Locale.ROOT, "%n%d simulated test sets per cell, %d replicates each, random class "
                    + "counts, plugin defaults (minGroupSize %d, minClassCount %d), %d threads", simulations, replicates,
                    PluginDefaults.MIN_GROUP_SIZE, PluginDefaults.MIN_CLASS_COUNT,
                    Runtime.getRuntime().availableProcessors()));
            String table = null;
            long start = System.nanoTime();
            for (CoverageGrid.Cell cell : cells) {
                if (!cell.table().equals(table)) {
                    table = cell.table();
                    line(out, "");
                    line(out, header(table));
                }
                long cellStart = System.nanoTime();
                String row = cell.row().get();
                line(out, String.format(Locale.ROOT, "%s <!-- %s: %.0f s -->", row, cell.key(),
                        (System.nanoTime() - cellStart) / 1e9));
            }
            line(out, String.format(Locale.ROOT, "%n%d cells in %.0f s", cells.size(), (System.nanoTime() - start) / 1e9));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Groups × n of a gate cell, from its key {@code gate k n prevalence range}. */
    private static int rowsPerSet(CoverageGrid.Cell cell) {
        String[] parts = cell.key().split(" ");
        return Integer.parseInt(parts[1]) * Integer.parseInt(parts[2]);
    }

    private static String header(String table) {
        return switch (table) {
            case "difference" -> CoverageGrid.DIFFERENCE_HEADER;
            case "gate" -> CoverageGrid.GATE_HEADER;
            case "ratio", "overallRatio" -> GapRuleGrid.RATIO_HEADER;
            case "method" -> GapRuleGrid.METHOD_HEADER;
            case "equalizedOdds" -> GapRuleGrid.EQUALIZED_ODDS_HEADER;
            case "overallMetric" -> GapRuleGrid.OVERALL_METRIC_HEADER;
            default -> CoverageGrid.GROUP_HEADER;
        };
    }

    /** To the file and the console at once, flushed: a partial grid is never lost. */
    private static void line(PrintWriter out, String text) {
        out.println(text);
        out.flush();
        System.out.println(text);
        System.out.flush();
    }
}
