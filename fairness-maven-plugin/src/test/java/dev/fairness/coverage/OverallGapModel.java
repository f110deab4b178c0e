package dev.fairness.coverage;

import static dev.fairness.coverage.CoverageGrid.BASE_FPR;
import static dev.fairness.coverage.CoverageGrid.BASE_TPR;

import dev.fairness.metrics.GapMethod;
import dev.fairness.metrics.Metric;

import java.util.ArrayList;
import java.util.List;

/**
 * The model of a {@code toOverall} / {@code toOverallRatio} cell of any metric (issue 10): k groups at the base but
 * {@code g0}, moved along one path until the TRUE gap to the overall line is the cell's. The overall line's true
 * value is the pooled population's, not the groups' mean: PPV is the true positives' share of the predicted
 * positives over all groups (the groups' PPVs weighted by their predicted-positive mass), NPV by predicted negatives,
 * F1 from the pooled expected counts, and AUC the probability that a positive of the pooled population (a mixture of
 * the groups' score laws) outscores a pooled negative.
 *
 * <p>Paths of {@code g0}, by metric: the selection rate moves with a shift {@code u} of both score means; PPV,
 * NPV, accuracy and F1 get worse along {@code TPR = 0.7·(1 − u)}, {@code FPR = 0.2 + 0.7·u} and better along
 * {@code TPR = 0.7 + 0.29·|u|}, {@code FPR = 0.2·(1 − |u|)}; AUC along a distance of the score means of
 * {@code (1 − u)} times the base's (beyond u = 1 the group's scores are reversed, which a ratio of 0.6 to the overall
 * AUC needs).
 */
final class OverallGapModel {
    private static final double T = Experiments.THRESHOLD;

    private OverallGapModel() {
    }

    /** k groups of n, {@code g0} at {@code u} on its metric's path, the others at the base. */
    static List<SimulatedGroup> groups(Metric metric, int k, int n, double prevalence, double u) {
        SimulatedGroup base = SimulatedGroup.withRates(n, prevalence, BASE_TPR, BASE_FPR, T);
        List<SimulatedGroup> model = new ArrayList<>();
        model.add(moved(metric, base, u));
        for (int g = 1; g < k; g++) {
            model.add(base);
        }
        return model;
    }

    /** {@code g0} at {@code u} on its metric's path: u > 0 makes it worse (or selects more), u < 0 better. */
    private static SimulatedGroup moved(Metric metric, SimulatedGroup base, double u) {
        return switch (metric) {
            case SELECTION_RATE -> new SimulatedGroup(base.n(), base.prevalence(), base.positiveMean() + u,
                    base.negativeMean() + u);
            case AUC -> new SimulatedGroup(base.n(), base.prevalence(),
                    base.negativeMean() + (1 - u) * (base.positiveMean() - base.negativeMean()), base.negativeMean());
            default -> u >= 0
                    ? SimulatedGroup.withRates(base.n(), base.prevalence(), BASE_TPR * (1 - u),
                            BASE_FPR + (1 - BASE_FPR - 0.1) * u, T)
                    : SimulatedGroup.withRates(base.n(), base.prevalence(), BASE_TPR - (1 - BASE_TPR - 0.01) * u,
                            BASE_FPR * (1 + u), T);
        };
    }

    /** The metric's true value over all rows of the model (the pooled population). */
    static double pooled(Metric metric, List<SimulatedGroup> model) {
        double rows = 0;
        double tp = 0;
        double fp = 0;
        double fn = 0;
        double tn = 0;
        for (SimulatedGroup g : model) {
            rows += g.n();
            tp += g.n() * g.prevalence() * g.tpr(T);
            fn += g.n() * g.prevalence() * (1 - g.tpr(T));
            fp += g.n() * (1 - g.prevalence()) * g.fpr(T);
            tn += g.n() * (1 - g.prevalence()) * (1 - g.fpr(T));
        }
        return switch (metric) {
            case SELECTION_RATE -> (tp + fp) / rows;
            case ACCURACY -> (tp + tn) / rows;
            case PPV -> tp / (tp + fp);
            case NPV -> tn / (tn + fn);
            case F1 -> 2 * tp / (2 * tp + fp + fn);
            case AUC -> pooledAuc(model);
            case TPR -> tp / (tp + fn);
            default -> throw new IllegalArgumentException(metric.toString());
        };
    }

    /** P(pooled positive outscores pooled negative) = sum over group pairs of their masses times their cross AUC. */
    private static double pooledAuc(List<SimulatedGroup> model) {
        double positives = 0;
        double negatives = 0;
        double sum = 0;
        for (SimulatedGroup i : model) {
            positives += i.n() * i.prevalence();
            negatives += i.n() * (1 - i.prevalence());
            for (SimulatedGroup j : model) {
                sum += i.n() * i.prevalence() * j.n() * (1 - j.prevalence())
                        * Normal.cdf((i.positiveMean() - j.negativeMean()) / Math.sqrt(2));
            }
        }
        return sum / (positives * negatives);
    }

    /** The true gap of the model: max |group − overall| ({@code toOverall}) or min of the two-way ratios. */
    static double trueGap(Metric metric, GapMethod method, List<SimulatedGroup> model) {
        double o = pooled(metric, model);
        double gap = method.isRatio() ? Double.POSITIVE_INFINITY : 0;
        for (SimulatedGroup g : model) {
            double v = CoverageGrid.trueValue(metric, g);
            gap = method.isRatio() ? Math.min(gap, Math.min(v / o, o / v)) : Math.max(gap, Math.abs(v - o));
        }
        return gap;
    }

    /**
     * The position of {@code g0} on its path at which the true gap is {@code target}, by bisection between 0 and
     * the worse end of the path, or the better end when the worse one does not reach the target. Any crossing
     * serves: the cell's truth is the model's exact gap there.
     *
     * @throws IllegalArgumentException when neither end of the path reaches the target
     */
    static double solve(Metric metric, GapMethod method, int k, int n, double prevalence, double target) {
        double end = metric == Metric.SELECTION_RATE ? 4 : metric == Metric.AUC ? 1.6 : 0.999;
        double hi = reaches(metric, method, k, n, prevalence, end, target) ? end
                : reaches(metric, method, k, n, prevalence, -end, target) ? -end : Double.NaN;
        if (Double.isNaN(hi)) {
            throw new IllegalArgumentException(metric + " " + method + " cannot reach " + target);
        }
        double lo = 0;
        for (int i = 0; i < 80; i++) {
            double mid = (lo + hi) / 2;
            if (reaches(metric, method, k, n, prevalence, mid, target)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    private static boolean reaches(Metric metric, GapMethod method, int k, int n, double prevalence, double u,
                                   double target) {
        double gap = trueGap(metric, method, groups(metric, k, n, prevalence, u));
        return method.isRatio() ? gap <= target : gap >= target;
    }
}
