#!/usr/bin/python3
"""Writes the sample project's zero-shot model: a tiny CLIP-layout dual encoder for the sample's 32x32 "radiographs".

Run from the repository root (Debian's python3-torch 1.13 and python3-onnx; seeded, so the files are reproducible):

    /usr/bin/python3 sample-project/src/test/zero-shot/make_zero_shot_model.py .

It writes, into sample-project/src/test/zero-shot/ and src/it/_data/zero-shot/:

- image_encoder.onnx: [N, 1, 32, 32] float -> [N, 8] image embedding. The weights are chosen, not trained: the
  embedding is (16 * mean - 8, 1, 0, ..., 0), where 16 * mean - 8 is the logit of the sample's ONNX classifier, so
  the zero-shot model ranks the images as the classifier does. It carries the metadata property
  logit_scale = ln 10 (CLIP's convention: the scale is its exp(), 10).
- text_encoder.onnx: [N, 16] int64 token ids -> [N, 8], the mean of the tokens' embeddings (padding left out).
  "effusion" points along the first axis, "no" against it (twice as long), the other words along the last six
  axes (seeded random), so "... effusion" and "... no ... effusion" score images on opposite sides.
- tokenizer.json: a Hugging Face word-level tokenizer (lower case, split at spaces, <sot> ... <eot>, pad id 0).
- prompt_embeddings.json: the text tower's output for the sample's prompts, for the precomputed-embeddings route.

and, for the integration and unit tests only, into src/it/_data/zero-shot/:

- image_encoder.pt: the same image tower as TorchScript, with a logit_scale parameter (ln 10).
- text_encoder_three_inputs.onnx: a text tower that also needs token_type_ids, which the plugin cannot give.
- prompt_embeddings_narrow.json: embeddings of width 4, which do not fit the image tower's 8.
"""
import json
import math
import os
import sys

import onnx
import torch

# torch.jit.save without debug records (they hold this machine's path of this script)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..",
                                "fairness-maven-plugin", "src", "test", "python"))
import torchscript_files  # noqa: E402

WIDTH = 8
CONTEXT = 16
WORDS = ["<pad>", "<sot>", "<eot>", "<unk>", "a", "chest", "x-ray", "showing", "photo", "of", "with", "no",
         "pleural", "effusion", "fluid", "normal", "lungs", "finding", "findings", "the", "is", "there"]
PROMPTS = ["a chest x-ray showing pleural effusion", "a chest x-ray showing no pleural effusion",
           "pleural effusion", "no pleural effusion"]


