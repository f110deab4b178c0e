package dev.fairness.metrics;

/**
 * Gamma(shape, 1) draws for the Jeffreys posterior of a group's confusion cells ({@link JeffreysCells}), by
 * Marsaglia and Tsang's squeeze method (2000, ACM Transactions on Mathematical Software 26:363–372): for shape
 * {@code a ≥ 1}, with {@code d = a − 1/3}, {@code c = 1/√(9d)}, a standard normal {@code x} and {@code v = (1 + cx)³},
 * accept {@code d·v} when {@code log u < x²/2 + d − d·v + d·log v}; about 1.03 normals per draw at any shape. For
 * shape below 1 (a cell with no case: shape ½) their boost: {@code Gamma(a) = Gamma(a + 1) · U^(1/a)}. The normals
 * come from Marsaglia's polar method. Every draw consumes the given generator only, so a replicate's draws depend
 * on its own stream alone.
 */
final class GammaDraw {
    private GammaDraw() {
    }

    /** One Gamma({@code shape}, 1) draw, {@code shape > 0}. */
    static double draw(SplitMix64 random, double shape) {
        if (shape < 1) {
            double boosted = draw(random, shape + 1);
            // 1 - U lies in (0, 1]: the power never takes the logarithm of 0
            return boosted * Math.pow(1 - random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = normal(random);
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            double xx = x * x;
            if (u < 1 - 0.0331 * xx * xx) { // the squeeze: accepts about 98% without a logarithm
                return d * v;
            }
            if (Math.log(u) < xx / 2 + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    /** A standard normal draw (Marsaglia's polar method; the second normal of the pair is not kept). */
    static double normal(SplitMix64 random) {
        while (true) {
            double u = 2 * random.nextDouble() - 1;
            double v = 2 * random.nextDouble() - 1;
            double s = u * u + v * v;
            if (s > 0 && s < 1) {
                return u * Math.sqrt(-2 * Math.log(s) / s);
            }
        }
    }
}
