#!/usr/bin/python3
"""Golden values for dev.fairness.metrics.LogitToOverall: a group's AUC (or F1) against its grouping's overall line
(toOverall, toOverallRatio) bounded on the logit scale and mapped back. Plain Python (no SciPy needed):
    python3 logit_to_overall.py > logit_to_overall.out

With the test set's group value a and overall value b, and their replicates a*_r, b*_r:
    delta = logit(a) - logit(b),   delta*_r = logit(a*_r) - logit(b*_r),
    s = the standard deviation of the delta*_r (n - 1 in the denominator),
    (L, U) = delta -+ q s                     (q: the family's max-t critical value, given here),
mapped back through b's estimate, g(x) = expit(logit(b) + x):
    toOverall:       g(L) - b,       g(U) - b         (estimate a - b)
    toOverallRatio:  log(g(L) / b),  log(g(U) / b)    (estimate log(a / b))
Each line: "<method> <a> <b> <q> <delta> <s> <estimate> <lower> <upper>".
"""
import math
import statistics


def logit(p):
    return math.log(p / (1 - p))


def expit(x):
    return 1 / (1 + math.exp(-x))


def bounds(a, b, ra, rb, q, ratio):
    delta = logit(a) - logit(b)
    s = statistics.stdev([logit(x) - logit(y) for x, y in zip(ra, rb)])
    g = lambda x: expit(logit(b) + x)
    back = (lambda x: math.log(g(x) / b)) if ratio else (lambda x: g(x) - b)
    estimate = math.log(a / b) if ratio else a - b
    return delta, s, estimate, back(delta - q * s), back(delta + q * s)


# a group of about 20 positives whose AUC came out high (0.93) against an overall line of 0.84, five replicates
HIGH = (0.93, 0.84, [0.95, 0.90, 0.97, 0.88, 0.93], [0.85, 0.83, 0.86, 0.82, 0.84], 2.5)
# a group at the overall line's level (no gap), two-sided
EVEN = (0.83, 0.83, [0.80, 0.86, 0.78, 0.88, 0.83, 0.81], [0.82, 0.84, 0.82, 0.85, 0.83, 0.82], 1.959963984540054)
# an F1 of 0.06 against 0.15 (a group far below the overall line)
LOW = (0.06, 0.15, [0.03, 0.08, 0.05, 0.10, 0.06], [0.13, 0.16, 0.14, 0.17, 0.15], 2.1)
for name, ratio in (("tooverall", False), ("tooverallratio", True)):
    for a, b, ra, rb, q in (HIGH, EVEN, LOW):
        print("%s %.15g %.15g %.15g %.15g %.15g %.15g %.15g %.15g" % ((name, a, b, q) + bounds(a, b, ra, rb, q, ratio)))
