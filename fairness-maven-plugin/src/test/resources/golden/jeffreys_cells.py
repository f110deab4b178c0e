#!/usr/bin/python3
"""Golden values for dev.fairness.metrics.JeffreysCells: the exact mean spread of the counted rates' bootstrap
replicates when they are drawn from the Jeffreys posterior of a group's confusion cells,
    (TP*, FP*, FN*, TN*) = n * Dirichlet(TP + 1/2, FP + 1/2, FN + 1/2, TN + 1/2),
against the true spread of the estimate over test sets. Python 3 standard library only:
    /usr/bin/python3 jeffreys_cells.py > jeffreys_cells.out

Under the Dirichlet, a ratio of cells is a Beta law (the aggregation property): PPV* = TP*/(TP* + FP*) is
Beta(TP + 1/2, FP + 1/2), NPV* is Beta(TN + 1/2, FN + 1/2); a rate over all n rows sums two cells, so the selection
rate and accuracy are Beta(x + 1, n - x + 1). A Beta(a, b)'s SD is sqrt(ab / ((a + b)^2 (a + b + 1))): the mean SD
of the replicates, for a group whose count is x of m cases, is that, with no simulation.

The model is the coverage suite's (and golden/newcombe.py's): binormal scores at threshold 0, base TPR 0.70 and
FPR 0.20, every row positive with probability `prevalence`. A group of n rows has m ~ Binomial(n, share) cases
of the rate's denominator (kept when m >= minClassCount 10 for PPV and NPV, always for accuracy and selection
rate) and x ~ Binomial(m, p) of them counted. Over the kept groups, each line gives
    "sdratio <metric> <n> <prevalence> <plug-in SD / true SD> <posterior SD / true SD>"
with the true SD the SD of p^ = x/m over the kept groups, the plug-in SD sqrt(p^(1 - p^)/m) (what a resample of
the rows gives a proportion: the replicates before the posterior draws), and the posterior SD the Beta's above.
For two independent identical groups, "sdratio_difference" gives the same two ratios for the difference of the
two groups (its replicates' SD is sqrt(SD1^2 + SD2^2), its true SD sqrt(2) times the group's); n = 1000 is left
out there (the pairs of outcomes are too many for this script to sum quickly).
"""
import math

TPR, FPR, MIN = 0.70, 0.20, 10


def binomial(n, k, p):
    if p == 1.0:
        return 1.0 if k == n else 0.0
    return math.exp(math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
                    + (k * math.log(p) if k else 0.0) + ((n - k) * math.log1p(-p) if n - k else 0.0))


def support(n, p, floor=1e-13):
    """The k of Binomial(n, p) with a probability above floor, and those probabilities."""
    return [(k, q) for k in range(n + 1) for q in [binomial(n, k, p)] if q > floor]


def beta_sd(a, b):
    return math.sqrt(a * b / ((a + b) ** 2 * (a + b + 1)))


def outcomes(n, share, p, minimum, prior):
    """(probability given kept, plug-in variance, posterior variance, p^) of every kept outcome."""
    cases = [(m, pm) for m, pm in support(n, share) if m >= max(1, minimum)]
    kept = sum(pm for _, pm in cases)
    result = []
    for m, pm in cases:
        for x, px in support(m, p):
            q = x / m
            result.append((pm / kept * px, q * (1 - q) / m, beta_sd(x + prior, m - x + prior) ** 2, q))
    mass = sum(w for w, _, _, _ in result)
    return [(w / mass, v, u, q) for w, v, u, q in result]


def ratios(n, share, p, minimum, prior, pairs):
    groups = outcomes(n, share, p, minimum, prior)
    mean = sum(w * q for w, _, _, q in groups)
    true_sd = math.sqrt(sum(w * (q - mean) ** 2 for w, _, _, q in groups))
    plug_in = sum(w * math.sqrt(v) for w, v, _, _ in groups)
    posterior = sum(w * math.sqrt(u) for w, _, u, _ in groups)
    group = (plug_in / true_sd, posterior / true_sd)
    if not pairs:
        return group, None
    plug_in_d = posterior_d = 0.0
    for w1, v1, u1, _ in groups:
        for w2, v2, u2, _ in groups:
            plug_in_d += w1 * w2 * math.sqrt(v1 + v2)
            posterior_d += w1 * w2 * math.sqrt(u1 + u2)
    difference_sd = math.sqrt(2) * true_sd
    return group, (plug_in_d / difference_sd, posterior_d / difference_sd)


print("# Python %s, standard library only" % __import__("platform").python_version())
for x, m in [(36, 37), (37, 37), (0, 12), (5, 18)]:
    print("beta_sd %d %d %.15g" % (x, m, beta_sd(x + 0.5, m - x + 0.5)))
for n in (50, 200, 1000):
    for prevalence in (0.1, 0.5):
        selection = prevalence * TPR + (1 - prevalence) * FPR
        cells = [("PPV", selection, prevalence * TPR / selection, MIN, 0.5),
                 ("NPV", 1 - selection, (1 - prevalence) * (1 - FPR) / (1 - selection), MIN, 0.5),
                 ("selection_rate", 1.0, selection, 0, 1.0),
                 ("accuracy", 1.0, prevalence * TPR + (1 - prevalence) * (1 - FPR), 0, 1.0)]
        for name, share, p, minimum, prior in cells:
            group, difference = ratios(n, share, p, minimum, prior, n <= 200)
            print("sdratio %s %d %.1f %.6f %.6f" % ((name, n, prevalence) + group))
            if difference:
                print("sdratio_difference %s %d %.1f %.6f %.6f" % ((name, n, prevalence) + difference))
