package dev.fairness.maven;

import java.io.File;
import java.util.List;

/**
 * The {@code <zeroShot>} block of the pom, as Maven injects it: a CLIP-style model scored from prompts instead of a
 * classifier. Read and checked by {@link ZeroShotReader}; the zero-shot page of the documentation describes each
 * value.
 */
public class ZeroShotConfiguration {
    /** The image tower: an ONNX or TorchScript file whose output is one embedding per image. */
    File imageEncoder;
    /** The text tower: an ONNX or TorchScript file taking token ids; needs {@code tokenizer}. */
    File textEncoder;
    /** The text tower's Hugging Face {@code tokenizer.json}. */
    File tokenizer;
    /** Instead of a text tower: a JSON file of precomputed prompt embeddings. */
    File promptEmbeddings;
    /** The text tower's sequence length (CLIP: 77). */
    Integer contextLength;
    /** The id after the last token (CLIP's {@code tokenize}: 0). */
    Long padId;
    /** {@code softmax} (one class per image) or {@code pair} (a positive and a negative prompt per finding). */
    String mode;
    /** {@code embedding-mean}, {@code logit-mean} or {@code logit-max}. */
    String ensemble;
    /** The scale of the cosine similarities; by default the model's {@code logit_scale}, exp() applied. */
    Double logitScale;
    /** Templates of every class, each with {@code {}} where the class name goes. */
    List<String> templates;
    /** Negative templates of every finding in pair scoring, e.g. {@code no {}}. */
    List<String> negativeTemplates;
    /** Per class or finding: its name in the prompts and its own templates. */
    List<ZeroShotPromptConfiguration> prompts;
}
