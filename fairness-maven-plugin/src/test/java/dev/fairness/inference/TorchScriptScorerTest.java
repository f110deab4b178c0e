package dev.fairness.inference;

import dev.fairness.InputException;
import dev.fairness.dataset.ImageDecoder;
import dev.fairness.dataset.Preprocessing;
import dev.fairness.dataset.Preprocessor;
import dev.fairness.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * TorchScript classifiers through DJL's PyTorch engine score as the same model exported to ONNX does: the models
 * come from {@code torchscript/make_classifier.py} (one seeded model, saved both ways).
 */
class TorchScriptScorerTest {
    private static final int IMAGES = 12;

    @TempDir
    Path dir;

    @Test
    void scoresRealImagesAsTheSameModelExportedToOnnxWithin1e5() throws IOException {
        Path images = SharedData.folder("covid-cxr").resolve("images");
        Preprocessor preprocessor = new Preprocessor(new Preprocessing(64, 64,
                Preprocessing.ResizeMode.SHORTER_SIDE_CROP, Preprocessing.ChannelMode.RGB,
                List.of(0.485, 0.456, 0.406), List.of(0.229, 0.224, 0.225), Layout.NCHW));
        FloatBuffer batch = ByteBuffer.allocateDirect(IMAGES * preprocessor.sampleSize() * Float.BYTES)
                .order(ByteOrder.nativeOrder()).asFloatBuffer();
        try (Stream<Path> files = Files.list(images)) {
            List<Path> chosen = files.sorted().limit(IMAGES).toList();
            for (int i = 0; i < IMAGES; i++) {
                preprocessor.write(ImageDecoder.decode(chosen.get(i)), batch, i);
            }
        }
        InputShape shape = new InputShape(Layout.NCHW, 3, 64, 64);

        double[][] torch;
        try (TorchScriptModel model = TorchScriptModel.open(resource("classifier.pt"), Device.CPU, w -> { })) {
            torch = new TorchScriptScorer(model, shape, Task.MULTI_LABEL, OutputKind.LOGITS, 3, "sha")
                    .score(batch, IMAGES);
        }
        double[][] onnx;
        try (OnnxModel model = OnnxModel.open(resource("classifier.onnx"), Device.CPU, 1,
                new DeviceSelector(new FakeProviders(), w -> { }))) {
            onnx = new OnnxScorer(model, shape, Task.MULTI_LABEL, OutputKind.LOGITS, 3).score(batch, IMAGES);
        }

        double largest = 0;
        double spread = 0;
        for (int i = 0; i < IMAGES; i++) {
            for (int j = 0; j < 3; j++) {
                largest = Math.max(largest, Math.abs(torch[i][j] - onnx[i][j]));
                spread = Math.max(spread, Math.abs(torch[i][j] - torch[0][j]));
            }
        }
        System.out.printf("TorchScript vs ONNX on %d real images: max |score difference| %.2e%n", IMAGES, largest);
        assertTrue(largest <= 1e-5, "max |difference| " + largest);
        assertTrue(spread > 0.01, "the images must score differently for the comparison to mean something");
    }

    @Test
    void aBatchOfOneScoresAsInALargerBatch() throws IOException {
        FloatBuffer batch = ByteBuffer.allocateDirect(2 * 3 * 32 * 32 * Float.BYTES).order(ByteOrder.nativeOrder())
                .asFloatBuffer();
        for (int i = 0; i < batch.capacity(); i++) {
            batch.put(i, (i % 97) / 97f);
        }
        InputShape shape = new InputShape(Layout.NCHW, 3, 32, 32);
        try (TorchScriptModel model = TorchScriptModel.open(resource("classifier.pt"), Device.CPU, w -> { })) {
            TorchScriptScorer scorer = new TorchScriptScorer(model, shape, Task.MULTI_CLASS, OutputKind.LOGITS, 3, "");
            double[][] both = scorer.score(batch, 2);
            FloatBuffer second = batch.duplicate().position(3 * 32 * 32);
            double[][] alone = scorer.score(second, 1);

            assertEquals(both[1][2], alone[0][2], 1e-6);
            assertEquals(1.0, both[0][0] + both[0][1] + both[0][2], 1e-9);
        }
    }

