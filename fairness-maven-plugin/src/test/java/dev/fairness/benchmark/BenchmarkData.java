package dev.fairness.benchmark;

import dev.fairness.dataset.Predictions;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A predictions table of any size built from the real metadata, repeated as often as needed: real labels, sex,
 * age and view; scores from a seeded generator (float32, as a model outputs them), higher for positives and
 * slightly worse for some groups, so that groups differ as they do in real audits.
 */
final class BenchmarkData {
    private BenchmarkData() {
    }

    static Predictions predictions(NihMetadata meta, int rows, long seed) {
        int labels = NihMetadata.LABELS.size();
        boolean[][] truth = new boolean[labels][rows];
        double[][] scores = new double[labels][rows];
        String[] ids = new String[rows];
        String[] sex = new String[rows];
        String[] age = new String[rows];
        String[] view = new String[rows];
        Map<Integer, String> ages = new HashMap<>();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < rows; i++) {
            int m = i % meta.size();
            ids[i] = Integer.toString(i);
            sex[i] = meta.sex[m];
            age[i] = ages.computeIfAbsent(meta.age[m], a -> Integer.toString(a).intern());
            view[i] = meta.view[m];
            double handicap = (meta.sex[m].equals("F") ? 0.15 : 0) + (meta.age[m] >= 60 ? 0.2 : 0);
            for (int l = 0; l < labels; l++) {
                boolean positive = (meta.findings[m] & (1 << l)) != 0;
                truth[l][i] = positive;
                double logit = -1.5 + (positive ? 2.0 - handicap : 0) + random.nextGaussian();
                scores[l][i] = (float) (1 / (1 + Math.exp(-logit)));
            }
        }
        Map<String, String[]> attributes = new LinkedHashMap<>();
        attributes.put("sex", sex);
        attributes.put("age", age);
        attributes.put("view", view);
        return new Predictions(NihMetadata.LABELS, ids, truth, scores, attributes);
    }
}
