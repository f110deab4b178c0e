package dev.fairness.shard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fairness.InputException;
import dev.fairness.Sha256;
import dev.fairness.dataset.LocatedPredictions;
import dev.fairness.dataset.Predictions;
import dev.fairness.dataset.PredictionsCsvReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the scores of n shards into the test set's row order, after {@link ShardChecks}: each scores file must be
 * the one its descriptor vouches for, and each of its rows a row of the test set that belongs to that shard and to
 * no other file. The result is what one unsharded run would have scored, row for row.
 */
public final class ShardMerge {
    private ShardMerge() {
    }

    /**
     * The merged scores and the model summary to report.
     *
     * @param scores {@code scores[label][row]} in the test set's row order
     * @param model  the model summary of the lowest-numbered shard that has one
     * @param shards the merged shards, 1 to n
     */
    public record Merged(double[][] scores, JsonNode model, List<FoundShard> shards) {
    }

    /**
     * @param found    every descriptor found in {@code folders}
     * @param expected the merging build's model, test set and configuration
     * @param labels   the labels, in order
     * @param ids      the test set's row ids, in order
     * @throws InputException naming the shard, its file and what is wrong
     */
    public static Merged merge(List<FoundShard> found, List<Path> folders, ShardSource expected, List<String> labels,
                               List<String> ids) {
        List<FoundShard> shards = ShardChecks.complete(found, expected, folders);
        Map<String, Integer> rowOf = new HashMap<>(ids.size() * 2);
        for (int r = 0; r < ids.size(); r++) {
            rowOf.put(ids.get(r), r);
        }
        double[][] scores = new double[labels.size()][ids.size()];
        for (double[] label : scores) {
            Arrays.fill(label, Double.NaN);
        }
        FoundShard[] scoredBy = new FoundShard[ids.size()];
        JsonNode model = null;
        for (FoundShard shard : shards) {
            LocatedPredictions read = read(shard, labels);
            place(shard, read, rowOf, scoredBy, scores);
            if (model == null && shard.descriptor().model() != null && !shard.descriptor().model().isNull()) {
                model = shard.descriptor().model();
            }
        }
        requireEveryRow(ids, scoredBy, expected.testSetFile());
        return new Merged(scores, model, shards);
    }

    /** The shard's scores file, after checking that it is the one its descriptor names. */
    private static LocatedPredictions read(FoundShard shard, List<String> labels) {
        Path file = shard.scoresFile();
        String sha256;
        try {
            sha256 = Files.isRegularFile(file) ? Sha256.of(file) : null;
        } catch (IOException e) {
            throw new InputException("Could not read " + file + ", the scores of " + shard.describe() + " ("
                    + e.getMessage() + "). Check that the file is readable.", e);
        }
        if (sha256 == null) {
            throw new InputException("The scores of " + shard.describe() + " are missing: no file " + file + ". Copy "
                    + "the whole shard output (" + shard.shard().fileStem() + ".json and .csv).");
        }
        if (!sha256.equals(shard.descriptor().scoresSha256())) {
            throw new InputException("The scores of " + shard.describe() + ", " + file + ", are not the ones its "
                    + "descriptor names: their SHA-256 is " + sha256 + ", the descriptor's "
                    + shard.descriptor().scoresSha256() + ". The file was changed or copied incompletely; copy the "
                    + "shard's output again, or score the shard again.");
        }
        LocatedPredictions read = PredictionsCsvReader.readLocated(file, labels, List.of());
        if (read.predictions().size() != shard.descriptor().rows()) {
            throw new InputException("The scores of " + shard.describe() + ", " + file + ", hold "
                    + read.predictions().size() + " rows, the descriptor says " + shard.descriptor().rows()
                    + ". Score the shard again.");
        }
        return read;
    }

    private static void place(FoundShard shard, LocatedPredictions read, Map<String, Integer> rowOf,
                              FoundShard[] scoredBy, double[][] scores) {
        Predictions p = read.predictions();
        for (int r = 0; r < p.size(); r++) {
            String id = p.id(r);
            Integer row = rowOf.get(id);
            if (row == null) {
                throw new InputException(read.location(r) + " of " + shard.describe() + ": row id '" + id
                        + "' is not a row of the test set. Score the shard again on the merged manifest.");
            }
            if (!shard.shard().contains(id)) {
                throw new InputException(read.location(r) + " of " + shard.describe() + ": row id '" + id
                        + "' belongs to shard " + Shard.indexOf(id, shard.shard().count()) + "/"
                        + shard.shard().count() + ", not to this shard. Score the shard again.");
            }
            if (scoredBy[row] != null) {
                throw new InputException(read.location(r) + " of " + shard.describe() + ": row id '" + id
                        + "' was already scored by " + scoredBy[row].describe() + ". Score the shard again.");
            }
            scoredBy[row] = shard;
            for (int l = 0; l < scores.length; l++) {
                scores[l][row] = p.scores(l)[r];
            }
        }
    }

    private static void requireEveryRow(List<String> ids, FoundShard[] scoredBy, String testSet) {
        List<String> unscored = new ArrayList<>();
        for (int r = 0; r < ids.size(); r++) {
            if (scoredBy[r] == null) {
                unscored.add("'" + ids.get(r) + "'");
            }
        }
        if (!unscored.isEmpty()) {
            throw new InputException(unscored.size() + " rows of " + testSet + " have no score in any shard, e.g. "
                    + String.join(", ", unscored.subList(0, Math.min(5, unscored.size()))) + ". Score the "
                    + "shards again on this manifest.");
        }
    }
}
