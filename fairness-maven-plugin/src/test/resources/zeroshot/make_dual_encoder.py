#!/usr/bin/python3
"""A small CLIP-architecture dual encoder, CLIP's real tokenizer, and golden zero-shot values (ZeroShotGoldenTest).

Everything the Java side is checked against is computed here, independently of the plugin and of DJL:

- tokenizer.json.gz: CLIP's byte-level BPE (OpenAI's bpe_simple_vocab_16e6.txt.gz, MIT licence, as shipped in the
  open_clip_torch wheel) written as a Hugging Face tokenizer.json, the layout of openai/clip-vit-base-patch32's
  (NFC + whitespace + lowercase, CLIP's split regex, byte level, BPE with "</w>", <|startoftext|> ... <|endoftext|>).
  The golden token ids come from a re-implementation of CLIP's own SimpleTokenizer on the same vocabulary, not
  from that JSON (ftfy is not in Debian; the prompts are plain ASCII, where ftfy changes nothing).
- image_encoder.{pt,onnx}: a ViT (patch 16, width 32, 2 layers, 4 heads, class token, ln_pre, ln_post, projection
  to 16) taking [N, 3, 224, 224] floats; text_encoder.{pt,onnx}: CLIP's text tower (token and positional
  embeddings, causal transformer, ln_final, the end-of-text token's state (argmax of the ids), projection to 16)
  taking [N, 77] int64 ids. Seeded, untrained. To keep the committed files small the token table has 1024 rows,
  indexed by id mod 1024; everything else is CLIP's layout. Outputs are unnormalised embeddings, as CLIP's
  encode_image / encode_text. Both towers are ../../python/clip_towers.py's (shared with make_vit_b32.py).
- golden.json: token ids and text embeddings of every prompt, image embeddings of real covid-cxr images
  (preprocessed by clip_preprocess_reference.py, i.e. PIL), and the scores of every scoring mode.

Run from the repository root (Debian's python3-torch 1.13, python3-pil, python3-numpy, python3-regex):
    /usr/bin/python3 fairness-maven-plugin/src/test/resources/zeroshot/make_dual_encoder.py \
        <folder holding bpe_simple_vocab_16e6.txt.gz> ../shared/data fairness-maven-plugin/src/test/resources/zeroshot
"""
import gzip
import html
import json
import os
import sys
from functools import lru_cache

import numpy as np
import regex as re
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "clip"))
sys.path.insert(0, os.path.join(HERE, "..", "..", "python"))  # clip_towers.py, shared with make_vit_b32.py
from clip_preprocess_reference import clip_crop, normalised  # noqa: E402
from clip_towers import ImageTower, TextTower  # noqa: E402
import torchscript_files  # noqa: E402

CONTEXT = 77
WIDTH = 32
EMBED = 16
TOKEN_ROWS = 1024
IMAGES = ["covid-cxr/images/000010-2.png", "covid-cxr/images/1-s2.0-S1059131120301151-gr2-e.png",
          "covid-cxr/images/covid-19-pneumonia-40.jpg", "covid-cxr/images/pneumococcal-pneumonia-day7.jpg",
          "nih-sample/images/00029548_010.png", "nih-sample/images/00029699_000.png"]

# the scoring set-ups of the golden test, as the Java side configures them
CLASSES = {"covid": "COVID-19 pneumonia", "bacterial": "bacterial pneumonia", "normal": "a normal chest"}
CLASS_TEMPLATES = ["a chest x-ray showing {}.", "a radiograph of {}", "{}"]
FINDINGS = {"Pneumonia": "pneumonia", "Edema": "edema", "Cardiomegaly": "cardiomegaly",
            "Effusion": "pleural effusion"}
POSITIVE = ["{}", "findings of {}"]
NEGATIVE = ["no {}", "no findings of {}"]
LONG_PROMPT = " ".join(["opacity"] * 80)


# ---- CLIP's tokenizer, as OpenAI wrote it (simple_tokenizer.py), on the same vocabulary ----

@lru_cache()
def bytes_to_unicode():
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(2 ** 8):
        if b not in bs:
            bs.append(b)
            cs.append(2 ** 8 + n)
            n += 1
    return dict(zip(bs, [chr(c) for c in cs]))


def get_pairs(word):
    return set(zip(word[:-1], word[1:]))


