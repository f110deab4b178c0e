"""CLIP's image and text towers (openai/CLIP model.py's layout), sized by their arguments.

One definition for the seeded scripts that write test models of this architecture: make_vit_b32.py (ViT-B/32 size,
for the throughput benchmark) and ../resources/zeroshot/make_dual_encoder.py (a tiny dual encoder, committed).
Parameters are created in CLIP's order, so a seeded script draws the same weights whichever script defines them.
"""
import math

import torch
from torch import nn


class QuickGELU(nn.Module):
    def forward(self, x):
        return x * torch.sigmoid(1.702 * x)


class Attention(nn.Module):
    def __init__(self, width, heads):
        super().__init__()
        self.width, self.heads = width, heads
        self.qkv = nn.Linear(width, 3 * width)
        self.out = nn.Linear(width, width)

    def forward(self, x, mask):
        # sizes from the mask and constants, not x.shape: a traced model keeps a dynamic batch only where -1 stands
        t, w, d = mask.shape[0], self.width, self.width // self.heads
        q, k, v = self.qkv(x).reshape(-1, t, 3, self.heads, d).permute(2, 0, 3, 1, 4)
        a = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(d)) + mask
        return self.out((a.softmax(-1) @ v).transpose(1, 2).reshape(-1, t, w))


class Block(nn.Module):
    """CLIP's ResidualAttentionBlock: pre-norm attention and MLP (4x, QuickGELU)."""

    def __init__(self, width, heads):
        super().__init__()
        self.ln_1 = nn.LayerNorm(width)
        self.attn = Attention(width, heads)
        self.ln_2 = nn.LayerNorm(width)
        self.mlp = nn.Sequential(nn.Linear(width, 4 * width), QuickGELU(), nn.Linear(4 * width, width))

    def forward(self, x, mask):
        x = x + self.attn(self.ln_1(x), mask)
        return x + self.mlp(self.ln_2(x))


class ImageTower(nn.Module):
    """ViT: [N, 3, size, size] floats -> patches + class token, ln_pre, blocks, ln_post of the class token, projection
    to embed (an unnormalised embedding, as CLIP's encode_image)."""

    def __init__(self, size, patch, width, layers, heads, embed):
        super().__init__()
        tokens = (size // patch) ** 2 + 1
        self.width = width
        self.conv1 = nn.Conv2d(3, width, patch, stride=patch, bias=False)
        self.class_embedding = nn.Parameter(torch.randn(width) * width ** -0.5)
        self.positional_embedding = nn.Parameter(torch.randn(tokens, width) * width ** -0.5)
        self.ln_pre = nn.LayerNorm(width)
        self.blocks = nn.ModuleList([Block(width, heads) for _ in range(layers)])
        self.ln_post = nn.LayerNorm(width)
        self.proj = nn.Parameter(torch.randn(width, embed) * width ** -0.5)
        self.register_buffer("no_mask", torch.zeros(tokens, tokens))

    def forward(self, image):
        x = self.conv1(image).flatten(2).transpose(1, 2)
        cls = self.class_embedding.expand(x.shape[0], 1, self.width)
        x = self.ln_pre(torch.cat([cls, x], dim=1) + self.positional_embedding)
        for block in self.blocks:
            x = block(x, self.no_mask)
        return self.ln_post(x[:, 0, :]) @ self.proj


class TextTower(nn.Module):
    """[N, context] int64 token ids -> token and positional embeddings, causal blocks, ln_final, the end-of-text
    token's state (the largest id), projection to embed (as CLIP's encode_text).

    token_rows: a token table smaller than the vocabulary, indexed by id mod token_rows (keeps a committed file
    small); None for the whole vocabulary.
    """

    def __init__(self, context, vocab, width, layers, heads, embed, token_rows=None):
        super().__init__()
        self.token_rows = token_rows
        self.token_embedding = nn.Embedding(token_rows or vocab, width)
        self.positional_embedding = nn.Parameter(torch.randn(context, width) * 0.01)
        self.blocks = nn.ModuleList([Block(width, heads) for _ in range(layers)])
        self.ln_final = nn.LayerNorm(width)
        self.text_projection = nn.Parameter(torch.randn(width, embed) * width ** -0.5)
        self.register_buffer("causal", torch.full((context, context), float("-inf")).triu(1))

    def forward(self, ids):
        rows = ids if self.token_rows is None else torch.remainder(ids, self.token_rows)
        x = self.token_embedding(rows) + self.positional_embedding
        for block in self.blocks:
            x = block(x, self.causal)
        x = self.ln_final(x)
        end = ids.argmax(dim=-1)  # the end-of-text token has the largest id
        return x[torch.arange(x.shape[0]), end] @ self.text_projection
