#!/usr/bin/python3
"""PIL's bicubic resize and centre crop on small seeded images (ClipPreprocessingTest, no shared data needed).

Cases: shrinking and enlarging, portrait and landscape, RGB kept as RGB and RGB converted to grey ("L", PIL's
integer luminance) before resizing. Writes synthetic.json: per case the source pixels (uint8, row-major, RGB
interleaved) and the expected crop (uint8, channel-major), computed as clip_preprocess_reference.py does.

Run from the repository root (Debian's python3-pil, python3-numpy):
    /usr/bin/python3 fairness-maven-plugin/src/test/resources/clip/pil_synthetic_reference.py \
        fairness-maven-plugin/src/test/resources/clip/synthetic.json
"""
import json
import sys

import numpy as np
from PIL import Image

CASES = [(50, 37, 16, "RGB"), (37, 50, 16, "L"), (9, 7, 16, "RGB"), (7, 12, 10, "L"), (64, 64, 24, "RGB")]


def crop(im, size):
    w, h = im.size
    new_w, new_h = (size, int(size * h / w)) if w <= h else (int(size * w / h), size)
    if (new_w, new_h) != (w, h):
        im = im.resize((new_w, new_h), Image.BICUBIC)
    left, top = int(round((new_w - size) / 2.0)), int(round((new_h - size) / 2.0))
    return im.crop((left, top, left + size, top + size))


def main(out):
    rng = np.random.default_rng(20261206)
    cases = []
    for width, height, size, mode in CASES:
        # smooth gradients plus noise, so that both the filter's shape and its rounding matter
        y, x = np.mgrid[0:height, 0:width]
        base = np.stack([x * 255 / width, y * 255 / height, (x + y) * 127 / (width + height)], axis=-1)
        source = np.clip(base + rng.integers(-40, 41, size=base.shape), 0, 255).astype(np.uint8)
        result = np.asarray(crop(Image.fromarray(source, "RGB").convert(mode), size), dtype=np.uint8)
        result = result[None, :, :] if mode == "L" else result.transpose(2, 0, 1)
        cases.append({"width": width, "height": height, "size": size, "mode": mode,
                      "source": source.reshape(-1).tolist(), "expected": result.reshape(-1).tolist()})
    with open(out, "w") as f:
        json.dump({"cases": cases}, f)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
