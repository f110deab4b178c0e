/**
 * Zero-shot scoring of CLIP-style models: an image encoder gives image embeddings, prompts per class or finding
 * give text embeddings (a text encoder with a tokenizer, or a file of precomputed embeddings), and the scores are
 * the published models' functions of the cosine similarities ({@link dev.fairness.zeroshot.ZeroShotHead}). The
 * {@link dev.fairness.zeroshot.ZeroShotScorer} is an {@link dev.fairness.inference.ImageScorer}, so the pipeline,
 * metrics, rules and reports treat a zero-shot model like a classifier.
 */
package dev.fairness.zeroshot;
