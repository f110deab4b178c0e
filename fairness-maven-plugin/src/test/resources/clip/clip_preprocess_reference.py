#!/usr/bin/python3
"""Independent reference for CLIP's preprocessing (ClipPreprocessingTest): PIL and numpy only, no project code.

For a seeded selection of real images of the shared data (every kind the decoder reads: RGB, RGBA, grey and
palette PNG, colour and grey JPEG), computes what OpenAI CLIP's `preprocess` feeds the model:

    Image.open(path).convert("RGB")
    Resize(224, BICUBIC)      shorter side to 224, longer side int(224 * long / short), PIL antialiased bicubic
    CenterCrop(224)           offset int(round((resized - 224) / 2.0))
    ToTensor, Normalize       (uint8 / 255 - mean) / std in float32, CLIP's mean and std

and writes golden.csv, one row per image: the image (relative to the shared data folder), its size, the SHA-256
of the 3x224x224 uint8 crop (channel-major), and 32 seeded samples c:y:x=value of the normalised float32 tensor.

Run from the repository root (Debian's python3-pil, python3-numpy):
    /usr/bin/python3 fairness-maven-plugin/src/test/resources/clip/clip_preprocess_reference.py \
        ../shared/data fairness-maven-plugin/src/test/resources/clip/golden.csv
"""
import csv
import hashlib
import random
import sys

import numpy as np
from PIL import Image

SIZE = 224
MEAN = np.array([0.48145466, 0.4578275, 0.40821073], dtype=np.float32)
STD = np.array([0.26862954, 0.26130258, 0.27577711], dtype=np.float32)
SAMPLES = 32


def clip_crop(path):
    im = Image.open(path).convert("RGB")
    w, h = im.size
    if w <= h:
        new_w, new_h = SIZE, int(SIZE * h / w)
    else:
        new_w, new_h = int(SIZE * w / h), SIZE
    if (new_w, new_h) != (w, h):
        im = im.resize((new_w, new_h), Image.BICUBIC)
    left = int(round((new_w - SIZE) / 2.0))
    top = int(round((new_h - SIZE) / 2.0))
    im = im.crop((left, top, left + SIZE, top + SIZE))
    return (w, h), np.asarray(im, dtype=np.uint8).transpose(2, 0, 1).copy()  # CHW


def normalised(crop):
    x = crop.astype(np.float32) / np.float32(255)
    return (x - MEAN[:, None, None]) / STD[:, None, None]


def selection(root):
    """Every PNG of nih-sample's first 10 rows and, from covid-cxr, up to 3 images of each (format, mode)."""
    chosen = []
    with open(f"{root}/nih-sample/manifest.csv", newline="") as f:
        chosen += ["nih-sample/" + row["image"] for row in list(csv.DictReader(f))[:10]]
    rng = random.Random(20261206)
    kinds = {}
    with open(f"{root}/covid-cxr/manifest.csv", newline="") as f:
        for row in csv.DictReader(f):
            kinds.setdefault((row["format"], row["mode"]), []).append("covid-cxr/" + row["image"])
    for key in sorted(kinds):
        images = sorted(kinds[key])
        chosen += sorted(rng.sample(images, min(3, len(images))))
    return chosen


def main(root, out):
    rng = random.Random(7)
    with open(out, "w", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["image", "width", "height", "sha256", "samples"])
        for image in selection(root):
            (w, h), crop = clip_crop(f"{root}/{image}")
            tensor = normalised(crop)
            points = [(rng.randrange(3), rng.randrange(SIZE), rng.randrange(SIZE)) for _ in range(SAMPLES)]
            samples = " ".join(f"{c}:{y}:{x}={tensor[c, y, x]!r}" for c, y, x in points)
            writer.writerow([image, w, h, hashlib.sha256(crop.tobytes()).hexdigest(), samples])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
