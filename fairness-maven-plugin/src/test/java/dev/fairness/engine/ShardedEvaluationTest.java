package dev.fairness.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fairness.InputException;
import dev.fairness.dataset.LabelSpec;
import dev.fairness.gate.GateOn;
import dev.fairness.metrics.GapMethod;
import dev.fairness.gate.Measure;
import dev.fairness.gate.MissingPolicy;
import dev.fairness.gate.Rule;
import dev.fairness.inference.Device;
import dev.fairness.metrics.BootstrapSettings;
import dev.fairness.report.FairnessJson;
import dev.fairness.shard.FoundShard;
import dev.fairness.shard.ScoredShard;
import dev.fairness.shard.Shard;
import dev.fairness.shard.ShardFiles;
import dev.fairness.shard.ShardFolders;
import dev.fairness.shard.ShardListJson;
import dev.fairness.testing.RecordingLog;
import dev.fairness.testing.SmallOnnxTestSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A test set scored in shards with real ONNX Runtime inference, and merged: the same result as unsharded. */
class ShardedEvaluationTest {
    @TempDir
    Path dir;
    private final List<String> log = new ArrayList<>();
    private Path set;

    @BeforeEach
    void testSet() {
        set = SmallOnnxTestSet.write(dir.resolve("set"));
    }

    private EvaluationSpec spec(Path out) {
        return SmallOnnxTestSet.spec(set, out).withRules(new Rule(Measure.parse("tpr"), "sex", null, GapMethod.DIFFERENCE, null, 0.1, null,
                        MissingPolicy.WARN, GateOn.SIGNIFICANT))
                .withBootstrap(new BootstrapSettings(200, 0.95, 42));
    }

    private Evaluator evaluator() {
        return SmallOnnxTestSet.evaluator(new RecordingLog(log));
    }

    /** Scores all {@code n} shards into {@code shards/<i>/}, as n CI jobs would, one folder per artifact. */
    private Path scoreShards(int n, Path modelOverride) {
        Path shards = dir.resolve("shards");
        for (int i = 1; i <= n; i++) {
            EvaluationSpec spec = spec(dir.resolve("job-" + i));
            if (modelOverride != null && i == n) {
                spec = spec.withInputs(Inputs.images(modelOverride, set.resolve("manifest.csv"),
                        LabelSpec.binaryColumns(List.of("Effusion"))));
            }
            ScoredShard scored = new ShardedEvaluation(evaluator()).score(spec, new Shard(i, n));
            ShardFiles.write(shards.resolve(String.valueOf(i)), scored, "test");
        }
        return shards;
    }

    private EvaluationResult merge(Path... folders) {
        List<Path> list = List.of(folders);
        return new ShardedEvaluation(evaluator()).merge(spec(dir.resolve("merged")), ShardFolders.find(list), list);
    }

    @Test
    void threeMergedShardsGiveTheUnshardedFairnessJsonApartFromTheTimestampAndTheShardList() {
        ObjectNode unsharded = FairnessJson.toJson(evaluator().evaluate(spec(dir.resolve("whole"))));
        Path shards = scoreShards(3, null);
        List<FoundShard> found = ShardFolders.find(List.of(shards));

        ObjectNode merged = FairnessJson.toJson(new ShardedEvaluation(evaluator())
                .merge(spec(dir.resolve("merged")), found, List.of(shards)));
        ShardListJson.add(merged, found);

        assertEquals(3, merged.get("shards").size());
        assertEquals("1/3", merged.get("shards").get(0).get("shard").asText());
        assertEquals(40, merged.get("data").get("samples").asInt());
        assertTrue(merged.get("labels").toString().contains("\"ci\""), "intervals were computed");
        unsharded.remove("createdAt");
        merged.remove(List.of("createdAt", "shards"));
        assertEquals(unsharded, merged);
    }

    @Test
    void theMergeNeedsTheManifestButNotTheImages() throws IOException {
        ObjectNode unsharded = FairnessJson.toJson(evaluator().evaluate(spec(dir.resolve("whole"))));
        Path shards = scoreShards(3, null);
        deleteTree(set.resolve("images"));

        ObjectNode merged = FairnessJson.toJson(merge(shards));

        unsharded.remove("createdAt");
        merged.remove("createdAt");
        assertEquals(unsharded, merged);
    }

