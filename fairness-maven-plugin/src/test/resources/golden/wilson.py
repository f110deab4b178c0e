#!/usr/bin/python3
"""Golden values for dev.fairness.metrics.WilsonScore, and the exact coverage of the Wilson interval in the
coverage suite's cells. Python 3 standard library only:
    /usr/bin/python3 wilson.py > wilson.out

Wilson score interval (Wilson 1927) of x successes of m cases at confidence `level`, z = Phi^-1((1 + level) / 2):
    (p + z^2/(2m)) / (1 + z^2/m)  +-  z / (1 + z^2/m) * sqrt(p (1 - p) / m + z^2 / (4 m^2)),   p = x / m
Each line: "wilson <x> <m> <level> <lower> <upper>".

Exact coverage: the suite's binormal model (base group TPR 0.70, FPR 0.20; every row positive with probability
`prevalence`). Given its number of cases m (positives for TPR, predicted positives for PPV, predicted negatives for
NPV, all n rows for accuracy and selection rate), a counted proportion is Binomial(m, p); m itself is
Binomial(n, share). The coverage is the probability that the 95% interval holds p, over both draws, for the sets
the plugin keeps (m >= minClassCount 10 for TPR, PPV, NPV; every set for accuracy and selection rate). Each line:
"coverage <metric> <n> <prevalence> <true value> <coverage>".

Coverage by class count: a rate p from exactly k cases of its class (the statistics page's "Why 10" table).
Each line: "classcount <p> <k> <coverage>".
"""
import math
from statistics import NormalDist


def wilson(x, m, level):
    return wilson_at(x, m, NormalDist().inv_cdf((1 + level) / 2))


def wilson_at(x, m, z):
    """The Wilson score interval at critical value z (newcombe.py combines two of them)."""
    p = x / m
    d = 1 + z * z / m
    centre = (p + z * z / (2 * m)) / d
    half = z / d * math.sqrt(p * (1 - p) / m + z * z / (4 * m * m))
    lower = 0.0 if x == 0 else max(0.0, centre - half)
    upper = 1.0 if x == m else min(1.0, centre + half)
    return lower, upper


def binomial(n, k, p):
    return math.comb(n, k) * p ** k * (1 - p) ** (n - k)


def coverage(n, share, p, minimum):
    """P(Wilson holds p) with m ~ Binomial(n, share) cases (kept when m >= minimum) and x ~ Binomial(m, p)."""
    held = kept = 0.0
    for m in range(max(1, minimum), n + 1):
        pm = binomial(n, m, share)
        if pm < 1e-15:
            continue
        covered = 0.0
        for x in range(m + 1):
            lower, upper = wilson(x, m, 0.95)
            if lower <= p <= upper:
                covered += binomial(m, x, p)
        held += pm * covered
        kept += pm
    return held / kept


def main():
    print("# Python %s, standard library only" % __import__("platform").python_version())
    for x, m, level in [(0, 1, 0.95), (0, 6, 0.95), (0, 10, 0.95), (10, 10, 0.95), (7, 20, 0.95), (30, 50, 0.95),
                        (5, 50, 0.95), (30, 35, 0.95), (36, 37, 0.95), (1, 37, 0.95), (45, 50, 0.9),
                        (3, 1000, 0.99), (500, 1000, 0.95)]:
        lower, upper = wilson(x, m, level)
        print("wilson %d %d %s %.15g %.15g" % (x, m, level, lower, upper))

    TPR, FPR, MIN = 0.70, 0.20, 10
    for n in (50, 200, 1000):
        for prevalence in (0.1, 0.5):
            selection = prevalence * TPR + (1 - prevalence) * FPR
            cells = [("TPR", prevalence, TPR, MIN),
                     ("FPR", 1 - prevalence, FPR, MIN),
                     ("PPV", selection, prevalence * TPR / selection, MIN),
                     ("NPV", 1 - selection, (1 - prevalence) * (1 - FPR) / (1 - selection), MIN),
                     ("selection_rate", 1.0, selection, 0),
                     ("accuracy", 1.0, prevalence * TPR + (1 - prevalence) * (1 - FPR), 0)]
            for name, share, p, minimum in cells:
                print("coverage %s %d %.1f %.6f %.4f" % (name, n, prevalence, p, coverage(n, share, p, minimum)))

    for p in (0.5, 0.8, 0.9):
        for k in (3, 5, 10, 20, 40):
            held = sum(binomial(k, x, p) for x in range(k + 1)
                       if wilson(x, k, 0.95)[0] <= p <= wilson(x, k, 0.95)[1])
            print("classcount %.1f %d %.6f" % (p, k, held))


if __name__ == "__main__":
    main()
