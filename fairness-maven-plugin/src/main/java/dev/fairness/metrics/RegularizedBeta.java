package dev.fairness.metrics;

/**
 * The regularized incomplete beta function {@code I_x(a, b)} (the Beta(a, b) distribution function) and its
 * inverse, for the Jeffreys bounds of a counted proportion ({@link JeffreysBounds}). {@code I_x} by its continued
 * fraction (modified Lentz; Press et al., Numerical Recipes, 3rd ed., 6.4), on the side of the mean where it
 * converges fast; the inverse by bisection, which cannot leave [0, 1] or fail to converge, and whose 200 steps
 * cost nothing next to a bootstrap (a few per comparison of a family).
 */
final class RegularizedBeta {
    private static final double EPS = 1e-16;
    private static final double TINY = 1e-300;

    private RegularizedBeta() {
    }

    /** {@code I_x(a, b)} for a, b > 0. */
    static double of(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
        if (x < (a + 1) / (a + b + 2)) {
            return Math.exp(logFront) * fraction(x, a, b) / a;
        }
        return 1 - Math.exp(logFront) * fraction(1 - x, b, a) / b;
    }

    /** The x with {@code I_x(a, b) = p}, for 0 < p < 1. */
    static double inverse(double p, double a, double b) {
        double low = 0;
        double high = 1;
        for (int i = 0; i < 200 && high - low > 0; i++) {
            double mid = (low + high) / 2;
            if (mid == low || mid == high) {
                break;
            }
            if (of(mid, a, b) < p) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    private static double fraction(double x, double a, double b) {
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1;
        double d = nonZero(1 - qab * x / qap);
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= 1000; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 / nonZero(1 + aa * d);
            c = nonZero(1 + aa / c);
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 / nonZero(1 + aa * d);
            c = nonZero(1 + aa / c);
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPS) {
                break;
            }
        }
        return h;
    }

    private static double nonZero(double v) {
        return Math.abs(v) < TINY ? TINY : v;
    }

    /** log Gamma(x) for x > 0 by Lanczos (g = 7, n = 9; relative error about 1e-15). */
    static double logGamma(double x) {
        if (x < 0.5) { // reflection: Gamma(x) Gamma(1 - x) = pi / sin(pi x)
            return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
        }
        double[] g = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
                -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
                1.5056327351493116e-7};
        double y = x - 1;
        double sum = g[0];
        for (int i = 1; i < g.length; i++) {
            sum += g[i] / (y + i);
        }
        double t = y + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}
