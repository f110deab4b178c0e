package dev.fairness.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.fairness.InputException;
import dev.fairness.dataset.Predictions;
import dev.fairness.dataset.PredictionsCsvReader;
import dev.fairness.dataset.PredictionsCsvWriter;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * The scores of the last evaluation, kept in a folder (by default {@code target/fairness/cache}) with the key of the
 * inputs they were computed from: {@value #PREDICTIONS} (id, truth and score per label, written with
 * {@link Double#toString(double)} so every score reads back identical) and {@value #KEY}, which holds the
 * {@link EvaluationKey}, the SHA-256 of the predictions file and what the caller stores with it (the model summary).
 *
 * <p>Writes are atomic and ordered: the old key file is deleted first, the predictions are moved into place, the
 * new key file last. A build killed at any point leaves either no key, or a key whose predictions hash does not
 * match: both are misses, never a half-written result that is trusted.
 */
public final class EvaluationCache {
    public static final String PREDICTIONS = "predictions.csv";
    public static final String KEY = "evaluation.json";
    private static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path directory;

    public EvaluationCache(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /** What a look-up found. */
    public sealed interface Lookup permits Hit, Miss {
    }

    /** Stored scores for exactly this key: {@code scores[label][row]} in the caller's row order. */
    public record Hit(double[][] scores, JsonNode stored) implements Lookup {
    }

    /**
     * No usable scores.
     *
     * @param reason why the stored evaluation, if any, is not used, e.g. {@code the model changed since the stored
     *               evaluation}; null when there was none
     */
    public record Miss(String reason) implements Lookup {
    }

    /** The key file's content. */
    record Entry(int format, EvaluationKey key, int rows, String predictionsSha256, JsonNode stored) {
    }

    /**
     * Looks up the scores of {@code key}.
     *
     * @param labels the labels whose scores are needed, in order
     * @param ids    the row ids the scores must belong to, in order
     */
    public Lookup lookup(EvaluationKey key, List<String> labels, List<String> ids) {
        Path keyFile = directory.resolve(KEY);
        Entry entry;
        try {
            entry = JSON.readValue(keyFile.toFile(), Entry.class);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            return new Miss(null);
        } catch (IOException e) {
            return unusable("its " + KEY + " cannot be read");
        }
        if (entry.format() != FORMAT || entry.key() == null) {
            return unusable("its " + KEY + " has another format");
        }
        List<String> changes = key.changesSince(entry.key());
        if (!changes.isEmpty()) {
            return new Miss(EvaluationKey.and(changes) + " changed since the stored evaluation");
        }
        Path predictionsFile = directory.resolve(PREDICTIONS);
        try {
            if (!Files.isRegularFile(predictionsFile)
                    || !Sha256.of(predictionsFile).equals(entry.predictionsSha256())) {
                return unusable("its " + PREDICTIONS + " is missing or was changed");
            }
            Predictions stored = PredictionsCsvReader.read(predictionsFile, labels, List.of());
            if (stored.size() != ids.size()) {
                return unusable("its " + PREDICTIONS + " has " + stored.size() + " rows, the manifest " + ids.size());
            }
            for (int r = 0; r < ids.size(); r++) {
                if (!stored.id(r).equals(ids.get(r))) {
                    return unusable("its " + PREDICTIONS + " does not list the manifest's rows");
                }
            }
            double[][] scores = new double[labels.size()][];
            for (int l = 0; l < labels.size(); l++) {
                scores[l] = stored.scores(l);
            }
            return new Hit(scores, entry.stored());
        } catch (IOException | InputException e) {
            return unusable("its " + PREDICTIONS + " cannot be read");
        }
    }

    private static Miss unusable(String why) {
        return new Miss("the stored evaluation is not usable: " + why);
    }

    /**
     * Stores the scores of {@code key}, replacing what was stored.
     *
     * @param predictions the rows' ids, truth and scores (attributes are not stored: they do not change scores)
     * @param stored      kept with the key and returned by a hit
     * @throws IOException when the folder or a file cannot be written
     */
    public void store(EvaluationKey key, Predictions predictions, JsonNode stored) throws IOException {
        Files.createDirectories(directory);
        Path keyFile = directory.resolve(KEY);
        Files.deleteIfExists(keyFile);
        Path predictionsFile = directory.resolve(PREDICTIONS);
        Predictions scoresOnly = new Predictions(predictions.labels(), ids(predictions), truth(predictions),
                scores(predictions), Map.of());
        PredictionsCsvWriter.write(scoresOnly, predictionsFile);
        Entry entry = new Entry(FORMAT, key, predictions.size(), Sha256.of(predictionsFile), stored);
        Path temporary = Files.createTempFile(directory, KEY + ".", ".tmp");
        try {
            Files.write(temporary, JSON.writeValueAsBytes(entry));
            try {
                Files.move(temporary, keyFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, keyFile, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (JsonProcessingException e) {
            throw new IOException("cannot write " + KEY + ": " + e.getOriginalMessage(), e);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String[] ids(Predictions p) {
        String[] ids = new String[p.size()];
        for (int r = 0; r < ids.length; r++) {
            ids[r] = p.id(r);
        }
        return ids;
    }

    private static boolean[][] truth(Predictions p) {
        boolean[][] truth = new boolean[p.labels().size()][];
        for (int l = 0; l < truth.length; l++) {
            truth[l] = p.truth(l);
        }
        return truth;
    }

    private static double[][] scores(Predictions p) {
        double[][] scores = new double[p.labels().size()][];
        for (int l = 0; l < scores.length; l++) {
            scores[l] = p.scores(l);
        }
        return scores;
    }
}
