package dev.fairness.zeroshot;

import dev.fairness.InputException;

import java.util.List;

/**
 * Turns one image embedding into one score per class, from the classes' prompt embeddings: cosine similarities
 * (image and text embeddings L2-normalised), times the logit scale, combined per class by the {@link Ensemble},
 * then a softmax over the classes or a positive-versus-negative softmax per finding ({@link ScoringMode}).
 * Immutable and thread-safe; the text side is prepared once.
 */
public final class ZeroShotHead {
    private final ScoringMode mode;
    private final Ensemble ensemble;
    private final double scale;
    private final int width;
    /** Per class, per group (0 positive, 1 negative), the unit vectors that group is scored against. */
    private final double[][][][] groups;

    /**
     * @param scale the logit scale: CLIP's trained {@code exp(logit_scale)} is 100; CheXzero's pair scoring uses 1
     * @throws InputException when the scale is not positive, or the embeddings miss a prompt or disagree in width
     */
    public ZeroShotHead(ScoringMode mode, Ensemble ensemble, double scale, List<ClassPrompts> classes,
                        PromptEmbeddings embeddings) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new InputException("The zero-shot logit scale is " + scale + ". Use a positive number: 100 for "
                    + "CLIP (exp of its logit_scale), 1 for CheXzero's raw cosine similarities.");
        }
        if (classes.isEmpty() || mode == ScoringMode.SOFTMAX && classes.size() < 2) {
            throw new InputException("Zero-shot " + mode.configName() + " scoring needs "
                    + (mode == ScoringMode.SOFTMAX ? "at least two classes" : "at least one finding")
                    + " with prompts; " + classes.size() + " given.");
        }
        embeddings.requireAll(classes);
        this.mode = mode;
        this.ensemble = ensemble;
        this.scale = scale;
        this.width = embeddings.width();
        this.groups = new double[classes.size()][][][];
        for (int c = 0; c < classes.size(); c++) {
            ClassPrompts prompts = classes.get(c);
            if (mode == ScoringMode.PAIR && prompts.negative().isEmpty()) {
                throw new InputException("Finding '" + prompts.label() + "' has no negative prompts. Pair scoring "
                        + "compares a positive and a negative prompt per finding, e.g. \"{}\" and \"no {}\".");
            }
            groups[c] = mode == ScoringMode.PAIR
                    ? new double[][][] {group(prompts.positive(), embeddings), group(prompts.negative(), embeddings)}
                    : new double[][][] {group(prompts.positive(), embeddings)};
        }
    }

    /** Scores per image: the number of classes or findings. */
    public int labels() {
        return groups.length;
    }

    /** The text embeddings' width, which the image embeddings must have. */
    public int width() {
        return width;
    }

    /**
     * One image's scores.
     *
     * @param image the image encoder's embedding (any length; normalised here)
     * @param where the image, for messages
     */
    public double[] score(float[] image, int offset, String where) {
        double[] unit = new double[width];
        double norm = 0;
        for (int i = 0; i < width; i++) {
            unit[i] = image[offset + i];
            norm += unit[i] * unit[i];
        }
        norm = Math.sqrt(norm);
        if (!(norm > 0) || Double.isInfinite(norm)) {
            throw new InputException("The image embedding of " + where + " has length " + norm + ", so it has no "
                    + "direction to compare with the prompts. Check the image encoder and the preprocessing.");
        }
        for (int i = 0; i < width; i++) {
            unit[i] /= norm;
        }
        double[] scores = new double[groups.length];
        if (mode == ScoringMode.SOFTMAX) {
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < groups.length; c++) {
                scores[c] = logit(unit, groups[c][0]);
                max = Math.max(max, scores[c]);
            }
            double sum = 0;
            for (int c = 0; c < groups.length; c++) {
                scores[c] = Math.exp(scores[c] - max);
                sum += scores[c];
            }
            for (int c = 0; c < groups.length; c++) {
                scores[c] /= sum;
            }
        } else {
            for (int c = 0; c < groups.length; c++) {
                // exp(pos) / (exp(pos) + exp(neg)) = 1 / (1 + exp(neg - pos)), without overflow
                scores[c] = 1 / (1 + Math.exp(logit(unit, groups[c][1]) - logit(unit, groups[c][0])));
            }
        }
        return scores;
    }

    /** One logit for a group of prompts: a single vector for {@link Ensemble#EMBEDDING_MEAN}. */
    private double logit(double[] image, double[][] group) {
        double best = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (double[] text : group) {
            double cosine = 0;
            for (int i = 0; i < width; i++) {
                cosine += image[i] * text[i];
            }
            best = Math.max(best, cosine);
            sum += cosine;
        }
        return scale * (ensemble == Ensemble.LOGIT_MAX ? best : sum / group.length);
    }

    /** The unit vectors a group is scored against: its prompts', or their renormalised mean. */
    private double[][] group(List<String> prompts, PromptEmbeddings embeddings) {
        double[][] units = new double[prompts.size()][];
        for (int p = 0; p < prompts.size(); p++) {
            units[p] = unit(embeddings.of(prompts.get(p)), prompts.get(p), embeddings.source());
        }
        if (ensemble != Ensemble.EMBEDDING_MEAN) {
            return units;
        }
        double[] mean = new double[width];
        for (double[] u : units) {
            for (int i = 0; i < width; i++) {
                mean[i] += u[i] / units.length;
            }
        }
        return new double[][] {unit(mean, String.join("', '", prompts), embeddings.source())};
    }

    private static double[] unit(float[] v, String prompt, String source) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return unit(d, prompt, source);
    }

    private static double[] unit(double[] v, String prompt, String source) {
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (!(norm > 0) || Double.isInfinite(norm)) {
            throw new InputException(source + ": the text embedding of '" + prompt + "' has length " + norm
                    + " and cannot be normalised. Check the text encoder or the embeddings file.");
        }
        double[] u = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = v[i] / norm;
        }
        return u;
    }
}
