package dev.fairness.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * The signed comparisons behind one gap, their simultaneous intervals ({@link MaxT}) and the gap's interval
 * derived from them. Per method, the family is:
 * <ul>
 *   <li>{@code difference}: every pair of groups, {@code a - b}; max - min is the largest |a - b|, so its interval
 *       runs from the largest distance of a pair's interval from 0 (0 when every pair's interval contains 0) to
 *       the largest |bound|;</li>
 *   <li>{@code ratio}: every pair on the log scale, {@code log(a / b)} (a counted proportion's by MOVER on the
 *       log scale, {@link MoverLogRatio}); min / max is {@code exp(-max |log(a / b)|)};</li>
 *   <li>{@code toOverall}, {@code toOverallRatio}: every group against the grouping's overall line (a counted
 *       rate's by MOVER on the group and the rest of the line, {@link MoverToOverall}, {@link MoverLogToOverall};
 *       an AUC's or F1's with the logit scale's shape and the bootstrap SD's width, {@link LogitShapeToOverall});
 *       the overall line's class-conditional rates and AUC are replicated with each group's drawn class counts,
 *       {@link OverallComposition}, {@link OverallAucPass});</li>
 *   <li>{@code toReference}: every other group against the reference group;</li>
 *   <li>{@code worst}: every group's own value (a counted proportion's by its Wilson interval at the family's
 *       critical value, {@link WilsonScore}); the worst group's value lies between the worst lower and the worst
 *       upper bound.</li>
 * </ul>
 * A compound criterion puts all of its components' comparisons into one family, so that equalized odds covers its
 * TPR and FPR gaps under one simultaneous level, and takes the worst component's bounds. Because every comparison
 * holds at once, the derived interval holds the true gap at least as often as the family's level.
 *
 * <p>Only groups defined on the test set take part (as in {@link Gaps}). A ratio with a group (or overall) value
 * of 0 on the test set has no log: {@link #of} returns null and the caller falls back to the percentile interval.
 */
final class GapFamily {

    /** Read access to the replicates' cells by (id, metric). */
    interface Cells {
        double point(int id, Metric metric);

        double[] replicates(int id, Metric metric);

        String reason(int id, Metric metric);
    }

    private GapFamily() {
    }

    /**
     * @param components the metrics whose gaps are combined (one for a plain metric)
     * @param groups     the groups taking part, with their ids in {@code ids}
     * @param overallId  the id of the grouping's own overall line, or -1 when the method does not use it
     * @param reference  the reference group, for {@code toReference}
     * @param reasonAt   why the gap itself is undefined in a replicate (the reason a rule's message gives)
     * @return the gap interval, or null when a ratio meets a value of 0 on the test set
     */
    static GapInterval of(List<Metric> components, GapMethod method, List<String> groups, int[] ids, int overallId,
                          String reference, Cells cells, BootstrapSettings settings,
                          java.util.function.IntFunction<String> reasonAt) {
        List<MaxT.Contrast> contrasts = new ArrayList<>();
        int[] componentEnds = new int[components.size()];
        for (int m = 0; m < components.size(); m++) {
            if (!addContrasts(components.get(m), method, groups, ids, overallId, reference, cells, contrasts)) {
                return null;
            }
            componentEnds[m] = contrasts.size();
        }
        int replicates = settings.replicates();
        MaxT.Family family = MaxT.of(contrasts, settings.confidenceLevel(), replicates);
        List<Comparison> comparisons = new ArrayList<>(family.comparisons().size());
        for (int c = 0; c < contrasts.size(); c++) {
            Comparison k = family.comparisons().get(c);
            if (contrasts.get(c).adjusted() instanceof LogitShapeToOverall m) { // its estimate on the rule's scale
                k = new Comparison(k.metric(), k.first(), k.second(), k.logScale(), m.estimate(), k.lower(), k.upper());
            }
            comparisons.add(clip(k));
        }
        Interval interval;
        String gapReason = family.firstUndefined() < 0 ? null : reasonAt.apply(family.firstUndefined());
        if (gapReason == null) { // the gap is defined there, but no comparison is (a ratio's log of 0)
            gapReason = family.undefinedReason();
        }
        if (!family.isDefined() || contrasts.isEmpty()) {
            String reason = gapReason != null ? gapReason : "fewer than 2 values to compare";
            interval = new Interval(Double.NaN, Double.NaN, settings.confidenceLevel(), replicates, replicates, reason);
        } else {
            double lower = Double.NaN;
            double upper = Double.NaN;
            int from = 0;
            for (int m = 0; m < components.size(); m++) {
                List<Comparison> own = comparisons.subList(from, componentEnds[m]);
                from = componentEnds[m];
                if (own.isEmpty()) {
                    continue;
                }
                double[] bounds = derive(components.get(m), method, own);
                boolean first = Double.isNaN(lower);
                lower = first ? bounds[0] : method.isRatio() ? Math.min(lower, bounds[0]) : Math.max(lower, bounds[0]);
                upper = first ? bounds[1] : method.isRatio() ? Math.min(upper, bounds[1]) : Math.max(upper, bounds[1]);
            }
            interval = new Interval(lower, Math.max(lower, upper), settings.confidenceLevel(), replicates,
                    family.undefinedReplicates(), gapReason);
        }
        return new GapInterval(interval, comparisons, family.critical(), GapInterval.MAX_T);
    }

    /** Adds one metric's comparisons; false when a ratio meets a value of 0 on the test set. */
    private static boolean addContrasts(Metric metric, GapMethod method, List<String> groups, int[] ids, int overallId,
                                        String reference, Cells cells, List<MaxT.Contrast> out) {
        List<Integer> defined = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            if (!Double.isNaN(cells.point(ids[i], metric))) {
                defined.add(i);
            }
        }
        boolean log = method.isRatio();
        switch (method) {
            case DIFFERENCE, RATIO -> {
                for (int a = 0; a < defined.size(); a++) {
                    for (int b = a + 1; b < defined.size(); b++) {
                        int i = defined.get(a);
                        int j = defined.get(b);
                        if (!add(metric, groups.get(i), ids[i], groups.get(j), ids[j], log, true, cells, out)) {
                            return false;
                        }
                    }
                }
            }
            case TO_OVERALL, TO_OVERALL_RATIO -> {
                if (Double.isNaN(cells.point(overallId, metric))) {
                    return true;
                }
                for (int i : defined) {
                    if (!add(metric, groups.get(i), ids[i], Gap.OVERALL, overallId, log, false, cells, out)) {
                        return false;
                    }
                }
            }
            case TO_REFERENCE -> {
                int ref = groups.indexOf(reference);
                if (ref < 0 || Double.isNaN(cells.point(ids[ref], metric))) {
                    return true;
                }
                for (int i : defined) {
                    if (i != ref) {
                        add(metric, groups.get(i), ids[i], reference, ids[ref], false, true, cells, out);
                    }
                }
            }
            case WORST -> {
                for (int i : defined) {
                    CountedProportion counted = CountedProportion.of(metric, cells, ids[i]);
                    out.add(new MaxT.Contrast(metric, groups.get(i), null, false, cells.point(ids[i], metric),
                            cells.replicates(ids[i], metric), cells.reason(ids[i], metric),
                            counted == null ? null : new WilsonScore(counted)));
                }
            }
        }
        return true;
    }

    /**
     * Adds {@code first - second} (or the log of their ratio); false when a log meets a value of 0 or less. A
     * difference or log ratio of two groups ({@code twoGroups}: independent samples, unlike a group and the overall
     * line that contains it) of a counted proportion gets its MOVER bounds from the two groups' Jeffreys bounds
     * ({@link MoverDifference}, {@link MoverLogRatio}).
     */
    private static boolean add(Metric metric, String first, int firstId, String second, int secondId, boolean log,
                               boolean twoGroups, Cells cells, List<MaxT.Contrast> out) {
        double a = cells.point(firstId, metric);
        double b = cells.point(secondId, metric);
        if (log && (a <= 0 || b <= 0)) {
            return false;
        }
        double[] ra = cells.replicates(firstId, metric);
        double[] rb = cells.replicates(secondId, metric);
        double[] d = new double[ra.length];
        String reason = null;
        for (int r = 0; r < d.length; r++) {
            if (Double.isNaN(ra[r]) || Double.isNaN(rb[r])) {
                d[r] = Double.NaN;
                reason = reason != null ? reason : Double.isNaN(ra[r]) ? cells.reason(firstId, metric)
                        : cells.reason(secondId, metric);
            } else if (log) {
                boolean positive = ra[r] > 0 && rb[r] > 0;
                d[r] = positive ? Math.log(ra[r] / rb[r]) : Double.NaN;
                if (!positive && reason == null) {
                    reason = metric.displayName() + " is 0 in the replicate, its ratio has no log";
                }
            } else {
                d[r] = ra[r] - rb[r];
            }
        }
        AdjustedBounds adjusted = !twoGroups ? toOverall(metric, log, cells, firstId, secondId)
                : log ? MoverLogRatio.of(metric, cells, firstId, secondId)
                : MoverDifference.of(metric, cells, firstId, secondId);
        double estimate = log ? Math.log(a / b) : a - b;
        if (adjusted instanceof LogitShapeToOverall m) {
            // the family's critical value from the logit scale, where the comparison's spread does not follow its
            // level; its estimate put back in of()
            estimate = m.logitDifference();
            d = m.logitDifferences();
        }
        out.add(new MaxT.Contrast(metric, first, second, log, estimate, d, reason, adjusted));
        return true;
    }

    /**
     * A group against the overall line that contains it, of a counted rate: MOVER on the group and the rest of the
     * line ({@link GroupAndRest}); of AUC and F1, the logit scale's shape with the bootstrap SD's width
     * ({@link LogitShapeToOverall}); null (so {@code d ± q·s}) for other metrics (Brier, ...).
     */
    private static AdjustedBounds toOverall(Metric metric, boolean log, Cells cells, int groupId, int overallId) {
        if (metric == Metric.AUC || metric == Metric.F1) {
            return LogitShapeToOverall.of(cells.point(groupId, metric), cells.replicates(groupId, metric),
                    cells.point(overallId, metric), cells.replicates(overallId, metric), log);
        }
        GroupAndRest parts = GroupAndRest.of(metric, cells, groupId, overallId);
        return parts == null ? null : log ? MoverLogToOverall.of(parts) : new MoverToOverall(parts);
    }

    /** {lower, upper} of the gap of one metric, from its comparisons' simultaneous intervals. */
    private static double[] derive(Metric metric, GapMethod method, List<Comparison> comparisons) {
        if (method == GapMethod.WORST) {
            boolean max = metric.direction() == Metric.Direction.LOWER_IS_BETTER;
            double lower = comparisons.get(0).lower();
            double upper = comparisons.get(0).upper();
            for (Comparison c : comparisons) {
                lower = max ? Math.max(lower, c.lower()) : Math.min(lower, c.lower());
                upper = max ? Math.max(upper, c.upper()) : Math.min(upper, c.upper());
            }
            return new double[] {lower, upper};
        }
        double nearest = 0; // the largest distance of an interval from 0: |a - b| is at least that for that pair
        double farthest = 0;
        for (Comparison c : comparisons) {
            nearest = Math.max(nearest, Math.max(c.lower(), -c.upper()));
            farthest = Math.max(farthest, Math.max(Math.abs(c.lower()), Math.abs(c.upper())));
        }
        if (method.isRatio()) {
            return new double[] {Math.exp(-farthest), Math.exp(-nearest)};
        }
        return bounded(metric) ? new double[] {Math.min(nearest, 1), Math.min(farthest, 1)}
                : new double[] {nearest, farthest};
    }

    /** Bounds a rate's comparisons to what the rate can take: a difference within [-1, 1], a value within [0, 1]. */
    private static Comparison clip(Comparison c) {
        if (c.logScale() || !bounded(c.metric())) {
            return c;
        }
        double low = c.second() == null ? 0 : -1;
        return new Comparison(c.metric(), c.first(), c.second(), false, c.estimate(),
                Math.max(low, Math.min(1, c.lower())), Math.max(low, Math.min(1, c.upper())));
    }

    /** Every metric but the counts lies in [0, 1]. */
    private static boolean bounded(Metric metric) {
        return metric != Metric.N && metric != Metric.POSITIVES && metric != Metric.NEGATIVES;
    }
}
