package dev.fairness.cache;

import dev.fairness.Sha256;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.fairness.InputException;
import dev.fairness.dataset.Predictions;
import dev.fairness.dataset.PredictionsCsvReader;
import dev.fairness.dataset.PredictionsCsvWriter;
import dev.fairness.output.AtomicFile;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The scores of the last evaluation, kept in a folder (by default {@code target/fairness/cache}) with the key of the
 * inputs they were computed from: {@code predictions-<sha256>.csv} (id, truth and score per label, written with
 * {@link Double#toString(double)} so every score reads back identical; named by the first 16 hex digits of its own
 * SHA-256) and {@value #KEY}, which holds the {@link EvaluationKey}, the name and full SHA-256 of that predictions
 * file and what the caller stores with it (the model summary).
 *
 * <p>Why content-named files: the key file is the one commit point. A build writes its predictions under a name
 * no other content can have, then replaces {@value #KEY} in one atomic rename. A key therefore names exactly the
 * bytes its own build hashed; two builds (with different models) storing into one folder at once leave one
 * build's key with that build's scores, or a key whose file a later store removed (a miss) — never a key paired
 * with the other build's scores. A build killed at any point leaves the previous key and its file, or the new
 * ones: never a half-written result that is trusted.
 */
public final class EvaluationCache {
    public static final String KEY = "evaluation.json";
    /** The name of a stored predictions file: {@code predictions-} and 16 hex digits of its SHA-256. */
    static final Pattern PREDICTIONS_NAME = Pattern.compile("predictions-[0-9a-f]{16}\\.csv");
    /** Format 1 kept every build's scores in one shared {@code predictions.csv}; its entries are misses. */
    private static final String FORMAT_1_PREDICTIONS = "predictions.csv";
    private static final int FORMAT = 2;
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

    /** The key file's content: the key, and the predictions file (by name and full SHA-256) stored with it. */
    record Entry(int format, EvaluationKey key, int rows, String predictionsFile, String predictionsSha256,
                 JsonNode stored) {
    }

    /**
     * Whether any evaluation is stored here, whatever its key; known before anything is hashed. When none is, every
     * look-up misses, and a model can be opened before its inputs are hashed.
     */
    public boolean holdsAny() {
        try {
            Entry entry = JSON.readValue(directory.resolve(KEY).toFile(), Entry.class);
            return entry.key() != null && entry.key().manifest() != null;
        } catch (IOException | RuntimeException e) {
            return false; // nothing readable is stored: every look-up misses
        }
    }

    /**
     * Whether a look-up could hit once the model is hashed: a stored key whose every other part equals
     * {@code key}'s. When none is stored, or it differs in the manifest, the images or the configuration, the
     * evaluation runs whatever the model's hash, and the model can be opened while it is hashed.
     *
     * @param key the key of this evaluation; its model part is not compared (it may be null)
     */
    public boolean mayHit(EvaluationKey key) {
        try {
            Entry entry = JSON.readValue(directory.resolve(KEY).toFile(), Entry.class);
            return entry.key() != null && entry.key().manifest() != null && entry.key().sameBesidesModel(key);
        } catch (IOException | RuntimeException e) {
            return false; // nothing readable is stored: the look-up misses
        }
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
        if (entry.format() != FORMAT || entry.key() == null || entry.predictionsFile() == null
                || !PREDICTIONS_NAME.matcher(entry.predictionsFile()).matches()) {
            return unusable("its " + KEY + " has another format");
        }
        List<String> changes = key.changesSince(entry.key());
        if (!changes.isEmpty()) {
            return new Miss(EvaluationKey.and(changes) + " changed since the stored evaluation");
        }
        Path predictionsFile = directory.resolve(entry.predictionsFile());
        String name = entry.predictionsFile();
        try {
            // the name is derived from the content, so a file of this name holds these bytes or was edited
            if (!Files.isRegularFile(predictionsFile)
                    || !Sha256.of(predictionsFile).equals(entry.predictionsSha256())) {
                return unusable("its " + name + " is missing or was changed");
            }
            Predictions stored = PredictionsCsvReader.read(predictionsFile, labels, List.of());
            if (stored.size() != ids.size()) {
                return unusable("its " + name + " has " + stored.size() + " rows, the manifest " + ids.size());
            }
            for (int r = 0; r < ids.size(); r++) {
                if (!stored.id(r).equals(ids.get(r))) {
                    return unusable("its " + name + " does not list the manifest's rows");
                }
            }
            double[][] scores = new double[labels.size()][];
            for (int l = 0; l < labels.size(); l++) {
                scores[l] = stored.scores(l);
            }
            return new Hit(scores, entry.stored());
        } catch (IOException | InputException e) {
            return unusable("its " + name + " cannot be read");
        }
    }

    private static Miss unusable(String why) {
        return new Miss("the stored evaluation is not usable: " + why);
    }

    /**
     * Stores the scores of {@code key}, replacing what was stored: the predictions under their content name, then
     * the key file in one atomic rename, then the predictions files no key names any more are removed.
     *
     * @param predictions the rows' ids, truth and scores (attributes are not stored: they do not change scores)
     * @param stored      kept with the key and returned by a hit
     * @throws IOException when the folder or a file cannot be written
     */
    public void store(EvaluationKey key, Predictions predictions, JsonNode stored) throws IOException {
        Files.createDirectories(directory);
        Predictions scoresOnly = new Predictions(predictions.labels(), ids(predictions), truth(predictions),
                scores(predictions), Map.of());
        Path staged = directory.resolve(".predictions." + UUID.randomUUID() + ".csv.tmp");
        String name;
        String sha256;
        try {
            PredictionsCsvWriter.write(scoresOnly, staged);
            sha256 = Sha256.of(staged); // of this build's own bytes: no other build writes this file
            name = "predictions-" + sha256.substring(0, 16) + ".csv";
            // another build may hold the same name: then it holds the same bytes
            AtomicFile.move(staged, directory.resolve(name));
        } finally {
            Files.deleteIfExists(staged);
        }
        Entry entry = new Entry(FORMAT, key, predictions.size(), name, sha256, stored);
        byte[] json;
        try {
            json = JSON.writeValueAsBytes(entry);
        } catch (JsonProcessingException e) {
            throw new IOException("cannot write " + KEY + ": " + e.getOriginalMessage(), e);
        }
        AtomicFile.write(directory.resolve(KEY), out -> out.write(json));
        removeUnnamedPredictions();
    }

    /**
     * Deletes the predictions files the current key file does not name (earlier evaluations, format 1's
     * {@code predictions.csv}). A build storing at the same time may lose its file here: its key is then a miss.
     * Best effort: a file left behind costs disk space only, so it never fails the store.
     */
    private void removeUnnamedPredictions() {
        String current;
        try {
            current = JSON.readValue(directory.resolve(KEY).toFile(), Entry.class).predictionsFile();
        } catch (IOException e) {
            return; // another build is replacing it; the next store cleans up
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                boolean predictions = PREDICTIONS_NAME.matcher(name).matches() || name.equals(FORMAT_1_PREDICTIONS);
                if (predictions && !name.equals(current)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // left for the next store to remove
        }
    }

    /** The predictions file the stored key names, or null when there is no readable key. */
    Path storedPredictions() {
        try {
            String name = JSON.readValue(directory.resolve(KEY).toFile(), Entry.class).predictionsFile();
            return name == null ? null : directory.resolve(name);
        } catch (IOException e) {
            return null;
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
