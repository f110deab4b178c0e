package dev.fairness.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fairness.InputException;
import dev.fairness.inference.ModelFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationKeysTest {
    @TempDir
    Path dir;
    private Path model;
    private Path manifest;
    private Path image;

    @BeforeEach
    void files() throws IOException {
        model = Files.write(dir.resolve("model.onnx"), new byte[] {1, 2, 3});
        manifest = Files.writeString(dir.resolve("manifest.csv"), "image,Effusion\nimages/a.png,1\n");
        Files.createDirectories(dir.resolve("images"));
        image = Files.write(dir.resolve("images/a.png"), new byte[] {9, 9, 9, 9});
        Files.setLastModifiedTime(image, FileTime.from(Instant.parse("2024-01-01T00:00:00Z")));
    }

    private EvaluationKey key(boolean contentHash, Map<String, String> configuration) {
        return EvaluationKeys.of(modelSha256(), manifest, List.of(image), contentHash, configuration);
    }

    /** The model's hash as the evaluator passes it: the one ModelFile computed while reading the model. */
    private String modelSha256() {
        try {
            return ModelFile.read(model).sha256();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private EvaluationKey key(boolean contentHash) {
        return key(contentHash, Map.of("device", "cpu"));
    }

    @Test
    void theSameFilesAndSettingsGiveTheSameKey() {
        assertEquals(key(false), key(false));
        assertEquals(key(false).shortId(), key(false).shortId());
        assertEquals(12, key(false).shortId().length());
    }

    @Test
    void theModelPartIsTheSha256OfItsBytes() {
        assertEquals("039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81", key(false).model());
    }

    @Test
    void touchingAnImageChangesTheImagesPartByDefault() throws IOException {
        EvaluationKey before = key(false);
        Files.setLastModifiedTime(image, FileTime.from(Instant.parse("2024-01-02T00:00:00Z")));

        assertEquals(List.of("the images"), key(false).changesSince(before));
    }

    @Test
    void withContentHashesTouchingIsNoChangeButNewBytesAre() throws IOException {
        EvaluationKey before = key(true);
        Files.setLastModifiedTime(image, FileTime.from(Instant.parse("2024-01-02T00:00:00Z")));
        assertEquals(before, key(true));

        Files.write(image, new byte[] {9, 9, 9, 8});
        assertEquals(List.of("the images"), key(true).changesSince(before));
    }

    @Test
    void aRetrainedModelChangesOnlyTheModelPart() throws IOException {
        EvaluationKey before = key(false);
        Files.write(model, new byte[] {1, 2, 4});

        assertEquals(List.of("the model"), key(false).changesSince(before));
    }

    @Test
    void theOrderOfSettingsDoesNotMatterTheirValuesDo() {
        Map<String, String> one = new LinkedHashMap<>();
        one.put("device", "cpu");
        one.put("outputs", "logits");
        Map<String, String> other = new LinkedHashMap<>();
        other.put("outputs", "logits");
        other.put("device", "cpu");

        assertEquals(key(false, one), key(false, other));
        assertNotEquals(key(false, one), key(false, Map.of("device", "cuda:0", "outputs", "logits")));
    }

    @Test
    void movingTheWholeTestSetKeepsTheKeyImagePathsAreRelativeToTheManifest() throws IOException {
        EvaluationKey before = key(false);
        Path moved = Files.createDirectories(dir.resolve("moved/images"));
        Path image2 = Files.copy(image, moved.resolve("a.png"));
        Files.setLastModifiedTime(image2, Files.getLastModifiedTime(image));
        Path manifest2 = Files.copy(manifest, dir.resolve("moved/manifest.csv"));

        EvaluationKey after = EvaluationKeys.of(modelSha256(), manifest2, List.of(image2), false,
                Map.of("device", "cpu"));

        assertEquals(before, after);
    }

    @Test
    void anImageThatVanishedSaysWhich() throws IOException {
        Files.delete(image);

        InputException e = assertThrows(InputException.class, () -> key(false));

        assertEquals("Could not read image " + image + " to check whether it changed since the last evaluation ("
                + image + "). Check that the file exists and is readable.", e.getMessage());
    }
}
