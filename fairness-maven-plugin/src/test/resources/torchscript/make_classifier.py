#!/usr/bin/python3
"""A small image classifier as TorchScript and as ONNX, same weights (TorchScriptScorerTest, the torchscript IT).

Seeded, untrained weights: 3x64x64 RGB (any height and width works: the pooling is global), two strided
convolutions, global average pooling, a linear layer to 3 logits. Written as

    classifier.pt     torch.jit.trace, saved with torch.jit.save without debug records (what DJL's PyTorch engine loads)
    classifier.onnx   torch.onnx.export, opset 13, dynamic batch (what ONNX Runtime loads)

Run from the repository root (Debian's python3-torch 1.13):
    /usr/bin/python3 fairness-maven-plugin/src/test/resources/torchscript/make_classifier.py \
        fairness-maven-plugin/src/test/resources/torchscript
"""
import os
import sys

import torch
from torch import nn

# torchscript_files.save: torch.jit.save without debug records (they hold this machine's path of this script)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "python"))
import torchscript_files  # noqa: E402


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 8, 3, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(8, 16, 3, stride=2, padding=1), nn.ReLU())
        self.head = nn.Linear(16, 3)

    def forward(self, x):
        return self.head(self.features(x).mean(dim=(2, 3)))


def main(out):
    torch.manual_seed(11)
    model = Classifier().eval()
    # spread the logits so that the three scores differ visibly between images
    with torch.no_grad():
        model.head.weight.mul_(8.0)
    example = torch.rand(2, 3, 64, 64)
    with torch.no_grad():
        traced = torch.jit.trace(model, example)
    torchscript_files.save(traced, os.path.join(out, "classifier.pt"))
    torch.onnx.export(model, example, os.path.join(out, "classifier.onnx"), opset_version=13,
                      input_names=["image"], output_names=["logits"],
                      dynamic_axes={"image": {0: "batch"}, "logits": {0: "batch"}})


if __name__ == "__main__":
    main(sys.argv[1])
