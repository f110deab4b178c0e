#!/usr/bin/python3
"""Writes validation.csv: 200 validation predictions of the planted-gap design (50 positives and 50 negatives
per sex; positives' scores Beta(5, 2) for men and Beta(3, 3) for women, negatives' Beta(2, 5)), seeded.
Run: /usr/bin/python3 make_validation.py"""
import random

random.seed(20240612)
rows = ["id,true_Effusion,score_Effusion,sex,age"]
for i in range(200):
    sex = 'F' if i < 100 else 'M'
    pos = (i % 100) < 50
    if pos:
        s = random.betavariate(5, 2) if sex == 'M' else random.betavariate(3, 3)
    else:
        s = random.betavariate(2, 5)
    rows.append("v%03d,%d,%.6f,%s,%d" % (i, 1 if pos else 0, s, sex, random.randint(20, 90)))
open('validation.csv', 'w').write("\n".join(rows) + "\n")