class SimpleTokenizer:
    def __init__(self, bpe_path):
        merges = gzip.open(bpe_path).read().decode("utf-8").split("\n")
        merges = merges[1:49152 - 256 - 2 + 1]
        self.merges = [tuple(merge.split()) for merge in merges]
        self.byte_encoder = bytes_to_unicode()
        vocab = list(bytes_to_unicode().values())
        vocab = vocab + [v + "</w>" for v in vocab]
        for merge in self.merges:
            vocab.append("".join(merge))
        vocab.extend(["<|startoftext|>", "<|endoftext|>"])
        self.vocab = vocab
        self.encoder = dict(zip(vocab, range(len(vocab))))
        self.bpe_ranks = dict(zip(self.merges, range(len(self.merges))))
        self.cache = {"<|startoftext|>": "<|startoftext|>", "<|endoftext|>": "<|endoftext|>"}
        self.pat = re.compile(r"""<\|startoftext\|>|<\|endoftext\|>|'s|'t|'re|'ve|'m|'ll|'d|[\p{L}]+|[\p{N}]|[^\s\p{L}\p{N}]+""",
                              re.IGNORECASE)

    def bpe(self, token):
        if token in self.cache:
            return self.cache[token]
        word = tuple(token[:-1]) + (token[-1] + "</w>",)
        pairs = get_pairs(word)
        if not pairs:
            return token + "</w>"
        while True:
            bigram = min(pairs, key=lambda pair: self.bpe_ranks.get(pair, float("inf")))
            if bigram not in self.bpe_ranks:
                break
            first, second = bigram
            new_word = []
            i = 0
            while i < len(word):
                try:
                    j = word.index(first, i)
                    new_word.extend(word[i:j])
                    i = j
                except ValueError:
                    new_word.extend(word[i:])
                    break
                if word[i] == first and i < len(word) - 1 and word[i + 1] == second:
                    new_word.append(first + second)
                    i += 2
                else:
                    new_word.append(word[i])
                    i += 1
            word = tuple(new_word)
            if len(word) == 1:
                break
            pairs = get_pairs(word)
        word = " ".join(word)
        self.cache[token] = word
        return word

    def encode(self, text):
        text = re.sub(r"\s+", " ", html.unescape(html.unescape(text))).strip().lower()
        tokens = []
        for token in re.findall(self.pat, text):
            token = "".join(self.byte_encoder[b] for b in token.encode("utf-8"))
            tokens.extend(self.encoder[t] for t in self.bpe(token).split(" "))
        return tokens

    def tokenize(self, text):
        """CLIP's clip.tokenize: start, tokens, end, zero padding to the context length."""
        ids = [self.encoder["<|startoftext|>"]] + self.encode(text) + [self.encoder["<|endoftext|>"]]
        if len(ids) > CONTEXT:
            raise ValueError(f"too long: {len(ids)}")
        return ids + [0] * (CONTEXT - len(ids))

    def tokenizer_json(self):
        """The same vocabulary as a Hugging Face tokenizer.json (no padding or truncation in the file)."""
        special = lambda i, c: {"id": i, "content": c, "single_word": False, "lstrip": False, "rstrip": False,
                                "normalized": True, "special": True}
        return {
            "version": "1.0", "truncation": None, "padding": None,
            "added_tokens": [special(49406, "<|startoftext|>"), special(49407, "<|endoftext|>")],
            "normalizer": {"type": "Sequence", "normalizers": [
                {"type": "NFC"}, {"type": "Replace", "pattern": {"Regex": "\\s+"}, "content": " "},
                {"type": "Lowercase"}]},
            "pre_tokenizer": {"type": "Sequence", "pretokenizers": [
                {"type": "Split", "pattern": {
                    "Regex": "'s|'t|'re|'ve|'m|'ll|'d|[\\p{L}]+|[\\p{N}]|[^\\s\\p{L}\\p{N}]+"},
                 "behavior": "Removed", "invert": True},
                {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": False}]},
            "post_processor": {"type": "RobertaProcessing", "sep": ["<|endoftext|>", 49407],
                               "cls": ["<|startoftext|>", 49406], "trim_offsets": False, "add_prefix_space": False},
            "decoder": {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True, "use_regex": True},
            "model": {"type": "BPE", "dropout": None, "unk_token": "<|endoftext|>", "continuing_subword_prefix": "",
                      "end_of_word_suffix": "</w>", "fuse_unk": False, "byte_fallback": False,
                      "vocab": self.encoder, "merges": [" ".join(m) for m in self.merges]},
        }


# ---- the dual encoder ----

def export(model, example, out, name, input_name):
    with torch.no_grad():
        torchscript_files.save(torch.jit.trace(model, example), os.path.join(out, name + ".pt"))
    torch.onnx.export(model, example, os.path.join(out, name + ".onnx"), opset_version=14,
                      input_names=[input_name], output_names=["embedding"],
                      dynamic_axes={input_name: {0: "batch"}, "embedding": {0: "batch"}})


def check_dynamic_batch(out):
    """The saved TorchScript files run on a batch size other than the traced one, with the same results."""
    image = torch.jit.load(os.path.join(out, "image_encoder.pt"))
    x = torch.rand(3, 3, 224, 224)
    with torch.no_grad():
        assert torch.allclose(image(x)[1:2], image(x[1:2]), atol=1e-5)


# ---- scoring, as the published models do it ----

def unit(v):
    return v / np.linalg.norm(v, axis=-1, keepdims=True)


def group_logits(image, prompts, embeddings, ensemble, scale):
    """One logit per image for a group of prompts (a class's, or a finding's positive or negative ones)."""
    e = unit(np.stack([embeddings[p] for p in prompts]))
    if ensemble == "embedding-mean":
        return scale * image @ unit(e.mean(axis=0))
    logits = scale * image @ e.T
    return logits.mean(axis=1) if ensemble == "logit-mean" else logits.max(axis=1)


def softmax_scores(images, embeddings, ensemble, scale):
    logits = np.stack([group_logits(images, [t.format(n) for t in CLASS_TEMPLATES], embeddings, ensemble, scale)
                       for n in CLASSES.values()], axis=1)
    logits -= logits.max(axis=1, keepdims=True)
    p = np.exp(logits)
    return p / p.sum(axis=1, keepdims=True)


def pair_scores(images, embeddings, ensemble, scale):
    columns = []
    for n in FINDINGS.values():
        pos = group_logits(images, [t.format(n) for t in POSITIVE], embeddings, ensemble, scale)
        neg = group_logits(images, [t.format(n) for t in NEGATIVE], embeddings, ensemble, scale)
        columns.append(np.exp(pos) / (np.exp(pos) + np.exp(neg)))
    return np.stack(columns, axis=1)


def main(vocab_folder, data, out):
    tokenizer = SimpleTokenizer(os.path.join(vocab_folder, "bpe_simple_vocab_16e6.txt.gz"))
    with gzip.GzipFile(os.path.join(out, "tokenizer.json.gz"), "wb", mtime=0) as f:
        f.write(json.dumps(tokenizer.tokenizer_json(), ensure_ascii=False).encode("utf-8"))

    torch.manual_seed(2026)
    image_encoder = ImageTower(224, 16, WIDTH, 2, 4, EMBED).eval()
    text_encoder = TextTower(CONTEXT, 49408, WIDTH, 2, 4, EMBED, token_rows=TOKEN_ROWS).eval()
    export(image_encoder, torch.rand(2, 3, 224, 224), out, "image_encoder", "image")

    prompts = sorted({t.format(n) for n in CLASSES.values() for t in CLASS_TEMPLATES}
                     | {t.format(n) for n in FINDINGS.values() for t in POSITIVE + NEGATIVE})
    ids = torch.tensor([tokenizer.tokenize(p) for p in prompts], dtype=torch.int64)
    export(text_encoder, ids[:2], out, "text_encoder", "ids")

    check_dynamic_batch(out)
    with torch.no_grad():
        text = text_encoder(ids).numpy().astype(np.float64)
        pixels = np.stack([normalised(clip_crop(os.path.join(data, image))[1]) for image in IMAGES])
        images = image_encoder(torch.from_numpy(pixels)).numpy().astype(np.float64)
    embeddings = dict(zip(prompts, text))
    unit_images = unit(images)

    modes = {}
    for ensemble in ["embedding-mean", "logit-mean", "logit-max"]:
        modes["softmax/" + ensemble] = {"scale": 100.0,
                                        "scores": softmax_scores(unit_images, embeddings, ensemble, 100.0).tolist()}
        for scale in [1.0, 100.0]:
            modes[f"pair/{ensemble}/{scale:g}"] = {
                "scale": scale, "scores": pair_scores(unit_images, embeddings, ensemble, scale).tolist()}
    golden = {
        "contextLength": CONTEXT,
        "classes": CLASSES, "classTemplates": CLASS_TEMPLATES,
        "findings": FINDINGS, "positive": POSITIVE, "negative": NEGATIVE,
        "longPrompt": LONG_PROMPT, "longPromptTokens": len(tokenizer.encode(LONG_PROMPT)) + 2,
        "prompts": {p: {"ids": [i for i in tokenizer.tokenize(p)], "embedding": embeddings[p].tolist()}
                    for p in prompts},
        "images": [{"image": image, "embedding": e.tolist()} for image, e in zip(IMAGES, images)],
        "modes": modes,
    }
    with open(os.path.join(out, "golden.json"), "w") as f:
        json.dump(golden, f, indent=1)
        f.write("\n")
    # the precomputed-embeddings file format, for teams that encode prompts elsewhere
    with open(os.path.join(out, "prompt_embeddings.json"), "w") as f:
        json.dump({"embeddings": {p: embeddings[p].tolist() for p in prompts}}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
