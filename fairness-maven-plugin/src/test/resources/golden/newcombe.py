#!/usr/bin/python3
"""Golden values for dev.fairness.metrics.NewcombeScore (the interval of a difference of two counted proportions),
and the exact coverage and spread of it and of the Agresti-Caffo interval it replaced, in the coverage suite's
cells. Python 3 standard library only:
    /usr/bin/python3 newcombe.py > newcombe.out

Newcombe's hybrid score interval (Newcombe 1998, "Interval estimation for the difference between independent
proportions: comparison of eleven methods", Statistics in Medicine 17:873-890, method 10): with the two groups'
Wilson score intervals (l1, u1), (l2, u2) at the same critical value z and d = p1 - p2,
    L = d - sqrt((p1 - l1)^2 + (u2 - p2)^2),   U = d + sqrt((u1 - p1)^2 + (p2 - l2)^2).
Each line: "newcombe <x1> <m1> <x2> <m2> <z> <lower> <upper>". The first seven are worked examples of
Newcombe's Table II, method 10 (z = 1.96, two-sided 95%: his examples a, b, d, e, f, g, h); the script checks its
bounds against the published four decimals and stops if one differs. The others use critical values such as
max-t gives for more groups.

Agresti-Caffo (2000): p~ = (x + 1)/(m + 2), p~1 - p~2 +- z sqrt(p~1(1 - p~1)/(m1 + 2) + p~2(1 - p~2)/(m2 + 2)).

Exact figures: the coverage suite's binormal model (base TPR 0.70, FPR 0.20, every row positive with probability
`prevalence`); two identical groups of n rows. A group's number of cases m is Binomial(n, share) (kept when
m >= minClassCount 10 for PPV and NPV, always for accuracy and selection rate), its count Binomial(m, p). Over
both groups' draws (the sets where both are kept), each line gives
    "exact <metric> <n> <prevalence> <P(m < 10)> <plug-in SD / true SD> <Wilson SD / true SD>
     <AC covers 0> <AC SD / true SD> <Newcombe covers 0> <Newcombe SD / true SD>"
where a group's true SD is the SD of p^ = x/m over the kept sets, the plug-in SD is sqrt(p^(1 - p^)/m) (what the
bootstrap SD of a proportion is near), an interval's SD is its width / (2 z), and the difference's true SD is
sqrt(2) times the group's (two independent identical groups). z = 1.96, the two-group max-t critical value; the
plugin's comes from the bootstrap and varies a little around it.
"""
import math
from statistics import NormalDist

Z95 = NormalDist().inv_cdf(0.975)


def wilson(x, m, z):
    p = x / m
    d = 1 + z * z / m
    centre = (p + z * z / (2 * m)) / d
    half = z / d * math.sqrt(p * (1 - p) / m + z * z / (4 * m * m))
    lower = 0.0 if x == 0 else max(0.0, centre - half)
    upper = 1.0 if x == m else min(1.0, centre + half)
    return lower, upper


def newcombe(x1, m1, x2, m2, z):
    p1, p2 = x1 / m1, x2 / m2
    l1, u1 = wilson(x1, m1, z)
    l2, u2 = wilson(x2, m2, z)
    d = p1 - p2
    return d - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)


def agresti_caffo(x1, m1, x2, m2, z):
    a, b = (x1 + 1) / (m1 + 2), (x2 + 1) / (m2 + 2)
    s = math.sqrt(a * (1 - a) / (m1 + 2) + b * (1 - b) / (m2 + 2))
    return a - b - z * s, a - b + z * s


def binomial(n, k, p):
    return math.comb(n, k) * p ** k * (1 - p) ** (n - k)


def support(n, p, floor=1e-13):
    """The k of Binomial(n, p) with a probability above floor, and those probabilities."""
    return [(k, binomial(n, k, p)) for k in range(n + 1) if binomial(n, k, p) > floor]


