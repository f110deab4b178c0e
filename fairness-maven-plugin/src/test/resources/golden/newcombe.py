#!/usr/bin/python3
"""Golden values for dev.fairness.metrics.MoverDifference (the interval of a difference of two counted
proportions), JeffreysBounds, RegularizedBeta and NormalTail, and the exact coverage and spread of the candidate
intervals in the coverage suite's cells. Python 3 standard library only:
    /usr/bin/python3 newcombe.py > newcombe.out

Newcombe's hybrid score interval (Newcombe 1998, "Interval estimation for the difference between independent
proportions: comparison of eleven methods", Statistics in Medicine 17:873-890, method 10): with the two groups'
Wilson score intervals (l1, u1), (l2, u2) at the same critical value z and d = p1 - p2,
    L = d - sqrt((p1 - l1)^2 + (u2 - p2)^2),   U = d + sqrt((u1 - p1)^2 + (p2 - l2)^2).
Each line: "newcombe <x1> <m1> <x2> <m2> <z> <lower> <upper>". The first seven are worked examples of
Newcombe's Table II, method 10 (z = 1.96, two-sided 95%: his examples a, b, d, e, f, g, h); the script checks its
bounds against the published four decimals and stops if one differs. The others use critical values such as
max-t gives for more groups.

MOVER-J, what the plugin uses: the same combination with each group's Jeffreys bounds, the Phi(-z) and Phi(z)
quantiles of Beta(x + 1/2, m - x + 1/2) (lower 0 when x = 0, upper 1 when x = m). Each line:
"jeffreys <x> <m> <z> <lower> <upper>" and "moverj <x1> <m1> <x2> <m2> <z> <lower> <upper>"; "normaltail <z> <P(Z > z)>"
and "beta <x> <a> <b> <I_x(a, b)>" for the functions under them (the beta quantile by bisection on the incomplete
beta's continued fraction, as the Java code; checked once against SciPy 1.17.1's beta.ppf, which this script
does not need).

Agresti-Caffo (2000): p~ = (x + 1)/(m + 2), p~1 - p~2 +- z sqrt(p~1(1 - p~1)/(m1 + 2) + p~2(1 - p~2)/(m2 + 2)).

Exact figures: the coverage suite's binormal model (base TPR 0.70, FPR 0.20, every row positive with probability
`prevalence`); two identical groups of n rows. A group's number of cases m is Binomial(n, share) (kept when
m >= minClassCount 10 for PPV and NPV, always for accuracy and selection rate), its count Binomial(m, p). Over
both groups' draws (the sets where both are kept), each line gives
    "exact <metric> <n> <prevalence> <P(m < 10)> <plug-in SD / true SD> <Wilson SD / true SD>
     <AC covers 0> <AC SD / true SD> <Newcombe covers 0> <Newcombe SD / true SD> <MOVER-J covers 0>
     <MOVER-J SD / true SD>"
where a group's true SD is the SD of p^ = x/m over the kept sets, the plug-in SD is sqrt(p^(1 - p^)/m) (what the
bootstrap SD of a proportion is near), an interval's SD is its width / (2 z), and the difference's true SD is
sqrt(2) times the group's (two independent identical groups). z = 1.96, the two-group max-t critical value; the
plugin's comes from the bootstrap and varies a little around it.
"""
import math
from statistics import NormalDist

from wilson import binomial, wilson_at as wilson  # the same score interval as wilson.py, at a critical value z

Z95 = NormalDist().inv_cdf(0.975)


def newcombe(x1, m1, x2, m2, z):
    p1, p2 = x1 / m1, x2 / m2
    l1, u1 = wilson(x1, m1, z)
    l2, u2 = wilson(x2, m2, z)
    d = p1 - p2
    return d - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)


def beta_fraction(a, b, x):
    """The continued fraction of I_x(a, b) (modified Lentz, Numerical Recipes 6.4)."""
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1, a - 1
    c, d = 1.0, 1 - qab * x / qap
    d = 1 / (tiny if abs(d) < tiny else d)
    h = d
    for m in range(1, 1001):
        m2 = 2 * m
        for aa in (m * (b - m) * x / ((qam + m2) * (a + m2)), -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))):
            d = 1 + aa * d
            d = 1 / (tiny if abs(d) < tiny else d)
            c = 1 + aa / c
            c = tiny if abs(c) < tiny else c
            h *= d * c
        if abs(d * c - 1) < 1e-16:
            break
    return h


def incomplete_beta(x, a, b):
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x))
    if x < (a + 1) / (a + b + 2):
        return front * beta_fraction(a, b, x) / a
    return 1 - front * beta_fraction(b, a, 1 - x) / b


def beta_quantile(p, a, b):
    low, high = 0.0, 1.0
    for _ in range(200):
        mid = (low + high) / 2
        if mid in (low, high):
            break
        if incomplete_beta(mid, a, b) < p:
            low = mid
        else:
            high = mid
    return (low + high) / 2


