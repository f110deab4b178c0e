#!/usr/bin/python3
"""Golden values for dev.fairness.metrics tests, computed with scikit-learn.

Regenerate (Debian bookworm: apt-get install python3-sklearn, scikit-learn 1.2.1, NumPy 1.24):
    /usr/bin/python3 sklearn_metrics.py > sklearn_metrics.out

Each case prints its inputs (so the Java test reads exactly the same rows) and then one line per
metric and group: "<metric> <group> <value>" with repr() precision. Group "overall" is all rows.
Scores are deliberately tied, within and across groups, because ROC AUC counts ties one half and
average precision groups tied scores into one threshold. Threshold metrics use y_pred = score >= 0.5.
"""
import numpy as np
import sklearn
from sklearn.metrics import (accuracy_score, average_precision_score, balanced_accuracy_score,
                             brier_score_loss, f1_score, precision_score, recall_score, roc_auc_score)

THRESHOLD = 0.5


def small_case():
    # 16 rows, 3 groups, scores on a 0.1 grid with ties inside and across groups.
    y_true = [0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 1, 0, 1, 1, 0, 0]
    y_score = [0.1, 0.4, 0.4, 0.4, 0.8, 0.8, 0.3, 0.9, 0.5, 0.5, 0.7, 0.2, 0.5, 0.1, 0.5, 0.9]
    group = ['a', 'a', 'a', 'a', 'a', 'a', 'b', 'b', 'b', 'b', 'b', 'c', 'c', 'c', 'c', 'c']
    return 'small', np.array(y_true), np.array(y_score), np.array(group)


def random_case():
    # 300 rows, 3 groups of different prevalence, scores rounded to 0.05 so that ties are frequent.
    rng = np.random.default_rng(20240607)
    n = 300
    group = rng.choice(np.array(['a', 'b', 'c']), size=n, p=[0.5, 0.3, 0.2])
    prevalence = np.where(group == 'a', 0.3, np.where(group == 'b', 0.5, 0.15))
    y_true = (rng.random(n) < prevalence).astype(int)
    raw = np.clip(0.35 * y_true + rng.normal(0.35, 0.2, n), 0, 1)
    y_score = np.round(raw * 20) / 20
    return 'random', y_true, y_score, group


def report(name, y_true, y_score, group):
    print('case', name)
    print('y_true', ' '.join(str(int(v)) for v in y_true))
    print('y_score', ' '.join(repr(float(v)) for v in y_score))
    print('group', ' '.join(group))
    groups = [('overall', np.ones(len(y_true), dtype=bool))]
    groups += [(g, group == g) for g in sorted(set(group))]
    for g, mask in groups:
        t, s = y_true[mask], y_score[mask]
        p = (s >= THRESHOLD).astype(int)
        values = [
            ('auc', roc_auc_score(t, s)),
            ('averagePrecision', average_precision_score(t, s)),
            ('brier', brier_score_loss(t, s)),
            ('tpr', recall_score(t, p)),
            ('tnr', recall_score(t, p, pos_label=0)),
            ('ppv', precision_score(t, p)),
            ('accuracy', accuracy_score(t, p)),
            ('balancedAccuracy', balanced_accuracy_score(t, p)),
            ('f1', f1_score(t, p)),
        ]
        for metric, value in values:
            print(metric, g, repr(float(value)))
    print('end')


print('# scikit-learn', sklearn.__version__, 'numpy', np.__version__, 'threshold', THRESHOLD)
for case in (small_case(), random_case()):
    report(*case)
