package dev.fairness.metrics;

/**
 * A group and the rest of its grouping's overall line (every other row), for a {@code toOverall} comparison of a
 * counted rate ({@link CountedProportion}: TPR, FNR of the positives; FPR, TNR of the negatives; PPV of the predicted
 * positives, NPV of the predicted negatives; accuracy and selection rate of all rows). The overall line contains the
 * group, so the two are not independent; the group and the rest are. With the group's share {@code w} of the overall
 * line's cases, {@code p(overall) = w·p(group) + (1 − w)·p(rest)}, so
 * <pre>
 *   p(group) − p(overall) = (1 − w)·(p(group) − p(rest))
 * </pre>
 * exactly: a difference of two independent counted proportions ({@link MoverToOverall}, {@link MoverLogToOverall}).
 * The share itself varies from test set to test set with the group's cases (its positives, negatives, predicted
 * positives or predicted negatives; a share of rows does not vary); {@code shareSd} is its standard deviation by
 * the delta method, with the group's and the rest's numbers of cases each binomial in their rows (the rest taken as
 * one stratum, which gives at least the variance of its groups' separate strata).
 *
 * @param group   the group's successes and cases
 * @param rest    the rest's: the overall line's minus the group's
 * @param groupN  the group's rows
 * @param restN   the rest's rows
 */
record GroupAndRest(CountedProportion group, CountedProportion rest, long groupN, long restN) {

    /**
     * The group and the rest of the overall line, or null when the metric is not a counted rate, either line's
     * counts are not those of a test set, or no case lies outside the group.
     */
    static GroupAndRest of(Metric metric, GapFamily.Cells cells, int groupId, int overallId) {
        if (!CountedProportion.isCounted(metric)) {
            return null;
        }
        CountedProportion g = CountedProportion.of(metric, cells, groupId);
        CountedProportion all = CountedProportion.of(metric, cells, overallId);
        if (g == null || all == null || all.cases() <= g.cases() || all.successes() < g.successes()
                || all.successes() - g.successes() > all.cases() - g.cases()) {
            return null;
        }
        long groupN = Math.round(cells.point(groupId, Metric.N));
        long restN = Math.round(cells.point(overallId, Metric.N)) - groupN;
        return new GroupAndRest(g, new CountedProportion(all.successes() - g.successes(), all.cases() - g.cases()),
                groupN, restN);
    }

    double groupRate() {
        return (double) group.successes() / group.cases();
    }

    double restRate() {
        return (double) rest.successes() / rest.cases();
    }

    double overallRate() {
        return (double) (group.successes() + rest.successes()) / (group.cases() + rest.cases());
    }

    /** The group's share of the overall line's cases. */
    double share() {
        return (double) group.cases() / (group.cases() + rest.cases());
    }

    /** The standard deviation of the share over test sets of the same rows with random class counts. */
    double shareSd() {
        double m = group.cases();
        double r = rest.cases();
        double total = m + r;
        return Math.sqrt(r * r * binomialVariance(m, groupN) + m * m * binomialVariance(r, restN))
                / (total * total);
    }

    /** The variance of a class's count {@code c} of {@code n} rows, Binomial(n, c / n). */
    private static double binomialVariance(double c, long n) {
        return n <= 0 ? 0 : c * (n - c) / n;
    }
}
