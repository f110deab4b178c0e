package dev.fairness.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The vertices of a curve worth drawing: a point is left out when it lies within {@value #TOLERANCE} px of the
 * segment between the kept vertices around it (Douglas–Peucker: keep the farthest point of a span while any is
 * farther than the tolerance, then split there). Collinear runs become one segment and sub-pixel wiggles vanish, so
 * a ROC curve of a million rows, whose points lie half a pixel apart, is drawn from tens of vertices instead of a
 * thousand, and looks the same: every left-out point lies within {@value #TOLERANCE} px of the drawn path, and
 * writing the coordinates with one decimal moves a vertex by at most 0.071 px more, so the drawn path stays within
 * half a pixel of every point ({@code VisiblePathTest}). The kept vertices are points of the curve, unmoved.
 */
final class VisiblePath {
    /** The most a left-out point may lie from the drawn path, in pixels, before coordinates are rounded. */
    static final double TOLERANCE = 0.4;

    private VisiblePath() {
    }

    /**
     * The points to draw, in order: the first, the last and every point needed to keep the others within the
     * tolerance, for a chart that draws a value of 1 as {@code scale} pixels on both axes.
     */
    static List<double[]> of(List<double[]> points, double scale) {
        int n = points.size();
        if (n <= 2) {
            return points;
        }
        // the points in pixels once, in two arrays: the search below visits each point about log n times, and a
        // cold JVM runs it interpreted at first, where every list read, cast and call costs (same arithmetic as
        // distance, so the same points are kept)
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double[] p = points.get(i);
            x[i] = p[0] * scale;
            y[i] = p[1] * scale;
        }
        boolean[] keep = new boolean[n];
        keep[0] = true;
        keep[n - 1] = true;
        int[] stack = new int[2 * n]; // spans still to look at, as (first, last) pairs
        int top = 0;
        stack[top++] = 0;
        stack[top++] = n - 1;
        while (top > 0) {
            int last = stack[--top];
            int first = stack[--top];
            int farthest = farthest(x, y, first, last);
            if (farthest >= 0) {
                keep[farthest] = true;
                stack[top++] = first;
                stack[top++] = farthest;
                stack[top++] = farthest;
                stack[top++] = last;
            }
        }
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                kept.add(points.get(i));
            }
        }
        return kept;
    }

    /** The point between {@code first} and {@code last} farthest from their segment; -1: none beyond the tolerance. */
    private static int farthest(double[] x, double[] y, int first, int last) {
        double ax = x[first];
        double ay = y[first];
        double dx = x[last] - ax;
        double dy = y[last] - ay;
        double length2 = dx * dx + dy * dy;
        int farthest = -1;
        double most = TOLERANCE;
        for (int i = first + 1; i < last; i++) {
            double px = x[i] - ax;
            double py = y[i] - ay;
            double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / length2));
            double ex = px - t * dx;
            double ey = py - t * dy;
            double d = Math.sqrt(ex * ex + ey * ey);
            if (d > most) {
                most = d;
                farthest = i;
            }
        }
        return farthest;
    }

    /** The distance in pixels from {@code p} to the segment from {@code a} to {@code b}. */
    static double distance(double[] p, double[] a, double[] b, double scale) {
        double ax = a[0] * scale;
        double ay = a[1] * scale;
        double dx = b[0] * scale - ax;
        double dy = b[1] * scale - ay;
        double px = p[0] * scale - ax;
        double py = p[1] * scale - ay;
        double length2 = dx * dx + dy * dy;
        double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / length2));
        double ex = px - t * dx;
        double ey = py - t * dy;
        return Math.sqrt(ex * ex + ey * ey);
    }
}