class ImageTower(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.project = torch.nn.Linear(1, WIDTH)
        with torch.no_grad():
            self.project.weight.zero_()
            self.project.bias.zero_()
            self.project.weight[0, 0] = 16.0
            self.project.bias[0] = -8.0
            self.project.bias[1] = 1.0
        self.logit_scale = torch.nn.Parameter(torch.tensor(math.log(10.0)))

    def forward(self, image):
        return self.project(image.mean(dim=(2, 3)))


class TextTower(torch.nn.Module):
    def __init__(self, generator):
        super().__init__()
        table = torch.zeros(len(WORDS), WIDTH)
        table[1:, 2:] = 0.3 * torch.randn(len(WORDS) - 1, WIDTH - 2, generator=generator)
        table[WORDS.index("effusion")] = torch.tensor([3.0] + [0.0] * (WIDTH - 1))
        table[WORDS.index("no")] = torch.tensor([-6.0] + [0.0] * (WIDTH - 1))
        self.embedding = torch.nn.Embedding(len(WORDS), WIDTH, _weight=table)

    def forward(self, ids):
        mask = (ids != 0).unsqueeze(-1).float()
        return (self.embedding(ids) * mask).sum(dim=1) / mask.sum(dim=1)


class ThreeInputTextTower(TextTower):
    """A BERT-style signature: every input is used, so the export keeps all three."""

    def forward(self, input_ids, attention_mask, token_type_ids):
        mask = attention_mask.unsqueeze(-1).float()
        pooled = (self.embedding(input_ids) * mask).sum(dim=1) / mask.sum(dim=1)
        return pooled + 0 * token_type_ids.float().sum(dim=1, keepdim=True)


def tokenizer_json():
    special = [{"id": i, "content": w, "single_word": False, "lstrip": False, "rstrip": False, "normalized": False,
                "special": True} for i, w in enumerate(WORDS[:4])]
    return {
        "version": "1.0", "truncation": None, "padding": None, "added_tokens": special,
        "normalizer": {"type": "Lowercase"},
        "pre_tokenizer": {"type": "WhitespaceSplit"},
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [{"SpecialToken": {"id": "<sot>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                       {"SpecialToken": {"id": "<eot>", "type_id": 0}}],
            "pair": [{"SpecialToken": {"id": "<sot>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                     {"Sequence": {"id": "B", "type_id": 0}}, {"SpecialToken": {"id": "<eot>", "type_id": 0}}],
            "special_tokens": {w: {"id": w, "ids": [WORDS.index(w)], "tokens": [w]} for w in ("<sot>", "<eot>")},
        },
        "decoder": None,
        "model": {"type": "WordLevel", "vocab": {w: i for i, w in enumerate(WORDS)}, "unk_token": "<unk>"},
    }


def tokenize(prompt):
    ids = [1] + [WORDS.index(w) if w in WORDS else 3 for w in prompt.lower().split()] + [2]
    return ids + [0] * (CONTEXT - len(ids))


def export(model, args, path, inputs, output, metadata=None):
    axes = {name: {0: "n"} for name in inputs + [output]}
    torch.onnx.export(model, args, path, input_names=inputs, output_names=[output], dynamic_axes=axes,
                      opset_version=13)
    if metadata:
        proto = onnx.load(path)
        onnx.helper.set_model_props(proto, metadata)
        onnx.save(proto, path)


def embeddings_file(path, vectors, origin):
    with open(path, "w") as out:
        json.dump({"origin": origin, "embeddings": {p: [round(float(v), 7) for v in e] for p, e in vectors.items()}},
                  out, indent=1)
        out.write("\n")


def main(root):
    generator = torch.Generator().manual_seed(2025)
    image, text = ImageTower().eval(), TextTower(generator).eval()
    ids = torch.tensor([tokenize(p) for p in PROMPTS])
    with torch.no_grad():
        vectors = dict(zip(PROMPTS, text(ids).tolist()))
    sample = os.path.join(root, "sample-project/src/test/zero-shot")
    it = os.path.join(root, "src/it/_data/zero-shot")
    for folder in (sample, it):
        os.makedirs(folder, exist_ok=True)
        export(image, torch.zeros(2, 1, 32, 32), os.path.join(folder, "image_encoder.onnx"), ["image"], "embedding",
               {"logit_scale": repr(math.log(10.0))})
        export(text, ids[:2], os.path.join(folder, "text_encoder.onnx"), ["ids"], "embedding")
        with open(os.path.join(folder, "tokenizer.json"), "w") as out:
            json.dump(tokenizer_json(), out, indent=1)
            out.write("\n")
        embeddings_file(os.path.join(folder, "prompt_embeddings.json"), vectors,
                        "text_encoder.onnx of make_zero_shot_model.py")
    torchscript_files.save(torch.jit.trace(image, torch.zeros(2, 1, 32, 32)), os.path.join(it, "image_encoder.pt"))
    three = ThreeInputTextTower(torch.Generator().manual_seed(2025)).eval()
    export(three, (ids[:2], ids[:2], ids[:2]), os.path.join(it, "text_encoder_three_inputs.onnx"),
           ["input_ids", "attention_mask", "token_type_ids"], "embedding")
    embeddings_file(os.path.join(it, "prompt_embeddings_narrow.json"), {p: v[:4] for p, v in vectors.items()},
                    "the first 4 values of each embedding: too narrow for the image tower")
    for p, v in vectors.items():
        print(p, tokenize(p), [round(x, 4) for x in v])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
