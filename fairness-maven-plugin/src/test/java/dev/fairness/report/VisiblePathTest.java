package dev.fairness.report;

import dev.fairness.groups.Grouping;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ROC chart draws fewer vertices and looks the same: every point of a curve lies within half a pixel of the
 * path the SVG really draws (its {@code d} attribute, parsed back, coordinates rounded as written), whatever the
 * curve's shape.
 */
class VisiblePathTest {
    private static final double HALF_PIXEL = 0.5;
    private static final Pattern VERTEX = Pattern.compile("[ML](-?[0-9.]+) (-?[0-9.]+)");

    @Test
    void everyPointOfAMillionRowCurveLiesWithinHalfAPixelOfTheDrawnPathOfAFewDozenVertices() {
        List<double[]> points = curveOfRows(1_000_000, 0.3, 3);

        List<double[]> path = drawnPath(points);

        assertWithinHalfAPixel(points, path);
        assertTrue(points.size() > 500, points.size() + " points"); // the curve's points: about one per half pixel
        assertTrue(path.size() <= 60, path.size() + " vertices drawn");
    }

    @Test
    void aStaircaseOfFewRowsKeepsEveryCornerThatShows() {
        List<double[]> points = curveOfRows(40, 0.5, 7); // 40 rows: steps of 1/20 of the axis, 12.5 px each

        List<double[]> path = drawnPath(points);

        assertWithinHalfAPixel(points, path);
        assertEquals(points.size(), path.size() + collinear(points), "only collinear points are left out");
    }

    @Test
    void curvesOfEveryShapeStayWithinHalfAPixel() {
        SplittableRandom random = new SplittableRandom(29);
        for (int trial = 0; trial < 300; trial++) {
            int rows = 50 + random.nextInt(20_000);
            List<double[]> points = curveOfRows(rows, 0.05 + 0.9 * random.nextDouble(), random.nextLong());
            assertWithinHalfAPixel(points, drawnPath(points));
        }
    }

    @Test
    void aPointJustOutsideTheToleranceIsKeptAndOneJustInsideIsNot() {
        double pixel = 1.0 / CurveChart.SIZE;
        List<double[]> inside = List.of(new double[]{0, 0}, new double[]{0.5, 0.5 + 0.39 * pixel * Math.sqrt(2)},
                new double[]{1, 1});
        List<double[]> outside = List.of(new double[]{0, 0}, new double[]{0.5, 0.5 + 0.41 * pixel * Math.sqrt(2)},
                new double[]{1, 1});

        assertEquals(2, VisiblePath.of(inside, CurveChart.SIZE).size());
        assertEquals(3, VisiblePath.of(outside, CurveChart.SIZE).size());
    }

    @Test
    void keepsExactlyThePointsThatTheSearchByPointToSegmentDistanceKeeps() {
        SplittableRandom random = new SplittableRandom(31);
        for (int trial = 0; trial < 200; trial++) {
            List<double[]> points = curveOfRows(50 + random.nextInt(20_000), 0.05 + 0.9 * random.nextDouble(),
                    random.nextLong());

            assertEquals(keptByDistance(points, CurveChart.SIZE), VisiblePath.of(points, CurveChart.SIZE),
                    "trial " + trial);
        }
    }

    /** The search written with {@link VisiblePath#distance} per point, as it first was: the same points, in order. */
    private static List<double[]> keptByDistance(List<double[]> points, double scale) {
        boolean[] keep = new boolean[points.size()];
        keep[0] = true;
        keep[points.size() - 1] = true;
        List<int[]> spans = new ArrayList<>(List.of(new int[]{0, points.size() - 1}));
        while (!spans.isEmpty()) {
            int[] span = spans.remove(spans.size() - 1);
            int farthest = -1;
            double most = VisiblePath.TOLERANCE;
            for (int i = span[0] + 1; i < span[1]; i++) {
                double d = VisiblePath.distance(points.get(i), points.get(span[0]), points.get(span[1]), scale);
                if (d > most) {
                    most = d;
                    farthest = i;
                }
            }
            if (farthest >= 0) {
                keep[farthest] = true;
                spans.add(new int[]{span[0], farthest});
                spans.add(new int[]{farthest, span[1]});
            }
        }
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                kept.add(points.get(i));
            }
        }
        return kept;
    }

    /** The points of the ROC curve of {@code rows} rows, scores mildly informative, many ties. */
    private static List<double[]> curveOfRows(int rows, double prevalence, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] truth = new boolean[rows];
        double[] scores = new double[rows];
        for (int i = 0; i < rows; i++) {
            truth[i] = random.nextDouble() < prevalence;
            double score = random.nextDouble() + (truth[i] ? 0.35 : 0);
            scores[i] = random.nextInt(5) == 0 ? Math.floor(score * 20) / 20 : score;
        }
        truth[0] = true;
        truth[1] = false;
        return EngineOrder.roc(truth, scores, new Grouping("all", List.of("all"), new int[rows])).get(0).points();
    }

    /** The path as the chart writes it, read back from the SVG, in pixels. */
    private static List<double[]> drawnPath(List<double[]> points) {
        List<double[]> drawn = VisiblePath.of(points, CurveChart.SIZE);
        Html svg = CurveChart.svg("t", "d", "x", "y", List.of(new CurveChart.Series(0, "all", drawn, List.of())),
                new ReportMessages(Locale.ENGLISH));
        Matcher d = Pattern.compile("<path d=\"([^\"]+)\"").matcher(svg.toString());
        assertTrue(d.find(), "a path");
        List<double[]> path = new ArrayList<>();
        Matcher vertex = VERTEX.matcher(d.group(1));
        while (vertex.find()) {
            path.add(new double[]{Double.parseDouble(vertex.group(1)), Double.parseDouble(vertex.group(2))});
        }
        assertEquals(drawn.size(), path.size(), "one M or L per vertex");
        return path;
    }

    private static void assertWithinHalfAPixel(List<double[]> points, List<double[]> path) {
        Plot plot = new Plot(56, 12, CurveChart.SIZE, CurveChart.SIZE); // the chart's plot area
        for (double[] p : points) {
            double[] pixel = {plot.x(p[0]), plot.y(p[1])};
            double nearest = Double.POSITIVE_INFINITY;
            for (int i = 0; i + 1 < path.size(); i++) {
                nearest = Math.min(nearest, VisiblePath.distance(pixel, path.get(i), path.get(i + 1), 1));
            }
            assertTrue(nearest <= HALF_PIXEL, "the point " + p[0] + ", " + p[1] + " lies " + nearest
                    + " px from the drawn path");
        }
    }

    /** Points exactly on the segment between their neighbours. */
    private static int collinear(List<double[]> points) {
        int count = 0;
        for (int i = 1; i + 1 < points.size(); i++) {
            double[] a = points.get(i - 1);
            double[] p = points.get(i);
            double[] b = points.get(i + 1);
            if ((p[0] - a[0]) * (b[1] - a[1]) == (p[1] - a[1]) * (b[0] - a[0])) {
                count++;
            }
        }
        return count;
    }
}
