#!/usr/bin/python3
"""Golden values for dev.fairness.metrics.LogitShapeToOverall: a group's AUC (or F1) against its grouping's overall
line (toOverall, toOverallRatio) with the logit scale's shape and the bootstrap SD's width. Plain Python 3
(statistics module):
    python3 logit_shape_to_overall.py > logit_shape_to_overall.out

The group's value a and the overall line's b, with replicates a*_r, b*_r, all strictly between 0 and 1:
    delta = logit(a) - logit(b),  delta*_r = logit(a*_r) - logit(b*_r),  s_delta = stdev(delta*_r)
    d = a - b (toOverall) or log(a / b) (toOverallRatio),  d*_r likewise,  s_d = stdev(d*_r)
    m(x) = expit(logit(b) + x) - b, or log(expit(logit(b) + x) / b);  m'(delta) = a (1 - a), or 1 - a
    k = s_d / (s_delta m'(delta))
    L = d + k (m(delta - q s_delta) - m(delta)),   U = d + k (m(delta + q s_delta) - m(delta))
(q: the family's max-t critical value, given here; stdev with n - 1 in the denominator).
Each line: "<method> <a> <b> <q> <delta> <s_delta> <s_d> <d> <L> <U>".
"""
import math
import statistics


def logit(p):
    return math.log(p / (1 - p))


def expit(x):
    return 1 / (1 + math.exp(-x))


def bounds(a, ra, b, rb, q, ratio):
    D = (lambda x, y: math.log(x / y)) if ratio else (lambda x, y: x - y)
    delta = logit(a) - logit(b)
    s_delta = statistics.stdev([logit(x) - logit(y) for x, y in zip(ra, rb)])
    s_d = statistics.stdev([D(x, y) for x, y in zip(ra, rb)])
    m = lambda x: D(expit(logit(b) + x), b)
    k = s_d / (s_delta * ((1 - a) if ratio else a * (1 - a)))
    d = D(a, b)
    return delta, s_delta, s_d, d, d + k * (m(delta - q * s_delta) - m(delta)), d + k * (m(delta + q * s_delta) - m(delta))


# one of five groups, about 20 positives, whose AUC came out high (0.93) against an overall line of 0.84
HIGH = (0.93, [0.95, 0.90, 0.97, 0.88, 0.93], 0.84, [0.85, 0.83, 0.86, 0.82, 0.84], 2.5)
# a group at the overall line's level (no gap)
EVEN = (0.83, [0.80, 0.86, 0.78, 0.88, 0.83, 0.81], 0.83, [0.82, 0.84, 0.82, 0.85, 0.83, 0.82], 1.959963984540054)
# an F1 of 0.40 in a group that carries most of the overall line's true positives (0.15)
SHARE = (0.40, [0.36, 0.45, 0.38, 0.43, 0.40], 0.15, [0.14, 0.165, 0.145, 0.16, 0.15], 2.1)
for name, ratio in (("tooverall", False), ("tooverallratio", True)):
    for a, ra, b, rb, q in (HIGH, EVEN, SHARE):
        print("%s %.15g %.15g %.15g %.15g %.15g %.15g %.15g %.15g %.15g" % ((name, a, b, q) + bounds(a, ra, b, rb, q, ratio)))
