"""A 1,000,000-row predictions file (3 labels; sex, age, race), seeded: the input of the bootstrap benchmark (run.sh)."""
import sys
import numpy as np

if len(sys.argv) < 2 or sys.argv[1].startswith("-"):
    sys.exit("usage: python3 generate.py <output.csv> [rows=1000000]  (seeded: the same file every time)")
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
rng = np.random.default_rng(13)
sex = rng.choice(np.array(["F", "M"]), rows)
age = rng.integers(18, 91, rows)
race = rng.choice(np.array(["A", "B", "C", "D"]), rows, p=[0.6, 0.2, 0.15, 0.05])
columns = {"id": np.char.add("img", np.arange(rows).astype(str))}
for label, prevalence in [("Effusion", 0.12), ("Atelectasis", 0.10), ("Cardiomegaly", 0.03)]:
    truth = rng.random(rows) < prevalence
    score = 1 / (1 + np.exp(-(rng.normal(0, 1, rows) + np.where(truth, 1.5, -1.5) - 0.2 * (sex == "F"))))
    columns["true_" + label] = truth.astype(int).astype(str)
    columns["score_" + label] = np.char.mod("%.6f", score.astype(np.float32))
columns["sex"], columns["age"], columns["race"] = sex, age.astype(str), race
with open(sys.argv[1], "w") as out:
    out.write(",".join(columns) + "\n")
    table = np.stack(list(columns.values()), axis=1)
    for start in range(0, rows, 100_000):
        out.write("\n".join(",".join(r) for r in table[start:start + 100_000]) + "\n")
