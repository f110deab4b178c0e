#!/usr/bin/python3
"""Golden values for dev.fairness.metrics.LogitShapeToOverall: a group's AUC (or F1) against its grouping's overall
line (toOverall, toOverallRatio) with the shape of the logit path both lines take and the bootstrap SD's width.
Plain Python 3.10+ (statistics module):
    python3 logit_shape_to_overall.py > logit_shape_to_overall.out

The group's value a and the overall line's b, with replicates a*_r, b*_r, all strictly between 0 and 1:
    delta = logit(a) - logit(b),  delta*_r = logit(a*_r) - logit(b*_r),  s_delta = stdev(delta*_r)
    beta_g = cov(logit(a*_r), delta*_r) / s_delta^2,  beta_o = beta_g - 1
    d = a - b (toOverall) or log(a / b) (toOverallRatio),  d*_r likewise,  s_d = stdev(d*_r)
    path(t) = D(expit(logit(a) + beta_g t), expit(logit(b) + beta_o t)),  D the comparison
    slope = beta_g D'(a) - beta_o D'(b),  D'(p) = p (1 - p), or 1 - p for the log ratio
    k = s_d / (s_delta slope)
    L = d + k (path(-q s_delta) - d),   U = d + k (path(q s_delta) - d)
(q: the family's max-t critical value, given here; stdev and cov with n - 1 in the denominator).
Each line: "<method> <a> <b> <q> <delta> <s_delta> <beta_g> <s_d> <d> <L> <U>".
"""
import math
import statistics


def logit(p):
    return math.log(p / (1 - p))


def expit(x):
    return 1 / (1 + math.exp(-x))


def bounds(a, ra, b, rb, q, ratio):
    D = (lambda x, y: math.log(x / y)) if ratio else (lambda x, y: x - y)
    derivative = (lambda p: 1 - p) if ratio else (lambda p: p * (1 - p))
    delta = logit(a) - logit(b)
    deltas = [logit(x) - logit(y) for x, y in zip(ra, rb)]
    s_delta = statistics.stdev(deltas)
    beta_g = statistics.covariance([logit(x) for x in ra], deltas) / s_delta ** 2
    beta_o = beta_g - 1
    s_d = statistics.stdev([D(x, y) for x, y in zip(ra, rb)])
    path = lambda t: D(expit(logit(a) + beta_g * t), expit(logit(b) + beta_o * t))
    k = s_d / (s_delta * (beta_g * derivative(a) - beta_o * derivative(b)))
    d = D(a, b)
    return (delta, s_delta, beta_g, s_d, d, d + k * (path(-q * s_delta) - d), d + k * (path(q * s_delta) - d))


# one of five groups, about 20 positives, whose AUC came out high (0.93) against an overall line of 0.84
HIGH = (0.93, [0.95, 0.90, 0.97, 0.88, 0.93], 0.84, [0.85, 0.83, 0.86, 0.82, 0.84], 2.5)
# a group at the overall line's level (no gap)
EVEN = (0.83, [0.80, 0.86, 0.78, 0.88, 0.83, 0.81], 0.83, [0.82, 0.84, 0.82, 0.85, 0.83, 0.82], 1.959963984540054)
# an F1 of 0.40 in a group that carries most of the overall line's true positives (0.15)
SHARE = (0.40, [0.36, 0.45, 0.38, 0.43, 0.40], 0.15, [0.14, 0.165, 0.145, 0.16, 0.15], 2.1)
# a group at 0.83 against an overall line of 0.60 pulled down by another group, whose own spread moves the line
BASE = (0.83, [0.84, 0.80, 0.86, 0.82, 0.83, 0.85], 0.60, [0.56, 0.63, 0.58, 0.66, 0.55, 0.61], 2.2)
for name, ratio in (("tooverall", False), ("tooverallratio", True)):
    for a, ra, b, rb, q in (HIGH, EVEN, SHARE, BASE):
        print(" ".join([name] + ["%.15g" % v for v in (a, b, q) + bounds(a, ra, b, rb, q, ratio)]))
