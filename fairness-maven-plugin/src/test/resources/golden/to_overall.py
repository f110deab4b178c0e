#!/usr/bin/python3
"""Golden values for dev.fairness.metrics.MoverToOverall and MoverLogToOverall: the interval of a group's
counted rate (class-conditional, or PPV, NPV, accuracy, selection rate) against its grouping's overall line (toOverall, toOverallRatio). Needs SciPy (beta
quantiles; checked with SciPy 1.17.1):
    python3 to_overall.py > to_overall.out

The overall line contains the group; the group and the rest of the line (every other row) are independent. With
x_g of m_g cases (positives, negatives, predicted positives or negatives, rows) in the group (n_g rows) and x of m cases in the overall line (n rows), the rest has x_r = x - x_g of
m_r = m - m_g cases (n_r = n - n_g rows), w = m_g / m, p_overall = w p_g + (1 - w) p_r, and
    d = p_g - p_overall = (1 - w)(p_g - p_r).
Jeffreys bounds (l, u) at critical value z: the Phi(-z) and Phi(z) quantiles of Beta(x + 1/2, m - x + 1/2), lower 0
when x = 0, upper 1 when x = m. The share's SD by the delta method, each class count binomial in its rows:
    sd(w) = sqrt(m_r^2 m_g (n_g - m_g) / n_g + m_g^2 m_r (n_r - m_r) / n_r) / m^2.
The share's term z sd(w) |p_g - p_r| is taken at each limit's own difference, the MOVER limits of p_g - p_r:
    D_L = (p_g - p_r) - sqrt((p_g - l_g)^2 + (u_r - p_r)^2),   D_U = (p_g - p_r) + sqrt((u_g - p_g)^2 + (p_r - l_r)^2)
toOverall:
    L = d - sqrt((1 - w)^2 ((p_g - l_g)^2 + (u_r - p_r)^2) + (z sd(w) D_L)^2)
    U = d + sqrt((1 - w)^2 ((u_g - p_g)^2 + (p_r - l_r)^2) + (z sd(w) D_U)^2)
toOverallRatio, e = log(p_g / p_overall) = f(log(p_r / p_g)) with f(x) = -log(w + (1 - w) e^x), decreasing; the MOVER
log ratio of the rest to the group,
    Lx = log(p_r / p_g) - sqrt(log(p_r / l_r)^2 + log(u_g / p_g)^2),  Ux = log(p_r / p_g) + sqrt(log(u_r / p_r)^2 + log(p_g / l_g)^2),
and the share's term at x, c'(x) = z sd(w) |1 - e^x| / (w + (1 - w) e^x) (= z sd(w) |p_g - p_r| / p_overall at the
estimate), taken at each limit's own x:
    L = e - sqrt((e - f(Ux))^2 + c'(Ux)^2),   U = e + sqrt((f(Lx) - e)^2 + c'(Lx)^2).
Each line: "tooverall <x_g> <m_g> <n_g> <x> <m> <n> <z> <d> <L> <U>" and "tooverallratio ... <e> <L> <U>".
"""
import math
from scipy.stats import beta, norm


def jeffreys(x, m, z):
    tail = norm.sf(z)
    lower = 0.0 if x == 0 else beta.ppf(tail, x + 0.5, m - x + 0.5)
    upper = 1.0 if x == m else beta.ppf(1 - tail, x + 0.5, m - x + 0.5)
    return lower, upper


def parts(xg, mg, ng, x, m, n):
    xr, mr, nr = x - xg, m - mg, n - ng
    w = mg / m
    sdw = math.sqrt(mr * mr * mg * (ng - mg) / ng + mg * mg * mr * (nr - mr) / nr) / (m * m)
    return xg / mg, xr / mr, xr, mr, w, sdw


def to_overall(xg, mg, ng, x, m, n, z):
    pg, pr, xr, mr, w, sdw = parts(xg, mg, ng, x, m, n)
    lg, ug = jeffreys(xg, mg, z)
    lr, ur = jeffreys(xr, mr, z)
    d = pg - x / m
    dl = pg - pr - math.hypot(pg - lg, ur - pr)
    du = pg - pr + math.hypot(ug - pg, pr - lr)
    lower = d - math.sqrt((1 - w) ** 2 * ((pg - lg) ** 2 + (ur - pr) ** 2) + (z * sdw * dl) ** 2)
    upper = d + math.sqrt((1 - w) ** 2 * ((ug - pg) ** 2 + (pr - lr) ** 2) + (z * sdw * du) ** 2)
    return d, lower, upper


def to_overall_ratio(xg, mg, ng, x, m, n, z):
    pg, pr, xr, mr, w, sdw = parts(xg, mg, ng, x, m, n)
    lg, ug = jeffreys(xg, mg, z)
    lr, ur = jeffreys(xr, mr, z)
    po = x / m
    e = math.log(pg / po)
    lx = math.log(pr / pg) - math.hypot(math.log(pr / lr), math.log(ug / pg))
    ux = math.log(pr / pg) + math.hypot(math.log(ur / pr), math.log(pg / lg))
    f = lambda v: -math.log(w + (1 - w) * math.exp(v))
    c = lambda v: z * sdw * abs(1 - math.exp(v)) / (w + (1 - w) * math.exp(v))
    return e, e - math.hypot(e - f(ux), c(ux)), e + math.hypot(f(lx) - e, c(lx))


CASES = [
    # two groups of 200 at prevalence 0.5, TPR 0.2 and 0.7 (the coverage suite's 2.5x-limit cell)
    (20, 100, 200, 90, 200, 400, 1.959963984540054),
    # five groups of 200, one of them (70 of 100) against all 1,000 rows, max-t critical value 2.5
    (70, 100, 200, 350, 500, 1000, 2.5),
    # a group whose every positive is found: its upper bound is 1
    (20, 20, 200, 150, 200, 1000, 1.959963984540054),
    # PPV (cases: predicted positives): a group of 200 rows, 10 true of 50 predicted positives, against an overall
    # line of 400 rows, 60 true of 120 predicted positives
    (10, 50, 200, 60, 120, 400, 1.959963984540054),
]
for c in CASES:
    print("tooverall %d %d %d %d %d %d %.15g %.15g %.15g %.15g" % (c + to_overall(*c)))
for c in CASES:
    print("tooverallratio %d %d %d %d %d %d %.15g %.15g %.15g %.15g" % (c + to_overall_ratio(*c)))
