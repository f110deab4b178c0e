package dev.fairness.inference;

import static dev.fairness.testing.OnnxModelWriter.FLOAT;
import static dev.fairness.testing.OnnxModelWriter.INT64;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fairness.InputException;
import dev.fairness.testing.OnnxModelWriter;
import dev.fairness.testing.OnnxModelWriter.Activation;
import dev.fairness.testing.OnnxModelWriter.Attribute;
import dev.fairness.testing.OnnxModelWriter.Graph;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxModelTest {

    static final float[][] W = {{1, 2, 3}, {-1, 0, 1}};
    static final float[] B = {0.5f, -0.5f};
    static final String SHAPES = "[N, C, H, W] (NCHW) or [N, H, W, C] (NHWC) with C = 1 or 3";

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private OnnxModel open(Path file) {
        return OnnxModel.open(file, Device.CPU, 1, new DeviceSelector(new FakeProviders(), warnings::add));
    }

    @Test
    void readsTheSignatureOfAnNchwModelWithDynamicBatch() throws Exception {
        byte[] bytes = OnnxModelWriter.meanPoolClassifier(3, 224, 224, W, B, Activation.NONE, -1);
        Path file = OnnxModelWriter.write(dir.resolve("model.onnx"), bytes);

        try (OnnxModel model = open(file)) {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertEquals(new ModelInfo(file, sha, "image", Layout.NCHW, 3, 224, 224, -1, "scores", 2, 8, 13,
                    "fairness-test 1.0"), model.info());
            assertEquals(Device.CPU, model.device());
            assertEquals("3x224x224 (NCHW)", model.info().describeInput());
        }
    }

    @Test
    void detectsNhwcFromTheChannelsInTheLastDimensionAndReadsAFixedBatch() {
        Path file = OnnxModelWriter.write(dir.resolve("nhwc.onnx"),
                OnnxModelWriter.meanPoolClassifierNhwc(1, 32, 48, new float[][] {{2}}, new float[] {0},
                        Activation.SIGMOID, 4));

        try (OnnxModel model = open(file)) {
            ModelInfo info = model.info();
            assertEquals(Layout.NHWC, info.layout());
            assertEquals(1, info.channels());
            assertEquals(32, info.height());
            assertEquals(48, info.width());
            assertEquals(4, info.batchSize());
            assertEquals(1, info.outputWidth());
            assertEquals("1x32x48 (NHWC)", info.describeInput());
        }
    }

    @Test
    void acceptsAnyPreprocessedSizeForDynamicHeightAndWidth() {
        Path file = OnnxModelWriter.write(dir.resolve("dynamic.onnx"),
                OnnxModelWriter.meanPoolClassifier(3, -1, -1, W, B, Activation.NONE, -1));

        try (OnnxModel model = open(file)) {
            assertEquals("3x?x? (NCHW)", model.info().describeInput());
            assertEquals(new InputShape(Layout.NCHW, 3, 32, 48), model.info().inputFor(3, 32, 48));
        }
    }

    @Test
    void rejectsPreprocessingThatDoesNotFitTheModelInput() {
        Path file = OnnxModelWriter.write(dir.resolve("model.onnx"),
                OnnxModelWriter.meanPoolClassifier(3, 224, 224, W, B, Activation.NONE, -1));

        try (OnnxModel model = open(file)) {
            InputException e = assertThrows(InputException.class, () -> model.info().inputFor(1, 64, 64));
            assertEquals(file + " expects input 'image' of 3x224x224 (NCHW) but preprocessing produces 1x64x64. "
                    + "Set <preprocessing><width>/<height>/<channels> to match the model.", e.getMessage());
        }
    }

    @Test
    void aMissingModelFileSaysWhatToSet() {
        Path missing = dir.resolve("missing.onnx");

        InputException e = assertThrows(InputException.class, () -> open(missing));

        assertEquals("Model file not found: " + missing + ". Set <model> to an ONNX or TorchScript file.", e.getMessage());
    }

    @Test
    void aFileThatIsNotAnOnnxModelReportsOnnxRuntimesReason() {
        Path garbage = OnnxModelWriter.write(dir.resolve("garbage.onnx"),
                "this is not an ONNX model".getBytes(StandardCharsets.US_ASCII));

        InputException e = assertThrows(InputException.class, () -> open(garbage));

        assertEquals(garbage + " is not an ONNX model ONNX Runtime 1.24.2 can load (Protobuf parsing failed). "
                + "Set <model> to an ONNX file (for example one exported with "
                + "torch.onnx.export).", e.getMessage());
    }

    @Test
    void anEmptyModelFileSaysItIsEmptyWithoutOnnxRuntimesInternals() {
        Path empty = OnnxModelWriter.write(dir.resolve("empty.onnx"), new byte[0]);

        InputException e = assertThrows(InputException.class, () -> open(empty));

        assertEquals("Model file " + empty + " is empty (0 bytes). Set <model> to an ONNX file (for example one"
                + " exported with torch.onnx.export), or replace it with a complete copy.", e.getMessage());
    }

    @Test
    void aModelWithoutAGraphGivesOnnxRuntimesReasonWithoutItsCppSourceLocationAndSignature() {
        // a ModelProto with only ir_version = 7 (field 1, varint): valid protobuf, no graph
        Path noGraph = OnnxModelWriter.write(dir.resolve("no-graph.onnx"), new byte[] {0x08, 0x07});

        InputException e = assertThrows(InputException.class, () -> open(noGraph));

        assertEquals(noGraph + " is not an ONNX model ONNX Runtime 1.24.2 can load (ModelProto does not have a"
                + " graph). Set <model> to an ONNX file (for example one exported with torch.onnx.export).",
                e.getMessage());
    }

    @Test
    void aModelThatIsADirectoryIsNamedADirectory() throws Exception {
        Path folder = java.nio.file.Files.createDirectories(dir.resolve("model.onnx"));

        InputException e = assertThrows(InputException.class, () -> open(folder));

        assertEquals("Model file " + folder + " is a directory, not a model file. Set <model> to an ONNX or"
                + " TorchScript file.",
                e.getMessage());
    }

    @Test
    void rejectsAModelWithMoreThanOneInput() {
        Graph g = new Graph("two_inputs")
                .input("a", FLOAT, -1, 3, 8, 8).input("b", FLOAT, -1, 3, 8, 8)
                .node("Add", new String[] {"a", "b"}, new String[] {"sum"})
                .node("GlobalAveragePool", new String[] {"sum"}, new String[] {"pooled"})
                .node("Flatten", new String[] {"pooled"}, new String[] {"scores"}, Attribute.i("axis", 1))
                .output("scores", FLOAT, -1, 3);
        Path file = OnnxModelWriter.write(dir.resolve("two.onnx"), g.toModel());

        InputException e = assertThrows(InputException.class, () -> open(file));

        assertEquals(file + " has 2 inputs ('a', 'b') but one image input is expected. Export the model with a "
                + "single image input " + SHAPES + ".", e.getMessage());
    }

    @Test
    void rejectsAnInputThatIsNotFloat() {
        Graph g = new Graph("int_input")
                .input("image", INT64, -1, 3, 8, 8)
                .node("Cast", new String[] {"image"}, new String[] {"f"}, Attribute.i("to", FLOAT))
                .node("GlobalAveragePool", new String[] {"f"}, new String[] {"pooled"})
                .node("Flatten", new String[] {"pooled"}, new String[] {"scores"}, Attribute.i("axis", 1))
                .output("scores", FLOAT, -1, 3);
        Path file = OnnxModelWriter.write(dir.resolve("int.onnx"), g.toModel());

        InputException e = assertThrows(InputException.class, () -> open(file));

        assertEquals(file + " input 'image' has element type INT64 but FLOAT (float32) is expected. Export the "
                + "model with a float32 input tensor.", e.getMessage());
    }

    @Test
    void rejectsAnInputThatIsNotRankFour() {
        Graph g = new Graph("rank3")
                .input("image", FLOAT, -1, 3, 8)
                .node("Flatten", new String[] {"image"}, new String[] {"scores"}, Attribute.i("axis", 1))
                .output("scores", FLOAT, -1, 24);
        Path file = OnnxModelWriter.write(dir.resolve("rank3.onnx"), g.toModel());

        InputException e = assertThrows(InputException.class, () -> open(file));

        assertEquals(file + " input 'image' has shape [?, 3, 8] but an image input " + SHAPES + " is expected. "
                + "Export the model with a 4-dimensional image input.", e.getMessage());
    }

    @Test
    void rejectsAnInputWithoutOneOrThreeChannels() {
        Path file = OnnxModelWriter.write(dir.resolve("five.onnx"), OnnxModelWriter.meanPoolClassifier(5, 8, 8,
                new float[][] {{1, 1, 1, 1, 1}}, new float[] {0}, Activation.NONE, -1));

        InputException e = assertThrows(InputException.class, () -> open(file));

        assertEquals(file + " input 'image' has shape [?, 5, 8, 8] but an image input " + SHAPES + " is expected. "
                + "Export the model with a 4-dimensional image input.", e.getMessage());
    }

    @Test
    void registersCudaOnTheRequestedGpuForTheSession() {
        Path file = OnnxModelWriter.write(dir.resolve("model.onnx"),
                OnnxModelWriter.meanPoolClassifier(3, 8, 8, W, B, Activation.NONE, -1));
        FakeProviders gpu = new FakeProviders().withCuda();

        try (OnnxModel model = OnnxModel.open(file, Device.parse("cuda:1"), 1, new DeviceSelector(gpu, warnings::add))) {
            assertEquals(Device.cuda(1), model.device());
            assertEquals(List.of("cuda:1", "cuda:1"), gpu.calls); // the probe, then the session
            assertEquals(List.of(), warnings);
        }
    }

    @Test
    void autoFallsBackToCpuWhenASessionOnTheGpuFailsToStart() {
        Path file = OnnxModelWriter.write(dir.resolve("model.onnx"),
                OnnxModelWriter.meanPoolClassifier(3, 8, 8, W, B, Activation.NONE, -1));
        String unwritable = dir.resolve("no-such-dir/optimized.onnx").toString();
        FakeProviders gpu = new FakeProviders().withCudaThatFailsSessions(unwritable);

        try (OnnxModel model = OnnxModel.open(file, Device.AUTO, 1, new DeviceSelector(gpu, warnings::add))) {
            assertEquals(Device.CPU, model.device());
            assertEquals(List.of("CUDA is not available (open file \"" + unwritable + "\" failed: No such file or "
                    + "directory); running on CPU. Set <device>cpu</device> to silence this warning."), warnings);
            assertEquals(3, model.info().channels());
        }
    }

    @Test
    void explicitCudaFailsWhenASessionOnTheGpuFailsToStart() {
        Path file = OnnxModelWriter.write(dir.resolve("model.onnx"),
                OnnxModelWriter.meanPoolClassifier(3, 8, 8, W, B, Activation.NONE, -1));
        String unwritable = dir.resolve("no-such-dir/optimized.onnx").toString();
        DeviceSelector selector = new DeviceSelector(new FakeProviders().withCudaThatFailsSessions(unwritable),
                warnings::add);

        InputException e = assertThrows(InputException.class,
                () -> OnnxModel.open(file, Device.parse("cuda"), 1, selector));

        assertEquals("<device>cuda:0</device> needs CUDA, which is not available (open file \"" + unwritable
                + "\" failed: No such file or directory). To run on the GPU, set <nativeLibraryPath> to a folder "
                + "holding the GPU native libraries of ONNX Runtime 1.24.2",
                e.getMessage().substring(0, e.getMessage().indexOf(" (ai/onnxruntime/native")));
    }

    @Test
    void withTheRealRuntimeOnThisCpuBuildAutoRunsOnCpuAndCudaFails() {
        Path file = OnnxModelWriter.write(dir.resolve("model.onnx"),
                OnnxModelWriter.meanPoolClassifier(3, 8, 8, W, B, Activation.NONE, -1));
        DeviceSelector real = DeviceSelector.onnxRuntime(warnings::add);

        try (OnnxModel model = OnnxModel.open(file, Device.AUTO, 0, real)) {
            assertEquals(Device.CPU, model.device());
        }
        assertEquals(1, warnings.size());
        InputException e = assertThrows(InputException.class, () -> OnnxModel.open(file, Device.cuda(0), 0, real));
        assertEquals(DeviceSelectorTest.CUDA_ADVICE, e.getMessage());
    }

    @Test
    void theInputShapeGivesTheTensorShapeInTheModelsLayout() {
        assertArrayEquals(new long[] {8, 3, 224, 200}, new InputShape(Layout.NCHW, 3, 224, 200).tensorShape(8));
        assertArrayEquals(new long[] {8, 224, 200, 3}, new InputShape(Layout.NHWC, 3, 224, 200).tensorShape(8));
        assertEquals(3 * 224 * 200, new InputShape(Layout.NHWC, 3, 224, 200).floatsPerImage());
    }
}
