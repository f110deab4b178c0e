package dev.fairness.report;

import dev.fairness.LogText;
import dev.fairness.compare.ChangeMessages;
import dev.fairness.compare.ComparisonResult;
import dev.fairness.compare.LabelComparison;
import dev.fairness.compare.PairedValues;
import dev.fairness.metrics.Interval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The comparison view in the build log: per label, one line per model with its overall AUC, accuracy and F1 and
 * the gaps the rules name, each with its interval, and under every model but the reference a line with its paired
 * difference to the reference ({@code Δ +0.050 (+0.021 to +0.079)}).
 */
public final class ComparisonLog {
    private ComparisonLog() {
    }

    public static List<String> lines(ComparisonResult result) {
        List<String> lines = new ArrayList<>();
        for (LabelComparison label : result.labels()) {
            PairedValues v = label.values();
            String reference = label.models().get(label.reference());
            lines.add("Comparison of " + LogText.escape(label.label()) + " ("
                    + (v.hasIntervals() ? "paired bootstrap, " + Interval.levelText(level(v)) + " CIs; " : "")
                    + "Δ: the model minus " + LogText.escape(reference) + " on the same images):");
            List<List<String>> rows = new ArrayList<>();
            List<String> header = new ArrayList<>();
            header.add("model");
            header.addAll(label.names());
            rows.add(header);
            for (int m = 0; m < label.models().size(); m++) {
                List<String> row = new ArrayList<>();
                row.add(LogText.escape(label.models().get(m)));
                for (int q : label.columns()) {
                    row.add(value(v.point(m, q), v.interval(m, q)));
                }
                rows.add(row);
                if (m != label.reference()) {
                    List<String> delta = new ArrayList<>();
                    delta.add("  Δ");
                    for (int q : label.columns()) {
                        delta.add(change(v.difference(label.reference(), m, q),
                                v.differenceInterval(label.reference(), m, q)));
                    }
                    rows.add(delta);
                }
            }
            lines.addAll(aligned(rows));
        }
        return lines;
    }

    private static double level(PairedValues v) {
        return v.interval(0, 0).level();
    }

    private static String value(double point, Interval interval) {
        if (Double.isNaN(point)) {
            return "n/a";
        }
        String text = String.format(Locale.ROOT, "%.3f", point);
        if (interval == null || !interval.isDefined()) {
            return text;
        }
        return text + String.format(Locale.ROOT, " (%.3f–%.3f)", interval.lower(), interval.upper());
    }

    private static String change(double point, Interval interval) {
        if (Double.isNaN(point)) {
            return "n/a";
        }
        String text = ChangeMessages.signed(point);
        if (interval == null || !interval.isDefined()) {
            return text;
        }
        return text + " (" + ChangeMessages.signed(interval.lower()) + " to " + ChangeMessages.signed(interval.upper())
                + ")";
    }

    /** Columns padded to their widest cell, two spaces apart, indented like the group tables. */
    private static List<String> aligned(List<List<String>> rows) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < columns; c++) {
                String cell = row.get(c);
                line.append(cell).append(" ".repeat(c + 1 < columns ? widths[c] - cell.length() + 2 : 0));
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
