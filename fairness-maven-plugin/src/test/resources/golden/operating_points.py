#!/usr/bin/python3
"""Golden values for dev.fairness.metrics.ThresholdSelector and Percentiles, from scikit-learn and NumPy.

Regenerate (Debian bookworm: apt-get install python3-sklearn, scikit-learn 1.2.1, NumPy 1.24):
    /usr/bin/python3 operating_points.py > operating_points.out

Operating points are read off scikit-learn's own curves, with every distinct score a candidate
(roc_curve(..., drop_intermediate=False); precision_recall_curve):
  youden     the threshold of max(tpr - fpr); ties: the highest threshold (argmax takes the first, and
             roc_curve lists thresholds from the highest down)
  maxF1      the threshold of max(2 p r / (p + r)) over precision_recall_curve; ties: the highest threshold
  targetFpr  the lowest threshold whose fpr <= target (the last such point of roc_curve)
  targetTpr  the highest threshold whose tpr >= target (the first such point of roc_curve)
roc_curve's first point (no predicted positive) has threshold max(score) + 1 in scikit-learn 1.2; it is printed
as "above" (the plugin uses the next double above the highest score). Each line:
  "op <case> <method> <target or -> <threshold> <tpr> <fpr>"
Percentile intervals are numpy.percentile(values, [100 (1 - level) / 2, 100 (1 + level) / 2]) with NumPy's
default linear interpolation. Each line: "ci <case> <level> <lower> <upper>".
"""
import numpy as np
import sklearn
from sklearn.metrics import precision_recall_curve, roc_curve


def cases():
    # 12 rows, hand-checkable: scores 0.9 .. 0.1 with ties at 0.7 and 0.4
    yield 'hand', np.array([1, 1, 0, 1, 0, 1, 0, 0, 1, 0, 0, 0]), \
        np.array([0.9, 0.8, 0.7, 0.7, 0.6, 0.5, 0.4, 0.4, 0.35, 0.3, 0.2, 0.1])
    # 400 rows with scores on a 0.02 grid, so that tied scores are common
    rng = np.random.default_rng(20240611)
    y = (rng.random(400) < 0.3).astype(int)
    raw = np.clip(0.25 * y + rng.normal(0.4, 0.18, 400), 0, 1)
    yield 'grid', y, np.round(raw * 50) / 50


def threshold_text(thresholds, i, scores):
    return 'above' if thresholds[i] > scores.max() else repr(float(thresholds[i]))


def operating_points(name, y, s):
    print('case', name)
    print('y_true', ' '.join(str(int(v)) for v in y))
    print('y_score', ' '.join(repr(float(v)) for v in s))
    fpr, tpr, thr = roc_curve(y, s, drop_intermediate=False)
    j = tpr - fpr
    i = int(np.argmax(j))
    print('op', name, 'youden', '-', threshold_text(thr, i, s), repr(float(tpr[i])), repr(float(fpr[i])))
    p, r, pthr = precision_recall_curve(y, s)
    with np.errstate(invalid='ignore', divide='ignore'):
        f1 = np.where(p + r > 0, 2 * p * r / (p + r), 0.0)[:-1]  # the last point has no threshold
    best = f1.max()
    k = max(idx for idx in range(len(pthr)) if f1[idx] == best)  # thresholds ascend: the highest tie
    t = pthr[k]
    m = int(np.where(thr == t)[0][0])
    print('op', name, 'maxF1', '-', repr(float(t)), repr(float(tpr[m])), repr(float(fpr[m])))
    for target in (0.1, 0.2, 0.5):
        i = int(np.where(fpr <= target)[0][-1])
        print('op', name, 'targetFpr', target, threshold_text(thr, i, s), repr(float(tpr[i])), repr(float(fpr[i])))
    for target in (0.5, 0.8, 0.95):
        i = int(np.where(tpr >= target)[0][0])
        print('op', name, 'targetTpr', target, threshold_text(thr, i, s), repr(float(tpr[i])), repr(float(fpr[i])))


def percentile_cases():
    yield 'five', np.array([0.3, 0.1, 0.5, 0.2, 0.4])
    yield 'ties', np.array([0.5, 0.5, 0.5, 0.7, 0.1, 0.5, 0.9])
    rng = np.random.default_rng(7)
    yield 'thousand', np.round(rng.normal(0.1, 0.03, 1000), 6)


print('# scikit-learn', sklearn.__version__, 'numpy', np.__version__)
for case in cases():
    operating_points(*case)
for name, values in percentile_cases():
    print('values', name, ' '.join(repr(float(v)) for v in values))
    for level in (0.95, 0.9, 0.5):
        lo, hi = np.percentile(values, [100 * (1 - level) / 2, 100 * (1 + level) / 2])
        print('ci', name, level, repr(float(lo)), repr(float(hi)))