def normal_tail(z):
    return 0.5 * math.erfc(z / math.sqrt(2))  # not NormalDist().cdf(-z): 1 + erf(-z/sqrt 2) cancels in the tail


JEFFREYS = {}


def jeffreys(x, m, z):
    key = (x, m, z)
    if key not in JEFFREYS:
        tail = normal_tail(z)
        JEFFREYS[key] = (0.0 if x == 0 else beta_quantile(tail, x + 0.5, m - x + 0.5),
                         1.0 if x == m else beta_quantile(1 - tail, x + 0.5, m - x + 0.5))
    return JEFFREYS[key]


def mover_j(x1, m1, x2, m2, z):
    p1, p2 = x1 / m1, x2 / m2
    l1, u1 = jeffreys(x1, m1, z)
    l2, u2 = jeffreys(x2, m2, z)
    d = p1 - p2
    return d - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)


def agresti_caffo(x1, m1, x2, m2, z):
    a, b = (x1 + 1) / (m1 + 2), (x2 + 1) / (m2 + 2)
    s = math.sqrt(a * (1 - a) / (m1 + 2) + b * (1 - b) / (m2 + 2))
    return a - b - z * s, a - b + z * s


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
    ac_held = nc_held = ac_width = nc_width = mj_held = mj_width = 0.0
    for w1, m1, x1, _ in groups:
        for w2, m2, x2, _ in groups:
            w = w1 * w2
            lo, hi = agresti_caffo(x1, m1, x2, m2, z)
            ac_held += w if lo <= 0 <= hi else 0
            ac_width += w * (hi - lo)
            lo, hi = newcombe(x1, m1, x2, m2, z)
            nc_held += w if lo <= 0 <= hi else 0
            nc_width += w * (hi - lo)
            lo, hi = mover_j(x1, m1, x2, m2, z)
            mj_held += w if lo <= 0 <= hi else 0
            mj_width += w * (hi - lo)
    total = mass * mass
    difference_sd = math.sqrt(2) * true_sd
    return (left_out, plug_in / true_sd, wilson_sd / true_sd, ac_held / total,
            ac_width / total / (2 * z) / difference_sd, nc_held / total, nc_width / total / (2 * z) / difference_sd,
            mj_held / total, mj_width / total / (2 * z) / difference_sd)


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
for z in (0.5, 1.0, 1.7, 1.95996398454005, 2.5, 3.3, 5.0):
    print("normaltail %.15g %.15g" % (z, normal_tail(z)))
for x, a, b in [(0.5, 0.5, 0.5), (0.9, 36.5, 1.5), (0.1, 2.5, 30.5), (0.3, 10, 20), (0.75, 120.5, 40.5)]:
    print("beta %.15g %.15g %.15g %.15g" % (x, a, b, incomplete_beta(x, a, b)))
for x, m, z in [(0, 10, 1.95996398454005), (10, 10, 1.95996398454005), (1, 37, 1.95996398454005),
                (36, 37, 2.2), (14, 50, 2.8), (5, 56, 1.95996398454005), (140, 200, 3.0), (500, 1000, 3.3)]:
    lower, upper = jeffreys(x, m, z)
    print("jeffreys %d %d %.15g %.15g %.15g" % (x, m, z, lower, upper))
for x1, m1, x2, m2, z in [(56, 70, 48, 80, 1.95996398454005), (5, 56, 0, 29, 1.95996398454005),
                          (10, 10, 0, 20, 1.95996398454005), (36, 37, 35, 37, 2.2), (37, 37, 36, 38, 1.96),
                          (14, 50, 3, 12, 2.8), (0, 12, 5, 11, 3.3), (140, 200, 120, 190, 3.0)]:
    lower, upper = mover_j(x1, m1, x2, m2, z)
    print("moverj %d %d %d %d %.15g %.15g %.15g" % (x1, m1, x2, m2, z, lower, upper))

TPR, FPR, MIN = 0.70, 0.20, 10
for n, prevalence in ((50, 0.1), (50, 0.5), (200, 0.1)):  # n = 200 / 0.5 and n = 1000: too slow in pure Python
    if True:
        selection = prevalence * TPR + (1 - prevalence) * FPR
        cells = [("PPV", selection, prevalence * TPR / selection, MIN),
                 ("NPV", 1 - selection, (1 - prevalence) * (1 - FPR) / (1 - selection), MIN),
                 ("selection_rate", 1.0, selection, 0),
                 ("accuracy", 1.0, prevalence * TPR + (1 - prevalence) * (1 - FPR), 0)]
        for name, share, p, minimum in cells:
            print("exact %s %d %.1f %.4f %.3f %.3f %.4f %.3f %.4f %.3f %.4f %.3f"
                  % ((name, n, prevalence) + exact(n, share, p, minimum)))
