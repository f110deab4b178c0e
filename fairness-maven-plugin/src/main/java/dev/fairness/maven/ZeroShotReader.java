package dev.fairness.maven;

import dev.fairness.InputException;
import dev.fairness.dataset.LabelSpec;
import dev.fairness.inference.Task;
import dev.fairness.zeroshot.Ensemble;
import dev.fairness.zeroshot.ScoringMode;
import dev.fairness.zeroshot.ZeroShotClass;
import dev.fairness.zeroshot.ZeroShotSpec;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads {@code <zeroShot>}: the towers or the embeddings file, the prompts of every label, the scoring mode, the
 * ensemble and the logit scale. Everything that can be checked without loading a model is checked here, before any
 * image is read; what needs the models (a file that is not a tokenizer, a prompt longer than the context, widths)
 * is checked when the text side is encoded, also before the first image.
 */
final class ZeroShotReader {
    static final int CLIP_CONTEXT = 77;

    private ZeroShotReader() {
    }

    /** @return null when {@code <zeroShot>} is absent */
    static ZeroShotSpec read(Configuration c, LabelSpec labels, Task task) {
        ZeroShotConfiguration z = c.zeroShot;
        if (z == null) {
            return null;
        }
        rejectAlongside(c);
        Path image = existing(z.imageEncoder, "<zeroShot><imageEncoder>", "the image tower, an ONNX (.onnx) or "
                + "TorchScript (.pt) file whose output is one embedding per image");
        boolean file = z.promptEmbeddings != null;
        if (file && (z.textEncoder != null || z.tokenizer != null)) {
            throw new InputException("<zeroShot><promptEmbeddings> is set together with <" + (z.textEncoder != null
                    ? "textEncoder" : "tokenizer") + ">. Give a text tower with its tokenizer, or a file of "
                    + "precomputed prompt embeddings, not both.");
        }
        if (!file && z.textEncoder == null) {
            throw new InputException("<zeroShot> has no text side. Set <textEncoder> with <tokenizer> (the text tower "
                    + "and its Hugging Face tokenizer.json), or <promptEmbeddings> (a JSON file of precomputed prompt "
                    + "embeddings).");
        }
        Path text = file ? null : existing(z.textEncoder, "<zeroShot><textEncoder>", "the text tower, an ONNX (.onnx) "
                + "or TorchScript (.pt) file taking token ids");
        Path tokenizer = file ? null : existing(z.tokenizer, "<zeroShot><tokenizer>", "the text tower's Hugging Face "
                + "tokenizer.json (tokenizer.save_pretrained writes one)");
        Path embeddings = file ? existing(z.promptEmbeddings, "<zeroShot><promptEmbeddings>", "a JSON file "
                + "{\"embeddings\": {\"<prompt>\": [numbers], ...}}") : null;
        int context = z.contextLength == null ? CLIP_CONTEXT : z.contextLength;
        if (context < 2) {
            throw new InputException("<zeroShot><contextLength> must be the text tower's sequence length, at least 2 "
                    + "(77 for CLIP); found " + context + ".");
        }
        long padId = z.padId == null ? 0 : z.padId;
        if (padId < 0) {
            throw new InputException("<zeroShot><padId> must be a token id, 0 or more (CLIP's tokenize pads with 0); "
                    + "found " + padId + ".");
        }
        ScoringMode mode = mode(z.mode, task);
        Ensemble ensemble = ensemble(z.ensemble);
        if (z.logitScale != null && !(z.logitScale > 0 && Double.isFinite(z.logitScale))) {
            throw new InputException("<zeroShot><logitScale> must be a positive number: 100 for CLIP (exp of its "
                    + "trained logit_scale), 1 for CheXzero's raw cosine similarities; found " + z.logitScale + ".");
        }
        List<ZeroShotClass> classes = ZeroShotPrompts.classes(z, labels.labels(), mode);
        return new ZeroShotSpec(image, text, tokenizer, context, padId, embeddings, mode, ensemble, z.logitScale,
                classes);
    }

    /** The files {@code <zeroShot>} reads, so that clearing the previous results keeps them. */
    static List<Path> files(Configuration c) {
        ZeroShotConfiguration z = c.zeroShot;
        return z == null ? List.of() : Stream.of(z.imageEncoder, z.textEncoder, z.tokenizer, z.promptEmbeddings)
                .filter(Objects::nonNull).map(InputsReader::path).toList();
    }

    private static void rejectAlongside(Configuration c) {
        Map<String, Boolean> others = new LinkedHashMap<>();
        others.put("<model>", c.model != null);
        others.put("<predictions>", c.predictions != null);
        for (Map.Entry<String, Boolean> other : others.entrySet()) {
            if (other.getValue()) {
                throw new InputException("<zeroShot> is set together with " + other.getKey() + ". A zero-shot model "
                        + "is scored from its image tower <zeroShot><imageEncoder> and prompts; remove "
                        + other.getKey() + ", or remove <zeroShot> to evaluate " + other.getKey() + ".");
            }
        }
        if (!"probabilities".equals(c.outputs)) {
            throw new InputException("<outputs>" + c.outputs + "</outputs> does not apply to <zeroShot>: its scores "
                    + "are probabilities computed from the similarities. Remove <outputs>.");
        }
    }

    private static Path existing(File file, String parameter, String what) {
        if (file == null) {
            throw new InputException(parameter + " is not set. Give " + what + ".");
        }
        Path path = InputsReader.path(file);
        if (!Files.isRegularFile(path)) {
            throw new InputException(parameter + " not found: " + path + ". Give " + what + ".");
        }
        return path;
    }

    /** The configured mode, by default the one the task needs; it must fit the task. */
    private static ScoringMode mode(String configured, Task task) {
        ScoringMode fits = task == Task.MULTI_CLASS ? ScoringMode.SOFTMAX : ScoringMode.PAIR;
        if (configured == null) {
            return fits;
        }
        ScoringMode mode;
        try {
            mode = ScoringMode.parse(configured);
        } catch (InputException e) {
            throw new InputException("<zeroShot><mode> must be softmax (one class per image) or pair (a positive "
                    + "and a negative prompt per finding); found '" + configured + "'.", e);
        }
        if (mode != fits) {
            throw new InputException("<zeroShot><mode>" + mode.configName() + "</mode> does not fit the labels: they "
                    + "describe a " + task + " task, which " + (fits == ScoringMode.SOFTMAX
                    ? "has one class per image: use softmax."
                    : "gives each finding its own probability: use pair (or <labelColumn> with <classes> for one class "
                    + "per image)."));
        }
        return mode;
    }

    private static Ensemble ensemble(String configured) {
        if (configured == null) {
            return Ensemble.EMBEDDING_MEAN;
        }
        try {
            return Ensemble.parse(configured);
        } catch (InputException e) {
            throw new InputException("<zeroShot><ensemble> must be embedding-mean (CLIP, CheXzero), logit-mean "
                    + "(MedCLIP) or logit-max; found '" + configured.toLowerCase(Locale.ROOT) + "'.", e);
        }
    }
}
