#!/usr/bin/python3
"""Golden values for dev.fairness.metrics.LogitMoverToOverall: a group's AUC (or F1) against its grouping's overall
line (toOverall, toOverallRatio) by MOVER for correlated estimates with logit-scale bounds of each line. Plain
Python 3 (statistics module):
    python3 logit_mover_to_overall.py > logit_mover_to_overall.out

Each line (the group g, the overall line o) has its test-set value A and replicates A*_r. On the logit scale, when A
and every A*_r lie strictly between 0 and 1:
    s = stdev(logit(A*_r)),   l = expit(logit(A) - q s),   u = expit(logit(A) + q s);
otherwise (toOverall only) s = stdev(A*_r), l = A - q s, u = A + q s. With r the Pearson correlation of the two
lines' replicates (of their logs for the ratio) and D(x, y) = x - y (toOverall) or log(x / y) (toOverallRatio):
    d = D(A_g, A_o)
    L = d - sqrt(e_g^2 + e_o^2 - 2 r e_g e_o),  e_g = D(A_g, l_g), e_o = D(u_o, A_o)
    U = d + sqrt(e_g^2 + e_o^2 - 2 r e_g e_o),  e_g = D(u_g, A_g), e_o = D(A_o, l_o)
Each line: "<method> <A_g> <A_o> <q> <r> <d> <L> <U>".
"""
import math
import statistics


def logit(p):
    return math.log(p / (1 - p))


def expit(x):
    return 1 / (1 + math.exp(-x))


def line(a, ra, q):
    if 0 < a < 1 and all(0 < x < 1 for x in ra):
        s = statistics.stdev([logit(x) for x in ra])
        return expit(logit(a) - q * s), expit(logit(a) + q * s)
    s = statistics.stdev(ra)
    return a - q * s, a + q * s


def correlation(x, y):
    mx, my = statistics.fmean(x), statistics.fmean(y)
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    return sxy / math.sqrt(sum((a - mx) ** 2 for a in x) * sum((b - my) ** 2 for b in y))


def mover(ag, ra, ao, ro, q, ratio):
    D = (lambda x, y: math.log(x / y)) if ratio else (lambda x, y: x - y)
    lg, ug = line(ag, ra, q)
    lo, uo = line(ao, ro, q)
    r = correlation([math.log(x) for x in ra], [math.log(x) for x in ro]) if ratio else correlation(ra, ro)
    spread = lambda eg, eo: math.sqrt(eg * eg + eo * eo - 2 * r * eg * eo)
    d = D(ag, ao)
    return r, d, d - spread(D(ag, lg), D(uo, ao)), d + spread(D(ug, ag), D(ao, lo))


# one of five groups, about 20 positives, whose AUC came out high (0.93) against an overall line of 0.84
HIGH = (0.93, [0.95, 0.90, 0.97, 0.88, 0.93], 0.84, [0.85, 0.83, 0.86, 0.82, 0.84], 2.5)
# a group at the overall line's level (no gap)
EVEN = (0.83, [0.80, 0.86, 0.78, 0.88, 0.83, 0.81], 0.83, [0.82, 0.84, 0.82, 0.85, 0.83, 0.82], 1.959963984540054)
# an F1 of 0.40 in a group that carries most of the overall line's true positives (0.15)
SHARE = (0.40, [0.36, 0.45, 0.38, 0.43, 0.40], 0.15, [0.14, 0.165, 0.145, 0.16, 0.15], 2.1)
# a group whose AUC is 1 in one replicate: its line stays on the AUC scale (toOverall only)
EDGE = (0.97, [0.95, 1.0, 0.96, 0.98], 0.9, [0.89, 0.91, 0.9, 0.92], 1.959963984540054)
for name, ratio, cases in (("tooverall", False, (HIGH, EVEN, SHARE, EDGE)), ("tooverallratio", True, (HIGH, EVEN, SHARE))):
    for ag, ra, ao, ro, q in cases:
        print("%s %.15g %.15g %.15g %.15g %.15g %.15g %.15g" % ((name, ag, ao, q) + mover(ag, ra, ao, ro, q, ratio)))