    @Test
    void checkStillNeedsTheImagesThatTheMergeDoesNotRead() throws IOException {
        deleteTree(set.resolve("images"));

        InputException e = assertThrows(InputException.class, () -> evaluator().evaluate(spec(dir.resolve("whole"))));

        assertEquals("manifest.csv, line 2, column 'image': image file not found: " + set.resolve("images/00000.png")
                + ". Fix the path (relative to the image root " + set + ") or remove the row.", e.getMessage());
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void theShardsTogetherScoreEveryRowOnceAndEachShardOnlyItsOwnRows() {
        Path shards = scoreShards(3, null);
        Set<String> ids = new HashSet<>();
        int rows = 0;
        for (FoundShard shard : ShardFolders.find(List.of(shards))) {
            var csv = dev.fairness.dataset.PredictionsCsvReader.read(
                    shards.resolve(String.valueOf(shard.shard().index())).resolve(shard.descriptor().scores()),
                    List.of("Effusion"), List.of());
            for (int r = 0; r < csv.size(); r++) {
                assertEquals(shard.shard().index(), Shard.indexOf(csv.id(r), 3), csv.id(r));
                ids.add(csv.id(r));
            }
            rows += csv.size();
            assertEquals(csv.size(), shard.descriptor().rows());
        }
        assertEquals(40, rows);
        assertEquals(40, ids.size());
        assertTrue(log.contains("Shard 1/3: " + ShardedEvaluationTest.count(shards, 1) + " of the 40 rows of "
                + "manifest.csv (a row's shard follows from a hash of its id)."), String.join("\n", log));
    }

    private static int count(Path shards, int index) {
        return ShardFolders.find(List.of(shards)).get(index - 1).descriptor().rows();
    }

    @Test
    void aMissingShardIsNamedWithTheFoldersSearched() throws IOException {
        Path shards = scoreShards(3, null);
        deleteShard(shards, 2, 3);

        InputException e = assertThrows(InputException.class, () -> merge(shards));

        assertEquals("Shard 2/3 is missing: [" + shards + "] hold 2 of the 3 shards. Copy every shard's output there "
                + "before merging, or score the missing ones (e.g. -Dfairness.shard=2/3).", e.getMessage());
    }

    @Test
    void aShardGivenTwiceIsNamedWithBothFiles() throws IOException {
        Path shards = scoreShards(3, null);
        Path copy = Files.createDirectories(dir.resolve("again"));
        Files.copy(shards.resolve("2/shard-2-of-3.json"), copy.resolve("shard-2-of-3.json"));
        Files.copy(shards.resolve("2/shard-2-of-3.csv"), copy.resolve("shard-2-of-3.csv"));

        InputException e = assertThrows(InputException.class, () -> merge(shards, copy));

        assertEquals("Shard 2/3 is given twice: " + shards.resolve("2/shard-2-of-3.json") + " and "
                + copy.resolve("shard-2-of-3.json") + ". Keep one of them: every row must be scored exactly once.",
                e.getMessage());
    }

    @Test
    void aShardScoredByAnotherModelIsNamedWithBothHashes() throws IOException {
        Path other = Files.createDirectories(dir.resolve("other")).resolve("model.onnx");
        // the same graph with other bytes: a ModelProto doc_string (field 6) appended
        byte[] model = Files.readAllBytes(set.resolve("model.onnx"));
        byte[] changed = java.util.Arrays.copyOf(model, model.length + 4);
        System.arraycopy(new byte[] {0x32, 2, 0x76, 0x32}, 0, changed, model.length, 4);
        Files.write(other, changed);
        Path shards = scoreShards(3, other);

        InputException e = assertThrows(InputException.class, () -> merge(shards));

        assertEquals("Shard 3/3 (" + shards.resolve("3/shard-3-of-3.json") + ") comes from another model: it was "
                + "scored by model.onnx with SHA-256 " + dev.fairness.Sha256.of(other) + ", but <model> model.onnx "
                + "has SHA-256 " + dev.fairness.Sha256.of(set.resolve("model.onnx")) + ". Score every shard with the "
                + "model that is merged, or remove the foreign shard.", e.getMessage());
    }

    @Test
    void aChangedScoresFileIsNamedWithBothHashes() throws IOException {
        Path shards = scoreShards(3, null);
        Path scores = shards.resolve("1/shard-1-of-3.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(scores));
        lines.remove(lines.size() - 1);
        Files.write(scores, lines);

        InputException e = assertThrows(InputException.class, () -> merge(shards));

        String expected = ShardFolders.find(List.of(shards)).get(0).descriptor().scoresSha256();
        assertEquals("The scores of shard 1/3 (" + shards.resolve("1/shard-1-of-3.json") + "), " + scores + ", are "
                + "not the ones its descriptor names: their SHA-256 is " + dev.fairness.Sha256.of(scores) + ", the "
                + "descriptor's " + expected + ". The file was changed or copied incompletely; copy the shard's "
                + "output again, or score the shard again.", e.getMessage());
    }

    @Test
    void shardsOfAnotherSplitAreNamed() {
        Path shards = scoreShards(3, null);
        ScoredShard stray = new ShardedEvaluation(evaluator()).score(spec(dir.resolve("stray")), new Shard(1, 2));
        Path strayFolder = dir.resolve("stray-shard");
        ShardFiles.write(strayFolder, stray, "test");

        InputException e = assertThrows(InputException.class, () -> merge(shards, strayFolder));

        assertEquals("The shards come from different splits: " + shards.resolve("1/shard-1-of-3.json") + " is shard "
                + "1/3, " + strayFolder.resolve("shard-1-of-2.json") + " is shard 1/2. Merge the shards of one split "
                + "only: remove the others from the shard folders.", e.getMessage());
    }

    @Test
    void aShardScoredWithAnotherConfigurationNamesTheSetting() {
        Path shards = scoreShards(2, null);
        EvaluationSpec logits = spec(dir.resolve("logits")).withInference(Inference.DEFAULT.withDevice(Device.CPU)
                .withOutputs(dev.fairness.inference.OutputKind.LOGITS));
        List<Path> folders = List.of(shards);

        InputException e = assertThrows(InputException.class, () -> new ShardedEvaluation(evaluator())
                .merge(logits, ShardFolders.find(folders), folders));

        assertTrue(e.getMessage().startsWith("Shard 1/2 (" + shards.resolve("1/shard-1-of-2.json") + ") was scored "
                + "with another configuration: inference is Inference[task=binary, outputs=logits"), e.getMessage());
        assertTrue(e.getMessage().endsWith(" in the shard. Score every shard with the plugin version and "
                + "configuration of the merge, or remove the foreign shard."), e.getMessage());
    }

    @Test
    void aShardOfAnotherTestSetIsNamedWithBothRowCountsAndHashes() throws IOException {
        Path shards = scoreShards(2, null);
        Path manifest = set.resolve("manifest.csv");
        String scored = dev.fairness.Sha256.of(manifest);
        List<String> lines = new ArrayList<>(Files.readAllLines(manifest));
        lines.remove(lines.size() - 1);
        Files.write(manifest, lines);

        InputException e = assertThrows(InputException.class, () -> merge(shards));

        assertEquals("Shard 1/2 (" + shards.resolve("1/shard-1-of-2.json") + ") comes from another test set: it was "
                + "scored on manifest.csv (40 rows, SHA-256 " + scored + "), but <manifest> manifest.csv has 39 rows, "
                + "SHA-256 " + dev.fairness.Sha256.of(manifest) + ". Score every shard on the manifest that is merged, "
                + "or remove the foreign shard.", e.getMessage());
    }

    @Test
    void aRowInTheWrongShardIsNamedByFileLineAndId() throws IOException {
        Path shards = scoreShards(2, null);
        // a hand-made shard 1 holding a row of shard 2, with descriptors that vouch for the edited files
        Path first = shards.resolve("1/shard-1-of-2.csv");
        Path second = shards.resolve("2/shard-2-of-2.csv");
        List<String> moved = new ArrayList<>(Files.readAllLines(second));
        String row = moved.remove(moved.size() - 1);
        Files.write(second, moved);
        List<String> grown = new ArrayList<>(Files.readAllLines(first));
        grown.add(row);
        Files.write(first, grown);
        vouchFor(shards.resolve("1/shard-1-of-2.json"), first, grown.size() - 1);
        vouchFor(shards.resolve("2/shard-2-of-2.json"), second, moved.size() - 1);

        InputException e = assertThrows(InputException.class, () -> merge(shards));

        String id = row.substring(0, row.indexOf(','));
        assertEquals("shard-1-of-2.csv, line " + grown.size() + " of shard 1/2 (" + shards.resolve("1/shard-1-of-2.json")
                + "): row id '" + id + "' belongs to shard 2/2, not to this shard. Score the shard again.",
                e.getMessage());
    }

    private static void vouchFor(Path descriptor, Path scores, int rows) throws IOException {
        var json = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(descriptor.toFile());
        json.put("scoresSha256", dev.fairness.Sha256.of(scores)).put("rows", rows);
        Files.writeString(descriptor, json.toString());
    }

    @Test
    void noShardOutputsInTheFoldersSayWhatToDo() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        InputException e = assertThrows(InputException.class, () -> merge(empty));

        assertEquals("No shard outputs (shard-<i>-of-<n>.json) found in [" + empty + "]. Score the test set in shards "
                + "first (-Dfairness.shard=i/n) and put each shard's output folder there.", e.getMessage());
    }

    @Test
    void aMissingShardFolderIsNamed() {
        Path missing = dir.resolve("not-there");

        InputException e = assertThrows(InputException.class, () -> merge(missing));

        assertEquals("The shard folder " + missing + " does not exist or is not a folder. Set <shards> "
                + "(-Dfairness.shards) to the folders holding the shards' outputs (shard-<i>-of-<n>.json with its "
                + ".csv).", e.getMessage());
    }

    @Test
    void aFileNamedLikeADescriptorThatIsNoneIsNamed() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("odd"));
        Files.writeString(folder.resolve("shard-1-of-2.json"), "{}");

        InputException e = assertThrows(InputException.class, () -> merge(folder));

        assertEquals(folder.resolve("shard-1-of-2.json") + " is not a shard descriptor that this plugin wrote: its "
                + "format is 0, this plugin reads format 1. Score the shard again with -Dfairness.shard=i/n, or "
                + "remove the file from the shard folders.", e.getMessage());
    }

    private static void deleteShard(Path shards, int index, int count) throws IOException {
        Files.delete(shards.resolve(index + "/shard-" + index + "-of-" + count + ".json"));
        Files.delete(shards.resolve(index + "/shard-" + index + "-of-" + count + ".csv"));
    }
}