    @Test
    void aModelWithMoreOutputsThanClassesIsAnInputErrorNamingBoth() throws IOException {
        Path model = resource("classifier.pt");
        FloatBuffer batch = FloatBuffer.allocate(3 * 16 * 16);
        try (TorchScriptModel torch = TorchScriptModel.open(model, Device.CPU, w -> { })) {
            TorchScriptScorer scorer = new TorchScriptScorer(torch, new InputShape(Layout.NCHW, 3, 16, 16),
                    Task.MULTI_CLASS, OutputKind.LOGITS, 2, "");

            InputException e = assertThrows(InputException.class, () -> scorer.score(batch, 1));
            assertEquals(model + " output 'output 0' has width 3 but the multi-class task has 2 classes. List one "
                    + "class per model output, in the model's output order.", e.getMessage());
        }
    }

    @Test
    void aModelThatTakesOtherInputsIsAnInputErrorNamingTheShapeGiven() throws IOException {
        Path textTower = dir.resolve("text_encoder.pt");
        try (InputStream in = TorchScriptScorerTest.class.getResourceAsStream("/zeroshot/text_encoder.pt")) {
            Files.copy(in, textTower);
        }
        try (TorchScriptModel model = TorchScriptModel.open(textTower, Device.CPU, w -> { })) {
            TorchScriptScorer scorer = new TorchScriptScorer(model, new InputShape(Layout.NCHW, 3, 16, 16),
                    Task.MULTI_LABEL, OutputKind.LOGITS, 3, "");

            InputException e = assertThrows(InputException.class, () -> scorer.score(FloatBuffer.allocate(768), 1));
            assertTrue(e.getMessage().startsWith("PyTorch could not run " + textTower + " on an input of shape "
                    + "[1, 3, 16, 16] ("), e.getMessage());
            assertTrue(e.getMessage().endsWith("). Check that the model takes one float32 tensor of that shape and "
                    + "returns a tensor first."), e.getMessage());
        }
    }

    @Test
    void aFileThatIsNotTorchScriptIsAnInputErrorSayingHowToSaveOne() throws IOException {
        Path bad = Files.writeString(dir.resolve("model.pt"), "not a zip archive");

        InputException e = assertThrows(InputException.class, () -> TorchScriptModel.open(bad, Device.CPU, w -> { }));
        assertTrue(e.getMessage().startsWith(bad + " is not a TorchScript file that PyTorch 2.7.1 can load ("),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("). Save the model with torch.jit.save(torch.jit.trace(model.eval(), "
                + "example_input), \"model.pt\"), or export it to ONNX and name the file .onnx."), e.getMessage());
    }

    @Test
    void aMissingFileIsAnInputErrorNamingIt() {
        Path missing = dir.resolve("absent.pt");

        InputException e = assertThrows(InputException.class,
                () -> TorchScriptModel.open(missing, Device.CPU, w -> { }));
        assertEquals("Model file not found: " + missing + ". Set <model> to a TorchScript (.pt) or ONNX (.onnx) file.",
                e.getMessage());
    }

    @Test
    void torchScriptIsRecognisedByItsFileEnding() {
        assertTrue(TorchScriptModel.isTorchScript(Path.of("a/model.pt")));
        assertTrue(TorchScriptModel.isTorchScript(Path.of("model.PTS")));
        assertTrue(TorchScriptModel.isTorchScript(Path.of("model.torchscript")));
        assertEquals(false, TorchScriptModel.isTorchScript(Path.of("model.onnx")));
        assertEquals(false, TorchScriptModel.isTorchScript(Path.of("model.pth")));
    }

    private Path resource(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = TorchScriptScorerTest.class.getResourceAsStream("/torchscript/" + name)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
