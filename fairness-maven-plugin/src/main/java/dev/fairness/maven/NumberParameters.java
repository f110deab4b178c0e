package dev.fairness.maven;

import dev.fairness.InputException;

/**
 * The checks of numeric parameters, with one message shape: the parameter, the accepted range with an example,
 * and the value found. NaN and infinities are out of every range.
 */
final class NumberParameters {
    private NumberParameters() {
    }

    /** 0 (meaning {@code zeroMeans}) or more, e.g. {@code <bootstrap>}. */
    static long zeroOrMore(String parameter, long value, String zeroMeans, String example) {
        if (value < 0) {
            throw new InputException(parameter + " must be 0 (" + zeroMeans + ") or " + example + "; found " + value
                    + ".");
        }
        return value;
    }

    /** 1 or more, e.g. {@code <preprocessing><width>}. */
    static int positive(String parameter, int value, String example) {
        if (value < 1) {
            throw new InputException(parameter + " must be " + example + "; found " + value + ".");
        }
        return value;
    }

    /** A finite number in [0, 1], e.g. a threshold. */
    static double zeroToOne(String parameter, double value, String example) {
        if (!(value >= 0 && value <= 1)) {
            throw new InputException(parameter + " must be a number between 0 and 1, e.g. " + example + "; found "
                    + value + ".");
        }
        return value;
    }

    /** Strictly between 0 and 1, e.g. a confidence level. */
    static double strictlyBetweenZeroAndOne(String parameter, double value, String example) {
        if (!(value > 0 && value < 1)) {
            throw new InputException(parameter + " must lie strictly between 0 and 1, e.g. " + example + "; found "
                    + value + ".");
        }
        return value;
    }

    /** Any finite number, e.g. a rule's limit. */
    static double finite(String parameter, double value, String example) {
        if (!Double.isFinite(value)) {
            throw new InputException(parameter + " must be a finite number, e.g. " + example + "; found "
                    + value + ".");
        }
        return value;
    }
}
