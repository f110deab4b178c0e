#!/usr/bin/python3
"""Two TorchScript text towers for the test that reads the logit scale from a text tower (TorchScriptTextTowerScaleTest).

Both are the text tower of sample-project/src/test/zero-shot/make_zero_shot_model.py (the same seeded weights as
src/it/_data/zero-shot/text_encoder.onnx: [N, 16] int64 token ids -> [N, 8], the mean of the tokens' embeddings),
traced for TorchScript:

- text_encoder_scaled.pt carries a logit_scale parameter of ln 20 (CLIP's convention: the scale is its exp(), 20);
- text_encoder.pt carries none.

A few KB each, so they are committed. Run from the repository root with Debian's python3-torch (seeded, so the files
are reproducible):

    /usr/bin/python3 fairness-maven-plugin/src/test/python/make_text_tower_with_scale.py .
"""
import math
import os
import sys

import torch

import torchscript_files


def main(root):
    sys.path.insert(0, os.path.join(root, "sample-project/src/test/zero-shot"))
    import make_zero_shot_model as sample

    out = os.path.join(root, "fairness-maven-plugin/src/test/resources/zeroshot/text-tower")
    os.makedirs(out, exist_ok=True)
    ids = torch.tensor([sample.tokenize(p) for p in sample.PROMPTS[:2]])

    bare = sample.TextTower(torch.Generator().manual_seed(2025)).eval()
    torchscript_files.save(torch.jit.trace(bare, ids), os.path.join(out, "text_encoder.pt"))

    scaled = sample.TextTower(torch.Generator().manual_seed(2025)).eval()
    scaled.logit_scale = torch.nn.Parameter(torch.tensor(math.log(20.0)))
    torchscript_files.save(torch.jit.trace(scaled, ids), os.path.join(out, "text_encoder_scaled.pt"))
    with torch.no_grad():
        for prompt, vector in zip(sample.PROMPTS[:2], scaled(ids).tolist()):
            print(prompt, [round(v, 4) for v in vector])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
