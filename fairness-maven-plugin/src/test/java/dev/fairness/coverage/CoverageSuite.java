package dev.fairness.coverage;

import dev.fairness.metrics.Metric;

import java.util.List;

/**
 * The full coverage grid of issue 10, printed as the markdown tables of the statistics page:
 * {@code mvn -B -pl fairness-maven-plugin -Pcoverage-full test} (optionally {@code -Dcoverage.simulations=...},
 * {@code -Dcoverage.replicates=...}, {@code -Dcoverage.tables=difference,gate,group}). Takes tens of minutes.
 */
public final class CoverageSuite {
    private CoverageSuite() {
    }

    public static void main(String[] args) {
        int simulations = Integer.getInteger("coverage.simulations", 1000);
        int replicates = Integer.getInteger("coverage.replicates", 400);
        String tables = System.getProperty("coverage.tables", "difference,gate,group");
        CoverageGrid grid = new CoverageGrid(simulations, replicates, line -> {
            System.out.println(line);
            System.out.flush();
        });
        int[] sizes = {50, 200, 1000};
        double[] prevalences = {0.1, 0.5};
        System.out.println(simulations + " simulated test sets per cell, " + replicates + " replicates each, "
                + "random class counts");
        long start = System.nanoTime();
        if (tables.contains("difference")) {
            grid.differenceTable(List.of(Metric.TPR, Metric.FPR, Metric.AUC), sizes, prevalences);
        }
        if (tables.contains("gate")) {
            grid.gateTable(new int[] {2, 5, 10, 20}, sizes, prevalences);
        }
        if (tables.contains("group")) {
            grid.groupTable(List.of(Metric.PPV, Metric.NPV, Metric.SELECTION_RATE, Metric.ACCURACY, Metric.F1),
                    sizes, prevalences);
        }
        System.out.printf("%.0f s%n", (System.nanoTime() - start) / 1e9);
    }
}
