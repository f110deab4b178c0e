"""Writes the seeded model pair of the comparison ITs (run from this folder: python3 generate.py).

400 images, 200 per sex, 100 positives and 100 negatives each; label Effusion, threshold 0.5.
baseline.csv:    TPR F 0.80, M 0.84 (difference 0.04), FPR 0.10 in both.
regression.csv:  the baseline with 5 of F's detected positives scored below the threshold:
                 TPR F 0.75 (difference 0.09): the TPR difference grows by exactly +0.05.
improvement.csv: the baseline with 3 of F's missed positives scored above the threshold:
                 TPR F 0.83 (difference 0.01): the TPR difference falls by 0.03.
"""
import random

rng = random.Random(12)
rows = []
for sex, detected in (("F", 80), ("M", 84)):
    for k in range(100):
        hit = k < detected
        score = rng.uniform(0.55, 0.95) if hit else rng.uniform(0.10, 0.45)
        rows.append([sex, 1, score, rng.randint(20, 85)])
    for k in range(100):
        alarm = k < 10
        score = rng.uniform(0.50, 0.70) if alarm else rng.uniform(0.05, 0.45)
        rows.append([sex, 0, score, rng.randint(20, 85)])
order = list(range(len(rows)))
rng.shuffle(order)
rows = [rows[i] for i in order]


def write(name, scores):
    with open(name, "w", newline="\n") as f:
        f.write("id,true_Effusion,score_Effusion,sex,age\n")
        for i, (row, score) in enumerate(zip(rows, scores)):
            f.write("img%04d,%d,%.6f,%s,%d\n" % (i, row[1], score, row[0], row[3]))


base = [r[2] for r in rows]
female_hits = [i for i, r in enumerate(rows) if r[0] == "F" and r[1] == 1 and r[2] >= 0.5]
female_misses = [i for i, r in enumerate(rows) if r[0] == "F" and r[1] == 1 and r[2] < 0.5]
regression = list(base)
for i in female_hits[:5]:
    regression[i] = round(1 - regression[i], 6) * 0.5  # below 0.5, keeps some order among them
improvement = list(base)
for i in female_misses[:3]:
    improvement[i] = 0.5 + improvement[i] / 2  # above 0.5
write("baseline.csv", base)
write("regression.csv", regression)
write("improvement.csv", improvement)