def exact(n, share, p, minimum, z=Z95):
    cases = [(m, pm) for m, pm in support(n, share) if m >= max(1, minimum)]
    kept = sum(pm for _, pm in cases)
    left_out = 1 - kept
    groups = []  # (probability given kept, m, x, p^)
    for m, pm in cases:
        for x, px in support(m, p):
            groups.append((pm / kept * px, m, x, x / m))
    mass = sum(w for w, _, _, _ in groups)
    mean = sum(w * q for w, _, _, q in groups) / mass
    true_sd = math.sqrt(sum(w * (q - mean) ** 2 for w, _, _, q in groups) / mass)
    plug_in = sum(w * math.sqrt(q * (1 - q) / m) for w, m, _, q in groups) / mass
    wilson_sd = sum(w * (wilson(x, m, z)[1] - wilson(x, m, z)[0]) / (2 * z) for w, m, x, _ in groups) / mass
    ac_held = nc_held = ac_width = nc_width = 0.0
    for w1, m1, x1, _ in groups:
        for w2, m2, x2, _ in groups:
            w = w1 * w2
            lo, hi = agresti_caffo(x1, m1, x2, m2, z)
            ac_held += w if lo <= 0 <= hi else 0
            ac_width += w * (hi - lo)
            lo, hi = newcombe(x1, m1, x2, m2, z)
            nc_held += w if lo <= 0 <= hi else 0
            nc_width += w * (hi - lo)
    total = mass * mass
    difference_sd = math.sqrt(2) * true_sd
    return (left_out, plug_in / true_sd, wilson_sd / true_sd, ac_held / total,
            ac_width / total / (2 * z) / difference_sd, nc_held / total, nc_width / total / (2 * z) / difference_sd)


print("# Python %s, standard library only" % __import__("platform").python_version())
# Newcombe (1998), Table II, method 10: (x1, m1, x2, m2, published lower, published upper)
TABLE_II = [(56, 70, 48, 80, 0.0524, 0.3339), (9, 10, 3, 10, 0.1705, 0.8090),
            (5, 56, 0, 29, -0.0381, 0.1926), (0, 10, 0, 20, -0.1611, 0.2775), (0, 10, 0, 10, -0.2775, 0.2775),
            (10, 10, 0, 20, 0.6791, 1.0000), (10, 10, 0, 10, 0.6075, 1.0000)]
for x1, m1, x2, m2, low, high in TABLE_II:
    lower, upper = newcombe(x1, m1, x2, m2, Z95)
    if round(lower, 4) != low or round(upper, 4) != high:
        raise SystemExit("%d/%d - %d/%d: %.4f-%.4f, Newcombe's Table II has %.4f-%.4f"
                         % (x1, m1, x2, m2, lower, upper, low, high))
    print("newcombe %d %d %d %d %.15g %.15g %.15g" % (x1, m1, x2, m2, Z95, lower, upper))
for x1, m1, x2, m2, z in [(36, 37, 35, 37, 2.2), (37, 37, 36, 38, 1.96), (14, 50, 3, 12, 2.8), (0, 12, 5, 11, 3.3),
                          (140, 200, 120, 190, 3.0)]:
    lower, upper = newcombe(x1, m1, x2, m2, z)
    print("newcombe %d %d %d %d %.15g %.15g %.15g" % (x1, m1, x2, m2, z, lower, upper))

TPR, FPR, MIN = 0.70, 0.20, 10
for n in (50, 200):
    for prevalence in (0.1, 0.5):
        selection = prevalence * TPR + (1 - prevalence) * FPR
        cells = [("PPV", selection, prevalence * TPR / selection, MIN),
                 ("NPV", 1 - selection, (1 - prevalence) * (1 - FPR) / (1 - selection), MIN),
                 ("selection_rate", 1.0, selection, 0),
                 ("accuracy", 1.0, prevalence * TPR + (1 - prevalence) * (1 - FPR), 0)]
        for name, share, p, minimum in cells:
            print("exact %s %d %.1f %.4f %.3f %.3f %.4f %.3f %.4f %.3f"
                  % ((name, n, prevalence) + exact(n, share, p, minimum)))
