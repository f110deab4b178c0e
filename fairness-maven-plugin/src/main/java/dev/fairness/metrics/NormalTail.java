package dev.fairness.metrics;

/**
 * The standard normal upper tail {@code 1 - Phi(z)}, to double precision: the tail probability a Jeffreys bound
 * ({@link JeffreysBounds}) is taken at for a critical value {@code z}. Computed as {@code Q(1/2, z^2/2) / 2} with
 * {@code Q} the regularized upper incomplete gamma function (series below {@code z^2/2 = 1.5}, Lentz's continued
 * fraction above: Press et al., Numerical Recipes, 3rd ed., 6.2), because {@link NormalQuantile}'s rational
 * approximation is only good to about 1e-9 and its inverse is not what a bound at a given {@code z} needs.
 */
final class NormalTail {
    private static final double EPS = 1e-16;
    private static final double TINY = 1e-300;
    private static final double LOG_GAMMA_HALF = 0.5 * Math.log(Math.PI);

    private NormalTail() {
    }

    /** {@code P(Z > z)} for a standard normal Z. */
    static double above(double z) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        if (z < 0) {
            return 1 - above(-z);
        }
        double x = z * z / 2;
        return x < 1.5 ? (1 - lowerSeries(x)) / 2 : upperFraction(x) / 2;
    }

    /** The regularized lower incomplete gamma P(1/2, x) by its series. */
    private static double lowerSeries(double x) {
        if (x == 0) {
            return 0;
        }
        double a = 0.5;
        double term = 1 / a;
        double sum = term;
        for (int n = 1; n < 500; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPS) {
                break;
            }
        }
        return sum * Math.exp(-x + a * Math.log(x) - LOG_GAMMA_HALF);
    }

    /** The regularized upper incomplete gamma Q(1/2, x) by its continued fraction (modified Lentz). */
    private static double upperFraction(double x) {
        double a = 0.5;
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 500; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            d = Math.abs(d) < TINY ? TINY : d;
            c = b + an / c;
            c = Math.abs(c) < TINY ? TINY : c;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPS) {
                break;
            }
        }
        return Math.exp(-x + a * Math.log(x) - LOG_GAMMA_HALF) * h;
    }
}
