#!/usr/bin/python3
"""Golden values for dev.fairness.metrics.SmoothedCells: the exact mean spread of the counted rates' bootstrap
replicates (PPV, NPV, selection rate, accuracy) against the true spread of the estimate over test sets, for four
ways of drawing the replicates. Python 3 standard library only:
    /usr/bin/python3 smoothed_cells.py > smoothed_cells.out

- resample: the rows resampled (the replicate of a proportion x/m has about the plug-in SD sqrt(p^(1 - p^)/m));
  zero when x = 0 or x = m.
- posterior: the cells from their Jeffreys posterior, (TP*, FP*, FN*, TN*) = n * Dirichlet(TP + 1/2, ..., TN + 1/2).
  A ratio of cells is then a Beta law (the aggregation property): PPV* ~ Beta(TP + 1/2, FP + 1/2), NPV* ~
  Beta(TN + 1/2, FN + 1/2); a rate over all n rows sums two cells, Beta(x + 1, n - x + 1). SD of Beta(a, b):
  sqrt(ab / ((a + b)^2 (a + b + 1))).
- smoothed c: (TP*, FP*, FN*, TN*) ~ Multinomial(n, (TP + c, FP + c, FN + c, TN + c) / (n + 4c)), with c = 1/2
  (Jeffreys' prior of the four cells) and c = 1/4 (Perks' prior: 1 in all; what the plugin draws). A rate's
  denominator m* is then Binomial(n, (m + 2c)/(n + 4c)) (n itself for a rate over all rows) and its count
  Binomial(m*, p~) given m*, with p~ = (x + c)/(m + 2c) ((x + 2c)/(n + 4c) over all rows): the replicate's
  variance, over the replicates where m* > 0 (the others are undefined), is p~(1 - p~) E[1/m* | m* > 0].

The model is the coverage suite's (and golden/newcombe.py's): binormal scores at threshold 0, base TPR 0.70 and
FPR 0.20, every row positive with probability `prevalence`. A group of n rows has m ~ Binomial(n, share) cases
of the rate's denominator (kept when m >= minClassCount 10 for PPV and NPV, always for accuracy and selection
rate) and x ~ Binomial(m, p) of them counted. Over the kept groups, each line gives
    "sdratio <metric> <n> <prevalence> <resample> <posterior> <smoothed 1/2> <smoothed 1/4> <true SD>"
each the mean over the kept groups of the replicates' SD under that law / the true SD (the SD of p^ = x/m over the
kept groups, the last column). "sdratio_difference" gives the same for the difference of two independent identical groups (the
replicates' SD sqrt(SD1^2 + SD2^2), the true SD sqrt(2) times the group's); n = 1000 is left out there (too many
pairs of outcomes to sum quickly here). Takes about a minute.
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


def beta_variance(a, b):
    return a * b / ((a + b) ** 2 * (a + b + 1))


def inverse_mean(n, q):
    """E[1/m* | m* > 0] for m* ~ Binomial(n, q)."""
    cases = [(k, w) for k, w in support(n, q, 1e-16) if k > 0]
    return sum(w / k for k, w in cases) / sum(w for _, w in cases)


def smoothed_variance(x, m, n, c, over_all_rows, inverse):
    p = (x + 2 * c) / (n + 4 * c) if over_all_rows else (x + c) / (m + 2 * c)
    return p * (1 - p) * inverse


LAWS = 4  # resample, posterior, smoothed 1/2, smoothed 1/4


def outcomes(n, share, p, minimum, over_all_rows):
    """(probability given kept, the four laws' replicate variances, p^) of every kept outcome."""
    cases = [(m, pm) for m, pm in support(n, share) if m >= max(1, minimum)]
    kept = sum(pm for _, pm in cases)
    prior = 1.0 if over_all_rows else 0.5
    result = []
    for m, pm in cases:
        inverse = [1 / n if over_all_rows else inverse_mean(n, (m + 2 * c) / (n + 4 * c)) for c in (0.5, 0.25)]
        for x, px in support(m, p):
            q = x / m
            result.append((pm / kept * px, q * (1 - q) / m, beta_variance(x + prior, m - x + prior),
                           smoothed_variance(x, m, n, 0.5, over_all_rows, inverse[0]),
                           smoothed_variance(x, m, n, 0.25, over_all_rows, inverse[1]), q))
    mass = sum(o[0] for o in result)
    return [(o[0] / mass,) + o[1:] for o in result]


def ratios(n, share, p, minimum, over_all_rows, pairs):
    groups = outcomes(n, share, p, minimum, over_all_rows)
    mean = sum(o[0] * o[-1] for o in groups)
    true_sd = math.sqrt(sum(o[0] * (o[-1] - mean) ** 2 for o in groups))
    group = tuple(sum(o[0] * math.sqrt(o[1 + law]) for o in groups) / true_sd for law in range(LAWS)) + (true_sd,)
    if not pairs:
        return group, None
    sums = [0.0] * LAWS
    for a in groups:
        for b in groups:
            w = a[0] * b[0]
            for law in range(LAWS):
                sums[law] += w * math.sqrt(a[1 + law] + b[1 + law])
    difference_sd = math.sqrt(2) * true_sd
    return group, tuple(s / difference_sd for s in sums)


print("# Python %s, standard library only" % __import__("platform").python_version())
for n in (50, 200, 1000):
    for prevalence in (0.1, 0.5):
        selection = prevalence * TPR + (1 - prevalence) * FPR
        cells = [("PPV", selection, prevalence * TPR / selection, MIN, False),
                 ("NPV", 1 - selection, (1 - prevalence) * (1 - FPR) / (1 - selection), MIN, False),
                 ("selection_rate", 1.0, selection, 0, True),
                 ("accuracy", 1.0, prevalence * TPR + (1 - prevalence) * (1 - FPR), 0, True)]
        for name, share, p, minimum, over_all_rows in cells:
            group, difference = ratios(n, share, p, minimum, over_all_rows, n <= 200)
            print("sdratio %s %d %.1f %.6f %.6f %.6f %.6f %.15g" % ((name, n, prevalence) + group))
            if difference:
                print("sdratio_difference %s %d %.1f %.6f %.6f %.6f %.6f" % ((name, n, prevalence) + difference))
