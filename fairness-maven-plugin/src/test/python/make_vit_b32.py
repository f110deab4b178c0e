#!/usr/bin/python3
"""ViT-B/32-size CLIP towers with random weights, for the throughput benchmark (never committed: hundreds of MB).

- vit-b32-probe.{onnx,pt}: CLIP's ViT-B/32 image tower, [N, 3, 224, 224] floats, patch 32 (7x7 patches + class
  token), width 768, 12 layers, 12 heads, MLP 3072 (QuickGELU), ln_pre, ln_post, projection to 512 (87.8 M
  parameters, the published model's layout and size), with a linear probe on the 512-d embedding: 14 findings,
  sigmoid (the seed study's fine-tuned "linear probe" set-up), so the plugin evaluates it as a classifier. The head
  costs 7,182 multiply-adds of the tower's 4.4 G: the throughput is the image encoder's.
- clip-text.{onnx,pt}: CLIP's text tower of the same model: [N, 77] int64 token ids, 49,408 token embeddings,
  width 512, 12 layers, 8 heads, causal mask, ln_final, the end-of-text token's state, projection to 512.

The towers are clip_towers.py's (shared with the zero-shot tests' dual encoder). Seeded, untrained: throughput does not depend on the weights. Both towers are traced for TorchScript and exported
to ONNX (opset 14) with a dynamic batch. Files that exist are kept (delete them to regenerate).

Run with Debian's python3-torch (1.13): /usr/bin/python3 make_vit_b32.py <output folder>
(the benchmark-throughput profile runs it into target/benchmark).
"""
import os
import sys

import torch
from torch import nn

from clip_towers import ImageTower, TextTower

IMAGE_SIZE, PATCH, WIDTH, LAYERS, HEADS, EMBED, FINDINGS = 224, 32, 768, 12, 12, 512, 14
CONTEXT, VOCAB, TEXT_WIDTH, TEXT_HEADS = 77, 49408, 512, 8


class LinearProbe(nn.Module):
    def __init__(self):
        super().__init__()
        self.tower = ImageTower(IMAGE_SIZE, PATCH, WIDTH, LAYERS, HEADS, EMBED)
        self.head = nn.Linear(EMBED, FINDINGS)

    def forward(self, image):
        return torch.sigmoid(self.head(self.tower(image)))


def export(model, example, out, name, input_name):
    """name.pt (traced) and name.onnx, each written to a temporary name first so that a killed run leaves none."""
    pt, onnx = os.path.join(out, name + ".pt"), os.path.join(out, name + ".onnx")
    if not os.path.exists(pt):
        with torch.no_grad():
            torch.jit.save(torch.jit.trace(model, example), pt + ".tmp")
        os.replace(pt + ".tmp", pt)
    if not os.path.exists(onnx):
        torch.onnx.export(model, example, onnx + ".tmp", opset_version=14, input_names=[input_name],
                          output_names=["output"], dynamic_axes={input_name: {0: "batch"}, "output": {0: "batch"}})
        os.replace(onnx + ".tmp", onnx)
    # the traced file runs on another batch size with the same results (no batch size baked in)
    traced = torch.jit.load(pt)
    with torch.no_grad():
        more = torch.cat([example, example[:1]])
        assert torch.allclose(traced(more)[:1], model(example[:1]), atol=1e-4), name + ": batch size baked in"
    print("%s: %.1f M parameters, %s (%.0f MB), %s (%.0f MB)" % (
        name, sum(p.numel() for p in model.parameters()) / 1e6, pt, os.path.getsize(pt) / 1e6, onnx,
        os.path.getsize(onnx) / 1e6))


def main(out):
    os.makedirs(out, exist_ok=True)
    torch.manual_seed(32)  # each tower seeded on its own: either file can be regenerated alone
    export(LinearProbe().eval(), torch.rand(2, 3, IMAGE_SIZE, IMAGE_SIZE), out, "vit-b32-probe", "image")
    torch.manual_seed(77)
    ids = torch.zeros(2, CONTEXT, dtype=torch.int64)
    ids[:, 0], ids[:, 1:4], ids[:, 4] = 49406, torch.tensor([320, 1125, 539]), 49407
    export(TextTower(CONTEXT, VOCAB, TEXT_WIDTH, LAYERS, TEXT_HEADS, EMBED).eval(), ids, out, "clip-text", "ids")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "target/benchmark")
